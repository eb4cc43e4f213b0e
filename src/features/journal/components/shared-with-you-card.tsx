import { Link } from 'react-router';
import { formatWrittenOn } from '@/lib/dates';
import { useSharedFeed } from '../api/entries';

const SHOWN = 5;

type SharedWithYouCardProps = {
  cohortId: string;
  moduleTitle: (moduleId: string) => string;
  entryPath: (entryId: string) => string;
  allPath: string;
};

/**
 * The newest reflections shared with the facilitators, kept live: "what's new" lists no
 * reflections, so this card, not that list, is where a facilitator sees one as soon as it is shared.
 */
export function SharedWithYouCard({
  cohortId,
  moduleTitle,
  entryPath,
  allPath,
}: SharedWithYouCardProps) {
  const { entries, isPending, isError } = useSharedFeed(cohortId, 'facilitators', SHOWN);
  return (
    <section className="card" aria-labelledby="shared-with-you-heading">
      <h2 id="shared-with-you-heading">Reflections shared with you</h2>
      {isPending ? (
        <p>Loading…</p>
      ) : isError ? (
        <p>We could not load the reflections shared with you. Try again in a moment.</p>
      ) : entries.length === 0 ? (
        <p>Nobody has shared a reflection with the facilitators yet.</p>
      ) : (
        <ul className="plain-list stack">
          {entries.map((entry) => (
            <li key={entry.id}>
              <Link to={entryPath(entry.id)}>{entry.title || 'Untitled reflection'}</Link>
              <br />
              <span className="hint">
                {entry.authorName} · {moduleTitle(entry.moduleId)} ·{' '}
                {formatWrittenOn(entry.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={allPath}>All shared reflections</Link>
      </p>
    </section>
  );
}
