import { Link } from 'react-router';
import type { Member } from '@/lib/firestore/schemas';
import { useCohortGoals } from '../api/director-calls';

type CohortGoalsProps = {
  cohortId: string;
  participants: Member[];
  participantPath: (uid: string) => string;
};

/** Everyone's goals in one place, to shape the content of the next module. */
export function CohortGoals({ cohortId, participants, participantPath }: CohortGoalsProps) {
  const { data: goals } = useCohortGoals(cohortId);
  return (
    <ul className="stack plain-list">
      {participants.map((person) => {
        const theirs = goals.filter((goal) => goal.ownerUid === person.uid);
        return (
          <li key={person.uid} className="card">
            <h2>
              <Link to={participantPath(person.uid)}>{person.displayName}</Link>
            </h2>
            {theirs.length === 0 ? (
              <p className="hint">No goals recorded yet.</p>
            ) : (
              <ul>
                {theirs.map((goal) => (
                  <li key={goal.id}>{goal.text}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
