import { Link } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { paths } from '@/config/paths';
import { requestPasswordReset } from '@/features/auth/api/session-actions';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';

export function Component() {
  return (
    <PublicLayout title="Reset your password">
      <p className="lead">
        Enter the email address you use for the portal and we will send you a link to choose a new
        password.
      </p>
      <ResetPasswordForm requestReset={requestPasswordReset} />
      <p>
        <Link to={paths.signIn()}>Back to sign in</Link>
      </p>
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
