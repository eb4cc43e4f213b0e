import type { LoaderFunctionArgs } from 'react-router';
import { ComingSoon } from '@/components/ui/coming-soon';
import { PageTitle } from '@/components/ui/page-title';
import { directorCallQueryOptions, myGoalsQueryOptions } from '@/features/goals/api/goals';
import { GoalsOverview } from '@/features/goals/components/goals-overview';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { moduleStatus } from '@/features/timetable/module-status';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, uid, isParticipant } = await loadViewer(args);
  await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    ...(isParticipant
      ? [
          queryClient.ensureQueryData(myGoalsQueryOptions(cohortId, uid)),
          queryClient.ensureQueryData(directorCallQueryOptions(cohortId, uid)),
        ]
      : []),
  ]);
  return null;
}

export function Component() {
  const { cohortId, uid, role } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  if (role !== 'participant') {
    return (
      <ComingSoon
        title="Goals"
        purpose="Here facilitators will record each participant's goals from the director call and see them across the cohort."
      />
    );
  }
  const lastStarted = modules.filter((m) => moduleStatus(m) !== 'upcoming').at(-1);
  return (
    <>
      <PageTitle>Goals</PageTitle>
      <h1>Goals</h1>
      <p className="lead">
        The goals and ambitions you set with the programme director, and how they are going after
        each module. Only you and your facilitators can see them.
      </p>
      <GoalsOverview
        cohortId={cohortId}
        uid={uid}
        moduleNumbers={modules.map((m) => m.number)}
        checkInModule={lastStarted?.number ?? 1}
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
