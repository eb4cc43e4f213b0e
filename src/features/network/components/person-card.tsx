import { networkOpenTo } from '@/lib/firestore/network-vocabulary';
import type { NetworkProfile } from '@/lib/firestore/network-schemas';

/** One member of the network as the directory shows them. */
export function NetworkPersonCard({ person }: { person: NetworkProfile }) {
  const cohorts = Object.values(person.cohortLabels).join(', ');
  return (
    <li className="person-card">
      <h3 className="person-name">{person.displayName}</h3>
      <p>{[person.jobTitle, person.organisation].filter(Boolean).join(', ')}</p>
      <p>
        {person.sector} · {person.region}
      </p>
      <p>Cohort: {cohorts}</p>
      {person.openTo.length > 0 && (
        <p>Open to: {person.openTo.map((key) => networkOpenTo[key].toLowerCase()).join(', ')}</p>
      )}
      {person.contactEmail && (
        <p>
          <a href={`mailto:${person.contactEmail}`}>{person.contactEmail}</a>
        </p>
      )}
      {person.tags.length > 0 && (
        <ul className="tags" aria-label="What they are working on">
          {person.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
