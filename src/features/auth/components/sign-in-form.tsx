import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
// The kit's modules, not its index: the sign-in page must not load the choice fields.
import { Checkbox, EmailAddressField, TextField } from '@/components/form/fields';
import { Form, SubmitButton, failed, invalid } from '@/components/form/form';
import { paths } from '@/config/paths';
import type { SecondFactorChallenge } from '@/lib/firebase/second-factor-messages';
import { describeAuthError } from '../api/auth-errors';

// Only the programme team meets the code step, so everyone else's sign-in page does not carry it.
const SmsCodeForm = lazy(() =>
  import('@/components/ui/sms-code-form').then((module) => ({ default: module.SmsCodeForm })),
);

type SignInFormProps = {
  /** Resolves with a challenge when the account has a second factor still to give. */
  signIn: (
    email: string,
    password: string,
    ownDevice: boolean,
  ) => Promise<SecondFactorChallenge | null>;
  onSignedIn: () => void;
  /** The address an invitation email was sent to, filled in when its link is followed. */
  initialEmail?: string;
};

export function SignInForm({ signIn, onSignedIn, initialEmail = '' }: SignInFormProps) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [ownDevice, setOwnDevice] = useState(false);
  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(null);

  async function submit() {
    const errors = {
      ...(!email.trim() && { email: 'Enter your email address.' }),
      ...(!password && { password: 'Enter your password.' }),
    };
    if (Object.keys(errors).length > 0) return invalid(errors);
    try {
      const secondStep = await signIn(email, password, ownDevice);
      if (secondStep) setChallenge(secondStep);
      else onSignedIn();
    } catch (caught) {
      return failed(describeAuthError(caught));
    }
  }

  if (challenge)
    return (
      <Suspense fallback={<p>Opening the code step…</p>}>
        <SmsCodeForm challenge={challenge} onDone={onSignedIn} idPrefix="sign-in" />
      </Suspense>
    );

  return (
    <Form onSubmit={submit} failure="Signing in did not work. Try again.">
      <EmailAddressField id="email" value={email} onChange={setEmail} />
      <TextField
        id="password"
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
      />
      <Checkbox
        id="own-device"
        label="This is my own device"
        hint="Tick this only on your own phone or computer: you stay signed in, and your cohort’s data stays on it for use without a connection. On a shared or work computer, leave it unticked: closing the browser signs you out, and signing out clears everything from it."
        checked={ownDevice}
        onChange={setOwnDevice}
      />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      <p>
        {/* The address typed so far goes with the link (in history state, not the address bar), so
            nobody types it twice. */}
        <Link to={paths.resetPassword()} state={email.trim() ? { email: email.trim() } : null}>
          Forgotten your password?
        </Link>
      </p>
    </Form>
  );
}
