import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { LIMITS } from '@/lib/firestore/schemas';
import { useDirectorCallGoals, useParticipantGoals } from '../api/director-calls';

type GoalsRecorderProps = { cohortId: string; participantUid: string; facilitatorUid: string };

export function GoalsRecorder({ cohortId, participantUid, facilitatorUid }: GoalsRecorderProps) {
  const { data: goals } = useParticipantGoals(cohortId, participantUid);
  const { add } = useDirectorCallGoals(cohortId, participantUid, facilitatorUid);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setError('Write the goal before recording it.');
      return;
    }
    try {
      await add.mutateAsync(text);
      setText('');
      setError(null);
    } catch {
      setError('The goal could not be recorded. Your text is still here; try again.');
    }
  }

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
      <form className="form" onSubmit={handleSubmit} noValidate>
        {error && <Alert tone="error">{error}</Alert>}
        <div className="field">
          <label htmlFor="record-goal">Record a goal from the call</label>
          <textarea
            id="record-goal"
            rows={3}
            maxLength={LIMITS.goal}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <p>
          <button type="submit" className="button" disabled={add.isPending}>
            Record goal
          </button>
        </p>
      </form>
    </section>
  );
}
