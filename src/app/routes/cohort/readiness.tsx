import { data, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { todayIso } from '@/lib/dates';
import { readinessQueryOptions } from '@/features/readiness/api/readiness';
import { ReadinessTable } from '@/features/readiness/components/readiness-table';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { moduleStatus, nextModule } from '@/features/timetable/module-status';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, isParticipant } = await loadViewer(args);
  if (isParticipant) throw data('The readiness overview is for facilitators.', { status: 403 });
  await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    queryClient.ensureQueryData(readinessQueryOptions(cohortId)),
  ]);
  return null;
}

export function Component() {
  const { cohortId } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  const next = nextModule(modules);
  const previous = modules.filter((m) => moduleStatus(m) === 'past').at(-1);
  return (
    <>
      <PageTitle>Readiness</PageTitle>
      <h1>Readiness</h1>
      <p className="lead">
        Who is ready for {next ? `module ${next.number}` : 'the next module'}: director call, goals,
        pre-reading, reflections shared and days attended. Open a name to record their director call
        and goals.
      </p>
      <ReadinessTable
        cohortId={cohortId}
        nextModule={next}
        previousModule={previous}
        participantPath={(uid) => paths.participant(cohortId, uid)}
        modules={modules}
        today={todayIso()}
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
