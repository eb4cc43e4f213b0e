import { lazy, Suspense } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { deferralsQueryOptions } from '@/features/cohorts/api/get-deferrals';
import { membersQuery } from '@/features/cohorts/api/get-members';
import { ManagePeople } from '@/features/cohorts/components/manage-people';
import { PeopleList } from '@/features/cohorts/components/people-list';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

// For the cohort's staff alone, so loaded with their view of the page.
const DeferralsList = lazy(() => import('@/features/cohorts/components/deferrals-list'));

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, role } = await loadViewer(args);
  await Promise.all([
    queryClient.ensureQueryData(membersQuery(cohortId)),
    // Only the cohort's staff may read who moved in or out.
    ...(navigator.onLine && role !== 'participant'
      ? [queryClient.ensureQueryData(deferralsQueryOptions(cohortId))]
      : []),
  ]);
  return null;
}

export function Component() {
  const { cohortId, uid, role, archived } = useCohortContext();
  const staff = role !== 'participant';
  return (
    <>
      <PageTitle>People</PageTitle>
      <h1>People</h1>
      <p className="lead">
        {staff
          ? 'Everyone in the cohort, the invitations still waiting, and each participant’s director call.'
          : 'The facilitators and participants of your cohort.'}
      </p>
      {staff && !archived && <ManagePeople cohortId={cohortId} uid={uid} />}
      <PeopleList
        cohortId={cohortId}
        participantAction={
          // Director calls are the facilitators' own records; the programme team cannot read them.
          role === 'facilitator'
            ? (person) => (
                <Link to={`${paths.participant(cohortId, person.uid)}?from=people`}>
                  Director call and goals
                  <span className="visually-hidden"> for {person.displayName}</span>
                </Link>
              )
            : undefined
        }
      />
      {staff && (
        <Suspense fallback={null}>
          <DeferralsList cohortId={cohortId} />
        </Suspense>
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
