import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { describeRequestError } from '../api/account-actions';

type ResetPasswordFormProps = { requestReset: (email: string) => Promise<void> };

export function ResetPasswordForm({ requestReset }: ResetPasswordFormProps) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim()) {
      setError('Enter the email address you use for the portal.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      await requestReset(email);
      setSentTo(email.trim());
    } catch (caught) {
      setError(describeRequestError(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="form">
      {error && <Alert tone="error">{error}</Alert>}
      {sentTo && (
        <Alert tone="success">
          If {sentTo} has an account on the portal, we have sent a link to reset its password there.
          It can take a few minutes to arrive; check your junk folder too. You can ask again after
          five minutes.
        </Alert>
      )}
      <div className="field">
        <label htmlFor="reset-email">Email address</label>
        <input
          id="reset-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Sending…' : 'Send reset link'}
      </button>
    </form>
  );
}
