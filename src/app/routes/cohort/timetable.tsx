import type { LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { modulesQuery } from '@/features/timetable/api/get-modules';
import { useMyAttendance } from '@/features/attendance/api/attendance';
import { Timetable } from '@/features/timetable/components/timetable';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  await queryClient.ensureQueryData(modulesQuery(params['cohortId'] ?? ''));
  return null;
}

export function Component() {
  const { cohortId, cohortName, role, archived, uid } = useCohortContext();
  const { data: attendance } = useMyAttendance(cohortId, uid, role === 'participant');
  return (
    <>
      <PageTitle>Timetable</PageTitle>
      <h1>Timetable</h1>
      <p className="lead">Four modules, each two consecutive days. Times are UK time.</p>
      <Timetable
        cohortId={cohortId}
        cohortName={cohortName}
        canEdit={role !== 'participant' && !archived}
        attendance={attendance}
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
