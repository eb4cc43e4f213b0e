import { Link, useLocation } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { paths } from '@/config/paths';
import { requestPasswordReset } from '@/features/auth/api/session-actions';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';

/** The sign-in page passes on the address typed there; anything else in history state is ignored. */
function typedOnSignIn(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('email' in state)) return '';
  return typeof state.email === 'string' ? state.email : '';
}

export function Component() {
  const { state } = useLocation();
  return (
    <PublicLayout title="Reset your password">
      <p className="lead">
        Enter the email address you use for the portal and we will send you a link to choose a new
        password.
      </p>
      <ResetPasswordForm requestReset={requestPasswordReset} initialEmail={typedOnSignIn(state)} />
      <p>
        <Link to={paths.signIn()}>Back to sign in</Link>
      </p>
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
