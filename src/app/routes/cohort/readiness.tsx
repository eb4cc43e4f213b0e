import { data, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { todayIso } from '@/lib/dates';
import { readinessQueryOptions } from '@/features/readiness/api/readiness';
import { ReadinessTable } from '@/features/readiness/components/readiness-table';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { nextModule } from '@/features/timetable/module-status';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, role } = await loadViewer(args);
  // It reads goals, director calls and reading records the rules keep to the cohort's facilitators.
  if (role !== 'facilitator') {
    throw data('The readiness overview is for the cohort’s facilitators.', { status: 403 });
  }
  const modules = await queryClient.ensureQueryData(modulesQuery(cohortId));
  await queryClient.ensureQueryData(readinessQueryOptions(cohortId, nextModule(modules)?.id));
  return null;
}

export function Component() {
  const { cohortId } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  const next = nextModule(modules);
  return (
    <>
      <PageTitle>Readiness</PageTitle>
      <h1>Readiness</h1>
      <p className="lead">
        Who is ready for {next ? `module ${next.number}` : 'the next module'}, and what each person
        still has to do: director call, goals and required pre-reading, with days attended. Open a
        name to record their director call and goals.
      </p>
      <ReadinessTable
        cohortId={cohortId}
        nextModule={next}
        participantPath={(uid) => paths.participant(cohortId, uid)}
        modules={modules}
        today={todayIso()}
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
