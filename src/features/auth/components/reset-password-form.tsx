import { useState } from 'react';
import { Form, EmailAddressField, SubmitButton, failed, invalid, saved } from '@/components/form';
import { describeRequestError } from '../api/account-actions';

type ResetPasswordFormProps = {
  requestReset: (email: string) => Promise<void>;
  /** The address already typed on the sign-in page, if any. */
  initialEmail?: string;
};

export function ResetPasswordForm({ requestReset, initialEmail = '' }: ResetPasswordFormProps) {
  const [email, setEmail] = useState(initialEmail);

  async function handleSubmit() {
    if (!email.trim())
      return invalid({ 'reset-email': 'Enter the email address you use for the portal.' });
    try {
      await requestReset(email);
    } catch (caught) {
      return failed(describeRequestError(caught));
    }
    return saved(
      `If ${email.trim()} has an account on the portal, we have sent a link to reset its password there. It can take a few minutes to arrive; check your junk folder too. You can ask again after five minutes.`,
    );
  }

  return (
    <Form onSubmit={handleSubmit} failure="The link could not be sent. Try again in a moment.">
      <EmailAddressField id="reset-email" value={email} onChange={setEmail} />
      <p>
        <SubmitButton pendingLabel="Sending…">Send reset link</SubmitButton>
      </p>
    </Form>
  );
}
