import { lazy, Suspense } from 'react';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { membersQuery, useMembers } from '@/features/cohorts/api/get-members';
import { modulesQuery } from '@/features/timetable/api/get-modules';
import { useMyAttendance } from '@/features/attendance/api/attendance';
import { CalendarSubscription } from '@/features/calendar-feed/components/calendar-subscription';
import { Timetable } from '@/features/timetable/components/timetable';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';

// A module's page is the timetable's address with `?module=` (modulePath), not a route of its own:
// every route is a line of the entry chunk, which the sign-in page loads, and that must not grow.
const ModulePage = lazy(() =>
  import('./module-page').then((page) => ({ default: page.ModulePage })),
);

export async function loader(args: LoaderFunctionArgs) {
  const moduleId = new URL(args.request.url).searchParams.get('module');
  if (moduleId !== null) {
    const { moduleLoader } = await import('./module-page');
    return moduleLoader(args, moduleId);
  }
  const { request, params } = args;
  await requireUser(request);
  const cohortId = params['cohortId'] ?? '';
  await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    queryClient.ensureQueryData(membersQuery(cohortId)),
  ]);
  return null;
}

export function Component() {
  const moduleId = useSearchParams()[0].get('module');
  if (moduleId === null) return <TimetablePage />;
  return (
    <Suspense fallback={<Loading label="Opening the module…" />}>
      <ModulePage moduleId={moduleId} />
    </Suspense>
  );
}

function TimetablePage() {
  const { cohortId, cohortName, role, archived, uid } = useCohortContext();
  const { data: attendance } = useMyAttendance(cohortId, uid, role === 'participant');
  // A change email goes to every member of the cohort who has not turned them off.
  const { data: members } = useMembers(cohortId);
  return (
    <>
      <PageTitle>Timetable</PageTitle>
      <h1>Timetable</h1>
      <p className="lead">Four modules, each two consecutive days. Times are UK time.</p>
      <Timetable
        cohortId={cohortId}
        cohortName={cohortName}
        canEdit={role !== 'participant' && !archived}
        tellCount={members.length}
        attendance={attendance}
      />
      <CalendarSubscription uid={uid} />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
