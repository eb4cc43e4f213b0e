import { Link, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import {
  changePassword,
  ownProfileQuery,
  saveOwnProfile,
  useOwnProfile,
  type OwnProfile,
} from '@/features/account/api/account';
import { CalendarSubscription } from '@/features/calendar-feed/components/calendar-subscription';
import { ChangePasswordForm } from '@/features/account/components/change-password-form';
import { ProfileForm } from '@/features/account/components/profile-form';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  await queryClient.ensureQueryData(ownProfileQuery(user.uid));
  return null;
}

export function Component() {
  const { cohortId, uid } = useCohortContext();
  const { data: profile } = useOwnProfile(uid);

  async function save(changed: OwnProfile) {
    await saveOwnProfile(uid, changed);
    // The memberships follow a moment later (the nameChange function), and the next load of the
    // cohort reads them; only this form's own copy is set here.
    queryClient.setQueryData(ownProfileQuery(uid).queryKey, changed);
  }

  return (
    <>
      <PageTitle>Your account</PageTitle>
      <h1>Your account</h1>
      <p className="lead">Your details as your cohort sees them, and how you sign in.</p>
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Your details</h2>
        <ProfileForm profile={profile} onSave={save} />
      </section>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        <ChangePasswordForm onChange={changePassword} />
      </section>
      <CalendarSubscription uid={uid} />
      <section className="card" aria-labelledby="more-heading">
        <h2 id="more-heading">Emails and your data</h2>
        <ul>
          <li>
            <Link to={paths.notifications(cohortId)}>Email settings</Link>: which emails the portal
            sends you.
          </li>
          <li>
            <Link to={paths.yourData(cohortId)}>Download your data</Link>: a copy of everything you
            have written.
          </li>
        </ul>
      </section>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
