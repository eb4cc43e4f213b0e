import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { describeAuthError } from '../api/auth-errors';

type NewPasswordFormProps = {
  email: string;
  setPassword: (password: string) => Promise<void>;
  onChanged: () => void;
};

export function NewPasswordForm({ email, setPassword, onChanged }: NewPasswordFormProps) {
  const [password, setPasswordText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password.length < 8) {
      setError('Choose a longer password: at least 8 characters.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      await setPassword(password);
      onChanged();
    } catch (caught) {
      setError(describeAuthError(caught));
      setPending(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="form">
      {error && <Alert tone="error">{error}</Alert>}
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
      <p>
        Choose a new password for <strong>{email}</strong>.
      </p>
      <div className="field">
        <label htmlFor="new-password">New password (at least 8 characters)</label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPasswordText(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : 'Save new password'}
      </button>
    </form>
  );
}
