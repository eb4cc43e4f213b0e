import { TextEntryForm } from '@/components/ui/text-entry-form';
import { LIMITS } from '@/lib/firestore/schemas';
import { useDirectorCallGoals, useParticipantGoals } from '../api/director-calls';

type GoalsRecorderProps = { cohortId: string; participantUid: string; facilitatorUid: string };

export function GoalsRecorder({ cohortId, participantUid, facilitatorUid }: GoalsRecorderProps) {
  const { data: goals } = useParticipantGoals(cohortId, participantUid);
  const { add } = useDirectorCallGoals(cohortId, participantUid, facilitatorUid);
  return (
    <section className="card" aria-labelledby="recorded-goals-heading">
      <h2 id="recorded-goals-heading">Goals and ambitions</h2>
      {goals.length === 0 ? (
        <p className="hint">No goals recorded yet.</p>
      ) : (
        <ul>
          {goals.map((goal) => (
            <li key={goal.id}>
              {goal.text}{' '}
              <span className="hint">
                ({goal.source === 'director-call' ? 'from the call' : 'added by the participant'})
              </span>
            </li>
          ))}
        </ul>
      )}
      <TextEntryForm
        id="record-goal"
        label="Record a goal from the call"
        submitLabel="Record goal"
        maxLength={LIMITS.goal}
        emptyMessage="Write the goal before recording it."
        failureMessage="The goal could not be recorded. Your text is still here; try again."
        onSubmit={(text) => add.mutateAsync(text)}
      />
    </section>
  );
}
