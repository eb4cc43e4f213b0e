import { Link, useNavigate, useSearchParams } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { paths } from '@/config/paths';
import { signUp } from '@/features/auth/api/session-actions';
import { SignUpForm } from '@/features/auth/components/sign-up-form';

export function Component() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  return (
    <PublicLayout title="Create your account">
      <p className="lead">
        Use the email address your invitation was sent to. We will ask you to confirm it.
      </p>
      <SignUpForm
        signUp={signUp}
        initialEmail={searchParams.get('email') ?? ''}
        onSignedUp={() => navigate(paths.verifyEmail(), { replace: true })}
      />
      <p>
        Already have an account? <Link to={paths.signIn()}>Sign in</Link>
      </p>
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
