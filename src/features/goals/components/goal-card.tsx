import { useId, useState } from 'react';
import { Form, SubmitButton, TextAreaField, invalid } from '@/components/form';
import { GoalProgress } from '@/components/goal-progress';
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

  async function handleEdit() {
    if (!text.trim()) {
      return invalid({
        [`${id}-text`]: 'A goal needs some words. Your previous wording is unchanged.',
      });
    }
    await onEdit(text);
    setEditing(false);
  }

  return (
    <li className="card goal">
      <p className="eyebrow">
        {goal.source === 'director-call' ? 'From your director call' : 'Added by you'}
      </p>
      {editing ? (
        <Form
          onSubmit={handleEdit}
          failure="We could not save your change. Check your connection and try again; your text is still here."
        >
          <TextAreaField
            id={`${id}-text`}
            label="Your goal"
            rows={3}
            maxLength={LIMITS.goal}
            value={text}
            onChange={setText}
          />
          <p className="actions">
            <SubmitButton pendingLabel="Saving…">Save goal</SubmitButton>
            <button type="button" className="button secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </p>
        </Form>
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
