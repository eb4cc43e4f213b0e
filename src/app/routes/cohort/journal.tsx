import { Link, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { myEntriesQueryOptions } from '@/features/journal/api/entries';
import { JournalList } from '@/features/journal/components/journal-list';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { moduleNamer } from '@/features/timetable/module-names';
import { moduleStatus } from '@/features/timetable/module-status';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, uid, isParticipant } = await loadViewer(args);
  await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    ...(isParticipant ? [queryClient.ensureQueryData(myEntriesQueryOptions(cohortId, uid))] : []),
  ]);
  return null;
}

export function Component() {
  const { cohortId, uid, role, archived } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  const lastStarted = modules.filter((m) => moduleStatus(m) !== 'upcoming').at(-1);

  return (
    <>
      <PageTitle>Journal</PageTitle>
      <h1>Journal</h1>
      <p className="lead">
        Your reflections on each module. Each entry is private unless you choose to share it with
        the facilitators or the whole cohort.
      </p>
      {role === 'participant' ? (
        <>
          {!archived && (
            <p className="actions">
              <Link className="button" to={paths.newJournalEntry(cohortId, lastStarted?.id)}>
                New reflection
              </Link>
            </p>
          )}
          <JournalList
            cohortId={cohortId}
            uid={uid}
            moduleTitle={moduleNamer(modules)}
            entryPath={(id) => paths.journalEntry(cohortId, id)}
            editPath={(id) => paths.journalEdit(cohortId, id)}
            archived={archived}
          />
        </>
      ) : (
        <p className="card">
          Journals belong to participants. Reflections shared with you appear on the{' '}
          <Link to={paths.cohort(cohortId, 'cohort')}>Cohort</Link> page.
        </p>
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
