import { Link, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { membersQuery, useMembers } from '@/features/cohorts/api/get-members';
import { cohortGoalsQuery } from '@/features/director-calls/api/director-calls';
import { CohortGoals } from '@/features/director-calls/components/cohort-goals';
import { directorCallQueryOptions, myGoalsQueryOptions } from '@/features/goals/api/goals';
import { GoalsOverview } from '@/features/goals/components/goals-overview';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { modulesBeforeJoining } from '@/lib/joining';
import { moduleStatus } from '@/features/timetable/module-status';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, uid, isParticipant } = await loadViewer(args);
  await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    queryClient.ensureQueryData(membersQuery(cohortId)),
    ...(isParticipant
      ? [
          queryClient.ensureQueryData(myGoalsQueryOptions(cohortId, uid)),
          queryClient.ensureQueryData(directorCallQueryOptions(cohortId, uid)),
        ]
      : [queryClient.ensureQueryData(cohortGoalsQuery(cohortId))]),
  ]);
  return null;
}

export function Component() {
  const { cohortId, uid, role, joinedOn } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  const { data: members } = useMembers(cohortId);
  if (role !== 'participant') {
    return (
      <>
        <PageTitle>Goals</PageTitle>
        <h1>Goals</h1>
        <p className="lead">
          Everyone’s goals from their director call, to shape the detail of each module.
        </p>
        <CohortGoals
          cohortId={cohortId}
          participants={members.filter((m) => m.role === 'participant')}
          participantPath={(participantUid) => paths.participant(cohortId, participantUid)}
        />
      </>
    );
  }
  const missed = modulesBeforeJoining(modules, joinedOn);
  const attended = modules.filter((m) => !missed.includes(m));
  const lastStarted = attended.filter((m) => moduleStatus(m) !== 'upcoming').at(-1);
  return (
    <>
      <PageTitle>Goals</PageTitle>
      <h1>Goals</h1>
      <p className="lead">
        The goals and ambitions you set with the programme director, and how they are going after
        each module. Only you and your facilitators can see them. Your{' '}
        <Link to={paths.learningRecord(cohortId)}>learning record</Link> gathers them with your
        attendance and chosen reflections, for a CPD portfolio or appraisal.
      </p>
      <GoalsOverview
        cohortId={cohortId}
        uid={uid}
        moduleNumbers={attended.map((m) => m.number)}
        checkInModule={lastStarted?.number ?? attended[0]?.number ?? 1}
        firstModuleDay={modules[0]?.days[0]}
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
