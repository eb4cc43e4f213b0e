import { useState } from 'react';
import { Link, redirect, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { Alert } from '@/components/ui/alert';
import { SmsCodeForm } from '@/components/ui/sms-code-form';
import { paths, safeNextPath } from '@/config/paths';
import { describeAuthError } from '@/features/auth/api/auth-errors';
import {
  completeEmailSignIn,
  isEmailSignInLink,
  rememberAddress,
  rememberedAddress,
  requestSignInLink,
} from '@/features/auth/api/email-link';
import { describeEmailLinkError, isWrongAddress } from '@/features/auth/api/email-link-messages';
import {
  ConfirmLinkAddressForm,
  RequestSignInLinkForm,
} from '@/features/auth/components/email-link-forms';
import { auth } from '@/lib/firebase/app';
import type { SecondFactorChallenge } from '@/lib/firebase/second-factor-messages';

type LinkState =
  | { kind: 'ask'; next: string; problem: string | null }
  | { kind: 'confirm-address'; next: string; href: string }
  | { kind: 'second-factor'; next: string; challenge: SecondFactorChallenge };

/**
 * Asks for an emailed sign-in link, and is where that link lands. On the device where it was
 * asked for, the remembered address completes the sign-in at once, in the loader, so it runs once
 * a visit; elsewhere the person types the address first (Firebase's flow).
 */
export async function loader({ request }: LoaderFunctionArgs): Promise<LinkState> {
  const url = new URL(request.url);
  const next = safeNextPath(url.searchParams.get('continue') ?? url.searchParams.get('next'));
  await auth.authStateReady();
  if (!isEmailSignInLink(url.href)) {
    if (auth.currentUser) throw redirect(next);
    return { kind: 'ask', next, problem: null };
  }
  const email = rememberedAddress();
  if (!email) return { kind: 'confirm-address', next, href: url.href };
  try {
    const challenge = await completeEmailSignIn(email, url.href);
    if (challenge) return { kind: 'second-factor', next, challenge };
  } catch (error) {
    // This device asked for a link to another address since: the person types the right one.
    if (isWrongAddress(error)) return { kind: 'confirm-address', next, href: url.href };
    return {
      kind: 'ask',
      next,
      problem: describeEmailLinkError(error) ?? describeAuthError(error),
    };
  }
  throw redirect(next);
}

export function Component() {
  const state = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(
    state.kind === 'second-factor' ? state.challenge : null,
  );
  const onSignedIn = () => void navigate(state.next, { replace: true });

  if (challenge) {
    return (
      <PublicLayout title="Sign in">
        <SmsCodeForm challenge={challenge} onDone={onSignedIn} idPrefix="email-link" />
      </PublicLayout>
    );
  }

  if (state.kind === 'confirm-address') {
    return (
      <PublicLayout title="Confirm your email address">
        <p>
          This link was opened on a different device or browser from the one it was asked for. To
          finish signing in, type the email address it was sent to.
        </p>
        <ConfirmLinkAddressForm
          complete={async (email) => {
            const secondStep = await completeEmailSignIn(email, state.href);
            if (secondStep) setChallenge(secondStep);
            else onSignedIn();
          }}
        />
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title="Email me a sign-in link">
      {state.kind === 'ask' && state.problem && <Alert tone="error">{state.problem}</Alert>}
      <p>
        We will email you a link that signs you in without your password. Open it on this device and
        in this browser, or type your address again where you open it.
      </p>
      <RequestSignInLinkForm
        requestLink={async (email) => {
          rememberAddress(email);
          await requestSignInLink(email, state.next);
        }}
      />
      <p>
        <Link to={paths.signIn(state.next)}>Sign in with your password instead</Link>
      </p>
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
