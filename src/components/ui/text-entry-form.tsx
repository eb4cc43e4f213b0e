import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from './alert';

type TextEntryFormProps = {
  id: string;
  label: string;
  submitLabel: string;
  pendingLabel?: string;
  maxLength: number;
  emptyMessage: string;
  failureMessage: string;
  successMessage?: string;
  heading?: ReactNode;
  className?: string;
  onSubmit: (text: string) => Promise<unknown>;
};

/**
 * One text area and a button: says plainly what is missing or what went wrong, keeps the text when
 * saving fails, and clears it once saved.
 */
export function TextEntryForm({
  id,
  label,
  submitLabel,
  pendingLabel = submitLabel,
  maxLength,
  emptyMessage,
  failureMessage,
  successMessage,
  heading,
  className = 'form',
  onSubmit,
}: TextEntryFormProps) {
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setMessage({ tone: 'error', text: emptyMessage });
      return;
    }
    setPending(true);
    try {
      await onSubmit(text);
      setText('');
      setMessage(successMessage ? { tone: 'success', text: successMessage } : null);
    } catch {
      setMessage({ tone: 'error', text: failureMessage });
    } finally {
      setPending(false);
    }
  }

  return (
    <form className={className} onSubmit={handleSubmit} noValidate>
      {heading}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={maxLength}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </p>
    </form>
  );
}
