import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
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
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('Enter your email address and password.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      const secondStep = await signIn(email, password, ownDevice);
      if (secondStep) setChallenge(secondStep);
      else onSignedIn();
    } catch (caught) {
      setError(describeAuthError(caught));
      setPending(false);
    }
  }

  if (challenge)
    return (
      <Suspense fallback={<p>Opening the code step…</p>}>
        <SmsCodeForm challenge={challenge} onDone={onSignedIn} idPrefix="sign-in" />
      </Suspense>
    );

  return (
    <form onSubmit={handleSubmit} noValidate className="form">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="field">
        <label htmlFor="email">Email address</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={ownDevice}
            aria-describedby="own-device-hint"
            onChange={(event) => setOwnDevice(event.target.checked)}
          />
          This is my own device
        </label>
        <p className="hint" id="own-device-hint">
          Tick this only on your own phone or computer: you stay signed in, and your cohort’s data
          stays on it for use without a connection. On a shared or work computer, leave it unticked:
          closing the browser signs you out, and signing out clears everything from it.
        </p>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
      <p>
        <Link to={paths.resetPassword()}>Forgotten your password?</Link>
      </p>
    </form>
  );
}
