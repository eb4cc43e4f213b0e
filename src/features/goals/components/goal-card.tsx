import { useId, useState, type FormEvent } from 'react';
import { GoalProgress } from '@/components/goal-progress';
import { Alert } from '@/components/ui/alert';
import type { WithId } from '@/lib/firestore/converters';
import { LIMITS, type Goal } from '@/lib/firestore/schemas';
import { CheckInForm } from './check-in-form';

type GoalCardProps = {
  goal: WithId<Goal>;
  moduleNumbers: number[];
  defaultModule: number;
  canEdit: boolean;
  onEdit: (text: string) => Promise<unknown>;
  onCheckIn: (moduleNumber: number, progress: number, note: string) => Promise<unknown>;
};

export function GoalCard({
  goal,
  moduleNumbers,
  defaultModule,
  canEdit,
  onEdit,
  onCheckIn,
}: GoalCardProps) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [checkingIn, setCheckingIn] = useState(false);
  const [text, setText] = useState(goal.text);
  const [error, setError] = useState<string | null>(null);

  async function handleEdit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setError('A goal needs some words. Your previous wording is unchanged.');
      return;
    }
    try {
      await onEdit(text);
      setEditing(false);
      setError(null);
    } catch {
      setError(
        'We could not save your change. Check your connection and try again; your text is still here.',
      );
    }
  }

  return (
    <li className="card goal">
      <p className="eyebrow">
        {goal.source === 'director-call' ? 'From your director call' : 'Added by you'}
      </p>
      {editing ? (
        <form onSubmit={handleEdit} className="form" noValidate>
          {error && <Alert tone="error">{error}</Alert>}
          <div className="field">
            <label htmlFor={`${id}-text`}>Your goal</label>
            <textarea
              id={`${id}-text`}
              rows={3}
              maxLength={LIMITS.goal}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <p className="actions">
            <button type="submit" className="button">
              Save goal
            </button>
            <button type="button" className="button secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </p>
        </form>
      ) : (
        <p className="goal-text">{goal.text}</p>
      )}
      <GoalProgress
        checkIns={goal.checkIns}
        moduleCount={moduleNumbers.length}
        empty="No check-ins yet."
      />
      <p className="actions">
        <button
          type="button"
          className="button secondary small"
          aria-expanded={checkingIn}
          onClick={() => setCheckingIn(!checkingIn)}
        >
          {checkingIn ? 'Close check-in' : 'Record a check-in'}
        </button>
        {canEdit && !editing && (
          <button type="button" className="button secondary small" onClick={() => setEditing(true)}>
            Edit goal
          </button>
        )}
      </p>
      {checkingIn && (
        <CheckInForm
          goal={goal}
          moduleNumbers={moduleNumbers}
          defaultModule={defaultModule}
          onSave={onCheckIn}
        />
      )}
    </li>
  );
}
