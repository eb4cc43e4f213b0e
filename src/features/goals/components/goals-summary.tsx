import { Link } from 'react-router';
import { progressLevels } from '@/lib/firestore/schemas';
import { useMyGoals } from '../api/goals';
import { latestCheckIn } from '../latest-check-in';

export function GoalsSummary({
  cohortId,
  uid,
  link,
}: {
  cohortId: string;
  uid: string;
  link: string;
}) {
  const { data: goals } = useMyGoals(cohortId, uid);
  return (
    <section className="card" aria-labelledby="goals-summary-heading">
      <h2 id="goals-summary-heading">Your goals</h2>
      {goals.length === 0 ? (
        <p className="hint">Your goals from the director call will appear here.</p>
      ) : (
        <ul className="goal-summaries">
          {goals.map((goal) => {
            const latest = latestCheckIn(goal);
            return (
              <li key={goal.id}>
                <p className="goal-text">{goal.text}</p>
                <p className="hint">
                  {latest
                    ? `After module ${latest.moduleNumber}: ${progressLevels[latest.checkIn.progress]}`
                    : 'No check-in yet'}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link to={link}>Review goals and record a check-in</Link>
      </p>
    </section>
  );
}
