import { useState } from 'react';
import {
  EmailAddressField,
  failed,
  Form,
  invalid,
  SubmitButton,
  TextField,
  type FieldErrors,
} from '@/components/form';
import { PersonDetailsFields, personDetailsProblems } from '@/components/person-details';
import { describeAuthError } from '../api/auth-errors';
import type { NewAccount } from '../api/sign-up-actions';

type SignUpFormProps = {
  signUp: (account: NewAccount) => Promise<void>;
  onSignedUp: () => void;
  /** The address an invitation email was sent to, filled in when its link is followed. */
  initialEmail?: string;
  /** What the invitation says of the person; it fills only the fields still empty when it arrives. */
  invited?: { name: string; organisation: string; jobTitle: string } | undefined;
};

function problems(account: NewAccount): FieldErrors {
  const errors: FieldErrors = personDetailsProblems(account, { required: true });
  if (!account.email.trim()) errors['email'] = 'Enter the email address your invitation went to.';
  if (!account.password) errors['new-password'] = 'Choose a password.';
  else if (account.password.length < 8)
    errors['new-password'] = 'Choose a longer password: at least 8 characters.';
  return errors;
}

export function SignUpForm({ signUp, onSignedUp, initialEmail = '', invited }: SignUpFormProps) {
  const [account, setAccount] = useState<NewAccount>({
    displayName: '',
    jobTitle: '',
    organisation: '',
    email: initialEmail,
    password: '',
  });
  // The invitation arrives after the form is drawn; nothing the person typed meanwhile is replaced.
  const [filledFrom, setFilledFrom] = useState<typeof invited>(undefined);
  if (invited && invited !== filledFrom) {
    setFilledFrom(invited);
    setAccount((current) => ({
      ...current,
      displayName: current.displayName || invited.name,
      organisation: current.organisation || invited.organisation,
      jobTitle: current.jobTitle || invited.jobTitle,
    }));
  }
  const set = (field: keyof NewAccount) => (value: string) =>
    setAccount((current) => ({ ...current, [field]: value }));

  return (
    <Form
      failure="Your account could not be created. Check your connection and try again."
      onSubmit={async () => {
        const errors = problems(account);
        if (Object.keys(errors).length > 0) return invalid(errors);
        try {
          await signUp(account);
        } catch (caught) {
          return failed(describeAuthError(caught));
        }
        onSignedUp();
        return undefined;
      }}
    >
      <PersonDetailsFields
        details={account}
        onChange={(field, value) => setAccount((current) => ({ ...current, [field]: value }))}
      />
      <EmailAddressField id="email" value={account.email} onChange={set('email')} />
      <TextField
        id="new-password"
        label="Password"
        hint="At least 8 characters."
        type="password"
        autoComplete="new-password"
        value={account.password}
        onChange={set('password')}
      />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </Form>
  );
}
