import type { LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { materialsQueryOptions } from '@/features/pre-reading/api/get-materials';
import { myReadingsQueryOptions } from '@/features/pre-reading/api/my-readings';
import { PreReadingList } from '@/features/pre-reading/components/pre-reading-list';
import { modulePath, modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { moduleStatus, nextModule } from '@/features/timetable/module-status';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, uid, isParticipant } = await loadViewer(args);
  await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    queryClient.ensureQueryData(materialsQueryOptions(cohortId)),
    ...(isParticipant ? [queryClient.ensureQueryData(myReadingsQueryOptions(cohortId, uid))] : []),
  ]);
  return null;
}

export function Component() {
  const { cohortId, uid, role, archived } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  return (
    <>
      <PageTitle>Pre-reading</PageTitle>
      <h1>Pre-reading</h1>
      <p className="lead">
        What to read, watch or listen to before each module. Mark each item when you have done it
        and note one takeaway to bring with you.
      </p>
      <PreReadingList
        cohortId={cohortId}
        uid={uid}
        modules={modules.map((m) => ({
          id: m.id,
          number: m.number,
          title: m.title,
          firstDay: m.days[0],
          finished: moduleStatus(m) === 'past',
        }))}
        nextModuleId={nextModule(modules)?.id}
        canRecord={role === 'participant' && !archived}
        canManage={role !== 'participant' && !archived}
        modulePath={(moduleId) => modulePath(cohortId, moduleId)}
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
export { ModuleMaterials } from '@/features/pre-reading/components/module-materials';
