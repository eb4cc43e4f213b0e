import { useParams, type LoaderFunctionArgs } from 'react-router';
import { preloadMarkdownFor } from '@/components/ui/markdown';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { entryQueryOptions, useEntry } from '@/features/journal/api/entries';
import { EntryView } from '@/features/journal/components/entry-view';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { moduleNamer } from '@/features/timetable/module-names';
import { useSignedInUser } from '@/lib/firebase/current-user';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const cohortId = params['cohortId'] ?? '';
  await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    queryClient
      .ensureQueryData(entryQueryOptions(cohortId, params['entryId'] ?? ''))
      .then((entry) => preloadMarkdownFor(entry ? [entry.body] : [])),
  ]);
  return null;
}

export function Component() {
  const { cohortId, personName, role, archived } = useCohortContext();
  const entryId = useParams()['entryId'] ?? '';
  const user = useSignedInUser();
  const { data: modules } = useModules(cohortId);
  const { data: entry } = useEntry(cohortId, entryId);
  const mine = entry?.authorUid === user.uid;
  return (
    <>
      <PageTitle>{entry?.title || 'Reflection'}</PageTitle>
      <EntryView
        cohortId={cohortId}
        entryId={entryId}
        me={{ uid: user.uid, name: personName, staff: role !== 'participant' }}
        moduleTitle={moduleNamer(modules)}
        editPath={paths.journalEdit(cohortId, entryId)}
        writable={!archived}
        afterDeletePath={
          mine ? paths.cohort(cohortId, 'journal') : paths.cohort(cohortId, 'cohort')
        }
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
