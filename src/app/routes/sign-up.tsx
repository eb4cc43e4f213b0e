import { Link, useNavigate, useSearchParams } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { paths } from '@/config/paths';
import { signUp } from '@/features/auth/api/session-actions';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { recordNoticeShown } from '@/features/notices/api/notice-seen';
import { auth } from '@/lib/firebase/app';

export function Component() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();

  async function afterSignUp() {
    const user = auth.currentUser;
    // The notice linked below is the one they were shown. Not recording it must not stop them:
    // the portal then shows it again on their first visit.
    if (user) {
      await recordNoticeShown(user.uid, user.displayName ?? undefined).catch(() => undefined);
    }
    await navigate(paths.verifyEmail(), { replace: true });
  }

  return (
    <PublicLayout title="Create your account">
      <p className="lead">
        Use the email address your invitation was sent to. We will ask you to confirm it.
      </p>
      <SignUpForm
        signUp={signUp}
        initialEmail={searchParams.get('email') ?? ''}
        onSignedUp={() => void afterSignUp()}
      />
      <p className="hint">
        The <Link to={paths.privacy()}>privacy notice</Link> says what the portal keeps about you,
        who can read it and how long it is kept.
      </p>
      <p>
        Already have an account? <Link to={paths.signIn()}>Sign in</Link>
      </p>
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
