import { useState } from 'react';
import { Link, redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { Alert } from '@/components/ui/alert';
import { paths, safeNextPath } from '@/config/paths';
import {
  actionCodeProblem,
  confirmEmailAddress,
  emailOfResetCode,
  setNewPassword,
  type ActionCodeProblem,
} from '@/features/auth/api/action-codes';
import {
  describeRequestError,
  requestVerificationEmail,
} from '@/features/auth/api/account-actions';
import { refreshVerification } from '@/features/auth/api/session-actions';
import { NewPasswordForm } from '@/features/auth/components/new-password-form';
import { auth } from '@/lib/firebase/app';

type ActionState =
  | { kind: 'incomplete'; next: string }
  | { kind: 'verified'; next: string }
  | { kind: 'verify-failed'; next: string; problem: ActionCodeProblem; signedIn: boolean }
  | { kind: 'reset'; next: string; oobCode: string; email: string }
  | { kind: 'reset-failed'; next: string; problem: ActionCodeProblem };

/**
 * Where the links in the portal's account emails land. The action runs here, in the loader, so it
 * runs once per visit; a confirmed person who is signed in goes straight on to where they were
 * going (the home page accepts their invitation), and `continue` is only ever a path on this site.
 */
export async function loader({ request }: LoaderFunctionArgs): Promise<ActionState> {
  const query = new URL(request.url).searchParams;
  const next = safeNextPath(query.get('continue'));
  const oobCode = query.get('oobCode') ?? '';
  const mode = query.get('mode');
  await auth.authStateReady();
  if (!oobCode) return { kind: 'incomplete', next };
  if (mode === 'verifyEmail') {
    try {
      await confirmEmailAddress(oobCode);
    } catch (error) {
      // The same link opened a second time, by someone already confirmed, simply goes on.
      if (auth.currentUser && (await refreshVerification())) throw redirect(next);
      return {
        kind: 'verify-failed',
        next,
        problem: actionCodeProblem(error),
        signedIn: auth.currentUser !== null,
      };
    }
    if (auth.currentUser && (await refreshVerification())) throw redirect(next);
    return { kind: 'verified', next };
  }
  if (mode === 'resetPassword') {
    try {
      return { kind: 'reset', next, oobCode, email: await emailOfResetCode(oobCode) };
    } catch (error) {
      return { kind: 'reset-failed', next, problem: actionCodeProblem(error) };
    }
  }
  return { kind: 'incomplete', next };
}

function signInAddress(next: string, email?: string): string {
  const query = new URLSearchParams({
    ...(email ? { email } : {}),
    ...(next !== paths.home() ? { next } : {}),
  }).toString();
  return query ? `${paths.signIn()}?${query}` : paths.signIn();
}

function whyItFailed(problem: ActionCodeProblem): string {
  if (problem === 'expired')
    return 'This link has expired: links in these emails work for a short time.';
  if (problem === 'used-or-invalid') {
    return 'This link has already been used, or a newer one has replaced it. Each link works once.';
  }
  return 'We could not check this link just now. Check your connection, then open the link again.';
}

function NewVerificationLink({ next }: { next: string }) {
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSend() {
    setPending(true);
    try {
      const outcome = await requestVerificationEmail(next);
      setMessage({
        tone: 'success',
        text:
          outcome === 'recently-sent'
            ? 'We sent you a new link less than five minutes ago: use the newest email.'
            : 'We have sent you a new link. Open the newest email.',
      });
    } catch (caught) {
      setMessage({ tone: 'error', text: describeRequestError(caught) });
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <p className="actions">
        <button type="button" className="button" onClick={handleSend} disabled={pending}>
          {pending ? 'Sending…' : 'Send me a new link'}
        </button>
      </p>
    </>
  );
}

function PasswordReset({ state }: { state: Extract<ActionState, { kind: 'reset' }> }) {
  const [changed, setChanged] = useState(false);
  if (changed) {
    return (
      <>
        <Alert tone="success">Your password has been changed.</Alert>
        <p>
          <Link className="button" to={signInAddress(state.next, state.email)}>
            Sign in with your new password
          </Link>
        </p>
      </>
    );
  }
  return (
    <NewPasswordForm
      email={state.email}
      setPassword={(password) => setNewPassword(state.oobCode, password)}
      onChanged={() => setChanged(true)}
    />
  );
}

const titles: Record<ActionState['kind'], string> = {
  incomplete: 'This link is not complete',
  verified: 'Your email address is confirmed',
  'verify-failed': 'We could not confirm your email address',
  reset: 'Choose a new password',
  'reset-failed': 'We could not reset your password',
};

export function Component() {
  const state = useLoaderData<typeof loader>();
  return (
    <PublicLayout title={titles[state.kind]}>
      {state.kind === 'incomplete' && (
        <p>
          Part of the link is missing. Open it again from the email, or copy the whole link into
          your browser. You can also{' '}
          <Link to={paths.resetPassword()}>ask for a new password link</Link> or{' '}
          <Link to={paths.signIn()}>sign in</Link> to ask for a new confirmation link.
        </p>
      )}
      {state.kind === 'verified' && (
        <>
          <p>
            Thank you. Sign in to continue; an invitation sent to this address is then accepted.
          </p>
          <p>
            <Link className="button" to={signInAddress(state.next)}>
              Sign in to continue
            </Link>
          </p>
        </>
      )}
      {state.kind === 'verify-failed' && (
        <>
          <p>{whyItFailed(state.problem)}</p>
          {state.signedIn ? (
            <NewVerificationLink next={state.next} />
          ) : (
            <p>
              <Link className="button" to={signInAddress(paths.verifyEmail())}>
                Sign in to get a new link
              </Link>
            </p>
          )}
        </>
      )}
      {state.kind === 'reset' && <PasswordReset state={state} />}
      {state.kind === 'reset-failed' && (
        <>
          <p>{whyItFailed(state.problem)}</p>
          <p>
            <Link className="button" to={paths.resetPassword()}>
              Ask for a new link
            </Link>
          </p>
        </>
      )}
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
