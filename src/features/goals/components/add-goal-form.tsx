import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { LIMITS } from '@/lib/firestore/schemas';

export function AddGoalForm({ onAdd }: { onAdd: (text: string) => Promise<unknown> }) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setMessage({ tone: 'error', text: 'Write your goal before adding it.' });
      return;
    }
    try {
      await onAdd(text);
      setText('');
      setMessage({ tone: 'success', text: 'Goal added.' });
    } catch {
      setMessage({
        tone: 'error',
        text: 'We could not add your goal. Check your connection and try again; your text is still here.',
      });
    }
  }

  return (
    <form className="form card" onSubmit={handleSubmit} noValidate>
      <h2>Add a goal of your own</h2>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="field">
        <label htmlFor="new-goal">Your goal</label>
        <textarea
          id="new-goal"
          rows={3}
          maxLength={LIMITS.goal}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p>
        <button type="submit" className="button">
          Add goal
        </button>
      </p>
    </form>
  );
}
