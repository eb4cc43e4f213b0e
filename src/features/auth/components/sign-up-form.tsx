import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { describeAuthError } from '../api/auth-errors';
import type { NewAccount } from '../api/session-actions';

type SignUpFormProps = {
  signUp: (account: NewAccount) => Promise<void>;
  onSignedUp: () => void;
  /** The address an invitation email was sent to, filled in when its link is followed. */
  initialEmail?: string;
};

export function SignUpForm({ signUp, onSignedUp, initialEmail = '' }: SignUpFormProps) {
  const [account, setAccount] = useState<NewAccount>({
    displayName: '',
    email: initialEmail,
    password: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = (field: keyof NewAccount) => (value: string) =>
    setAccount((current) => ({ ...current, [field]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!account.displayName.trim() || !account.email.trim() || !account.password) {
      setError('Enter your name, the email address your invitation went to, and a password.');
      return;
    }
    if (account.password.length < 8) {
      setError('Choose a longer password: at least 8 characters.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      await signUp(account);
      onSignedUp();
    } catch (caught) {
      setError(describeAuthError(caught));
      setPending(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="form">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="field">
        <label htmlFor="name">Your name</label>
        <input
          id="name"
          autoComplete="name"
          value={account.displayName}
          onChange={(e) => set('displayName')(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="email">Email address</label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={account.email}
          onChange={(e) => set('email')(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-password">Password (at least 8 characters)</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={account.password}
          onChange={(e) => set('password')(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
