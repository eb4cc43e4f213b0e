import {
  Link,
  redirect,
  useNavigate,
  useSearchParams,
  type LoaderFunctionArgs,
} from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { paths, safeNextPath } from '@/config/paths';
import { signIn } from '@/features/auth/api/session-actions';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { auth } from '@/lib/firebase/app';

export async function loader({ request }: LoaderFunctionArgs) {
  await auth.authStateReady();
  if (auth.currentUser) {
    throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
  }
  return null;
}

export function Component() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));

  return (
    <PublicLayout title="Sign in">
      <p className="lead">
        For the participants, facilitators and team of our leadership programmes.
      </p>
      <SignInForm
        signIn={signIn}
        initialEmail={searchParams.get('email') ?? ''}
        onSignedIn={() => navigate(next, { replace: true })}
      />
      <p className="hint">
        Invited to a cohort but no account yet? <Link to={paths.signUp()}>Create your account</Link>{' '}
        with the email address your invitation went to.
      </p>
      <p>
        <Link to={`${paths.emailSignIn()}?next=${encodeURIComponent(next)}`}>
          Email me a sign-in link
        </Link>{' '}
        instead of using a password.
      </p>
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
