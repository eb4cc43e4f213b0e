import type { LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { SharedFeed } from '@/features/journal/components/shared-feed';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { moduleNamer } from '@/features/timetable/module-names';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const cohortId = params['cohortId'] ?? '';
  await queryClient.ensureQueryData(modulesQuery(cohortId));
  return null;
}

export function Component() {
  const { cohortId, role } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  return (
    <>
      <PageTitle>Cohort</PageTitle>
      <h1>Cohort</h1>
      <section aria-labelledby="shared-heading" className="section">
        <h2 id="shared-heading">Shared reflections</h2>
        {role === 'admin' ? (
          // The rules keep what members share with their cohort to its members.
          <p>Reflections shared with the cohort are for its members and facilitators to read.</p>
        ) : (
          <>
            <p className="hint">
              Reflections your peers chose to share with the whole cohort. Read them and reply.
            </p>
            <SharedFeed
              cohortId={cohortId}
              audience="cohort"
              moduleTitle={moduleNamer(modules)}
              entryPath={(id) => paths.journalEntry(cohortId, id)}
            />
          </>
        )}
      </section>
      {role === 'facilitator' && (
        <section aria-labelledby="for-facilitators-heading" className="section">
          <h2 id="for-facilitators-heading">Shared with the facilitators</h2>
          <SharedFeed
            cohortId={cohortId}
            audience="facilitators"
            moduleTitle={moduleNamer(modules)}
            entryPath={(id) => paths.journalEntry(cohortId, id)}
          />
        </section>
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
