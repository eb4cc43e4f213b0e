import { useState } from 'react';
import {
  failed,
  Form,
  invalid,
  saved,
  SubmitButton,
  TextField,
  type FieldErrors,
} from '@/components/form';
import { describePasswordError } from '../api/account';

type ChangePasswordFormProps = {
  onChange: (current: string, next: string) => Promise<void>;
};

/** A new password, after the current one: Firebase wants a recent sign-in for the change. */
export function ChangePasswordForm({ onChange }: ChangePasswordFormProps) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  return (
    <Form
      aria-labelledby="password-heading"
      failure="Your password could not be changed. Try again in a moment."
      onSubmit={async () => {
        const errors: FieldErrors = {};
        if (!current) errors['current-password'] = 'Enter your current password.';
        if (!next) errors['new-password'] = 'Choose a new password.';
        else if (next.length < 8)
          errors['new-password'] = 'Choose a longer password: at least 8 characters.';
        else if (next === current)
          errors['new-password'] = 'Choose a password different from your current one.';
        if (Object.keys(errors).length > 0) return invalid(errors);
        try {
          await onChange(current, next);
        } catch (error) {
          const problem = describePasswordError(error);
          return problem.field
            ? invalid({ [problem.field]: problem.message })
            : failed(problem.message);
        }
        setCurrent('');
        setNext('');
        return saved('Your password has been changed. Use the new one next time you sign in.');
      }}
    >
      <TextField
        id="current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
      />
      <TextField
        id="new-password"
        label="New password"
        hint="At least 8 characters."
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={setNext}
      />
      <SubmitButton pendingLabel="Changing your password…">Change password</SubmitButton>
    </Form>
  );
}
