import { data, Link, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { materialsQueryOptions } from '@/features/pre-reading/api/get-materials';
import { myReadingsQueryOptions } from '@/features/pre-reading/api/my-readings';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { ModuleOverview } from '@/features/timetable/components/module-overview';
import { moduleStatus } from '@/features/timetable/module-status';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
// Through the pre-reading route, whose chunk already holds the reading items: imported on its
// own, they would become a new shared chunk, and the entry (the sign-in page's) would name it.
import { ModuleMaterials } from './pre-reading';
import { loadViewer } from './viewer';

// One module's page: its days and sessions, its pre-reading, and the slides and notes shared after
// it. The timetable's route opens it (timetable.tsx), so it loads only when someone opens it.
export async function moduleLoader(args: LoaderFunctionArgs, moduleId: string) {
  const { cohortId, uid, isParticipant } = await loadViewer(args);
  const [modules] = await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    queryClient.ensureQueryData(materialsQueryOptions(cohortId)),
    ...(isParticipant ? [queryClient.ensureQueryData(myReadingsQueryOptions(cohortId, uid))] : []),
  ]);
  if (!modules.some((m) => m.id === moduleId)) {
    throw data('This module is not on the timetable. It may have been removed.', { status: 404 });
  }
  return null;
}

export function ModulePage({ moduleId }: { moduleId: string }) {
  const { cohortId, uid, role, archived } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  const module = modules.find((m) => m.id === moduleId);
  if (!module) {
    return (
      <>
        <PageTitle>Module not found</PageTitle>
        <h1>Module not found</h1>
        <p>
          This module is no longer on the timetable.{' '}
          <Link to={paths.cohort(cohortId, 'timetable')}>Go to the timetable</Link>
        </p>
      </>
    );
  }
  const heading = `Module ${module.number}: ${module.title}`;
  return (
    <>
      <PageTitle>{heading}</PageTitle>
      <p>
        <Link to={paths.cohort(cohortId, 'timetable')}>Back to the timetable</Link>
      </p>
      <h1>{heading}</h1>
      <div className="stack">
        <ModuleOverview module={module} />
        <ModuleMaterials
          cohortId={cohortId}
          uid={uid}
          moduleId={module.id}
          moduleNumber={module.number}
          finished={moduleStatus(module) === 'past'}
          canRecord={role === 'participant' && !archived}
          canManage={role !== 'participant' && !archived}
          preReadingPath={paths.cohort(cohortId, 'pre-reading')}
        />
      </div>
    </>
  );
}
