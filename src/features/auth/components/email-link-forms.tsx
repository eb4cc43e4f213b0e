import { useState } from 'react';
import { Form, EmailAddressField, SubmitButton, failed, invalid, saved } from '@/components/form';
import { describeRequestError } from '../api/account-actions';
import { describeAuthError } from '../api/auth-errors';
import { describeEmailLinkError } from '../api/email-link-messages';

/** Asks for a link that signs the person in without their password. */
export function RequestSignInLinkForm({
  requestLink,
  initialEmail = '',
}: {
  requestLink: (email: string) => Promise<void>;
  initialEmail?: string;
}) {
  const [email, setEmail] = useState(initialEmail);

  async function handleSubmit() {
    if (!email.trim())
      return invalid({ 'link-email': 'Enter the email address you use for the portal.' });
    try {
      await requestLink(email);
    } catch (caught) {
      return failed(describeRequestError(caught));
    }
    return saved(
      `If ${email.trim()} has an account on the portal, we have sent it a sign-in link. It can take a few minutes to arrive; check your junk folder too. You can ask again after five minutes.`,
    );
  }

  return (
    <Form onSubmit={handleSubmit} failure="The link could not be sent. Try again in a moment.">
      <EmailAddressField id="link-email" value={email} onChange={setEmail} />
      <p>
        <SubmitButton pendingLabel="Sending…">Email me a link</SubmitButton>
      </p>
    </Form>
  );
}

/** On a device other than the one the link was asked for, the address is typed again. */
export function ConfirmLinkAddressForm({
  complete,
}: {
  complete: (email: string) => Promise<void>;
}) {
  const [email, setEmail] = useState('');

  async function handleSubmit() {
    if (!email.trim())
      return invalid({ 'confirm-email': 'Enter the email address the sign-in link was sent to.' });
    try {
      await complete(email);
    } catch (caught) {
      return failed(describeEmailLinkError(caught) ?? describeAuthError(caught));
    }
    return undefined;
  }

  return (
    <Form onSubmit={handleSubmit} failure="You could not be signed in. Try again in a moment.">
      <EmailAddressField
        id="confirm-email"
        hint="The address the sign-in link was sent to."
        value={email}
        onChange={setEmail}
      />
      <p>
        <SubmitButton pendingLabel="Signing in…">Continue</SubmitButton>
      </p>
    </Form>
  );
}
