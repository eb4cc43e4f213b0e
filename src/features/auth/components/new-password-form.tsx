import { useState } from 'react';
import { Form, SubmitButton, TextField, failed, invalid } from '@/components/form';
import { describeAuthError } from '../api/auth-errors';

type NewPasswordFormProps = {
  email: string;
  setPassword: (password: string) => Promise<void>;
  onChanged: () => void;
};

export function NewPasswordForm({ email, setPassword, onChanged }: NewPasswordFormProps) {
  const [password, setPasswordText] = useState('');

  async function handleSubmit() {
    if (password.length < 8)
      return invalid({ 'new-password': 'Choose a longer password: at least 8 characters.' });
    try {
      await setPassword(password);
    } catch (caught) {
      return failed(describeAuthError(caught));
    }
    onChanged();
    return undefined;
  }

  return (
    <Form onSubmit={handleSubmit} failure="Your password could not be saved. Try again.">
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
      <p>
        Choose a new password for <strong>{email}</strong>.
      </p>
      <TextField
        id="new-password"
        label="New password (at least 8 characters)"
        name="password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPasswordText}
      />
      <p>
        <SubmitButton pendingLabel="Saving…">Save new password</SubmitButton>
      </p>
    </Form>
  );
}
