import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { myCohortsQuery } from '@/features/cohorts/api/get-my-cohorts';
import { formatLongDate } from '@/lib/dates';
import { programmeTeamStanding, requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';
import { SignedInLayout, useSignOut } from '../sign-out';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const standing = await programmeTeamStanding(user);
  const cohorts = await queryClient.ensureQueryData(
    myCohortsQuery(user.uid, standing === 'member'),
  );
  return { uid: user.uid, onTeam: standing !== 'none', cohorts };
}

export function Component() {
  const { uid, onTeam, cohorts } = useLoaderData<typeof loader>();
  const { signOut, dialog } = useSignOut(uid);
  return (
    <SignedInLayout onSignOut={signOut} title="Choose a cohort">
      {onTeam && (
        <p>
          <Link to={paths.admin()}>Programme team: create cohorts and appoint facilitators</Link>
        </p>
      )}
      {cohorts.length === 0 ? (
        <p>You are not a member of any cohort yet.</p>
      ) : (
        <>
          <p>
            You belong to more than one cohort. The portal will remember your choice on this device.
          </p>
          <ul className="choice-list">
            {cohorts.map((cohort) => (
              <li key={cohort.cohortId}>
                <Link to={paths.cohort(cohort.cohortId)} className="choice">
                  <span className="choice-title">{cohort.name}</span>
                  <span className="choice-meta">
                    {formatLongDate(cohort.startDate)} to {formatLongDate(cohort.endDate)} ·{' '}
                    {cohort.role}
                    {cohort.archived ? ' · archived' : ''}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {dialog}
    </SignedInLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
