import { Link } from 'react-router';
import { StackedBars } from '@/components/charts/stacked-bars';
import { checkInKeys, progressLevels, type Member } from '@/lib/firestore/schemas';
import { useCohortGoals } from '../api/director-calls';

type CohortGoalsProps = {
  cohortId: string;
  participants: Member[];
  participantPath: (uid: string) => string;
};

/** Everyone's goals in one place, to shape the content of the next module. */
export function CohortGoals({ cohortId, participants, participantPath }: CohortGoalsProps) {
  const { data: goals } = useCohortGoals(cohortId);
  const checkedIn = checkInKeys.flatMap((key) => {
    const levels = goals.flatMap((goal) => goal.checkIns[key]?.progress ?? []);
    return levels.length === 0
      ? []
      : [
          {
            label: `After module ${key} (${levels.length} of ${goals.length} goals)`,
            counts: progressLevels.map((_, level) => levels.filter((l) => l === level).length),
          },
        ];
  });
  return (
    <>
      {checkedIn.length > 0 && (
        <section className="card" aria-labelledby="goal-progress-heading">
          <h2 id="goal-progress-heading">The cohort’s goals at a glance</h2>
          <StackedBars
            caption="How many goals are at each step, by the check-in after each module"
            parts={progressLevels}
            rows={checkedIn}
          />
        </section>
      )}
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
    </>
  );
}
