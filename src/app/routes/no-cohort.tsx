import type { LoaderFunctionArgs } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { requireUser } from '@/lib/firebase/session';
import { signOutOfDevice } from '../sign-out-flow';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { email: user.email ?? 'this email address' };
}

export function Component() {
  return (
    <PublicLayout title="You are not in a cohort yet">
      <p>You are signed in, but this account is not a member of any cohort of the programme yet.</p>
      <p>To join a cohort:</p>
      <ol>
        <li>Your programme team sends an invitation to the email address you gave them.</li>
        <li>Sign in with that same email address, and the portal adds you to the cohort.</li>
      </ol>
      <p>
        If you expected to be in a cohort already, contact your programme director and tell them the
        email address you signed in with.
      </p>
      <p>
        <button type="button" className="button secondary" onClick={() => void signOutOfDevice()}>
          Sign out
        </button>
      </p>
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
