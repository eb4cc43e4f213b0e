import { lazy, Suspense, type ComponentProps } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { cohortAttendanceQuery, useCohortAttendance } from '@/features/attendance/api/attendance';
import { AttendanceSheet } from '@/features/attendance/components/attendance-sheet';
import { likelyDay, moduleDays } from '@/lib/attendance';
import { membersQuery, useMembers } from '@/features/cohorts/api/get-members';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { todayIso } from '@/lib/dates';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

// Needed once a cohort's last module is over, so loaded with the section.
const CompletionReview = lazy(() => import('@/features/completion/components/completion-review'));

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, role } = await loadViewer(args);
  await Promise.all([
    queryClient.ensureQueryData(membersQuery(cohortId)),
    queryClient.ensureQueryData(modulesQuery(cohortId)),
  ]);
  if (role === 'facilitator') await queryClient.ensureQueryData(cohortAttendanceQuery(cohortId));
  return null;
}

export function Component() {
  const { cohortId, uid, role, archived } = useCohortContext();
  const { data: members } = useMembers(cohortId);
  const { data: modules } = useModules(cohortId);
  const days = moduleDays(modules);
  const participants = members.filter((m) => m.role === 'participant');
  return (
    <>
      <PageTitle>Attendance</PageTitle>
      <h1>Attendance</h1>
      {role !== 'facilitator' ? (
        <p className="lead">Only the cohort’s facilitators take and see attendance.</p>
      ) : days.length === 0 ? (
        <p className="lead">Attendance is taken by module day, once the timetable has modules.</p>
      ) : (
        <>
          <p className="lead">
            Mark each participant for one module day. Each participant sees their own attendance on
            their timetable; nobody else sees it.
          </p>
          <AttendanceSheet
            cohortId={cohortId}
            participants={participants}
            days={days}
            initialDay={likelyDay(days, todayIso())?.key ?? ''}
            readOnly={archived}
          />
          <Completion
            cohortId={cohortId}
            uid={uid}
            members={members}
            modules={modules}
            readOnly={archived}
          />
        </>
      )}
    </>
  );
}

function Completion(props: Omit<ComponentProps<typeof CompletionReview>, 'marks'>) {
  const { data: marks } = useCohortAttendance(props.cohortId);
  return (
    <Suspense fallback={null}>
      <CompletionReview {...props} marks={marks} />
    </Suspense>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
