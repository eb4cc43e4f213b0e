import type { ReactNode } from 'react';
import type { Member } from '@/lib/firestore/schemas';
import { useMembers } from '../api/get-members';

type PersonAction = (person: Member) => ReactNode;

function PeopleGroup({
  heading,
  id,
  people,
  action,
}: {
  heading: string;
  id: string;
  people: Member[];
  action?: PersonAction | undefined;
}) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{heading}</h2>
      {people.length === 0 ? (
        <p>Nobody yet.</p>
      ) : (
        <ul className="people">
          {people.map((person) => (
            <li key={person.uid} className="person-card">
              <p className="person-name">{person.displayName}</p>
              <p>{[person.jobTitle, person.organisation].filter(Boolean).join(', ')}</p>
              {action && <p>{action(person)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The cohort's people; `participantAction` adds a link of the viewer's own to each participant. */
export function PeopleList({
  cohortId,
  participantAction,
}: {
  cohortId: string;
  participantAction?: PersonAction | undefined;
}) {
  const { data: members } = useMembers(cohortId);
  const facilitators = members.filter((member) => member.role === 'facilitator');
  const participants = members.filter((member) => member.role === 'participant');

  return (
    <>
      <PeopleGroup heading="Facilitators" id="facilitators-heading" people={facilitators} />
      <PeopleGroup
        heading={`Participants (${participants.length})`}
        id="participants-heading"
        people={participants}
        action={participantAction}
      />
    </>
  );
}
