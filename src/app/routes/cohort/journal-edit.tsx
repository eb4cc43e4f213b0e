import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { entryQueryOptions } from '@/features/journal/api/entries';
import type { EntryContent } from '@/features/journal/api/save-entry';
import { ClosedForWriting } from '@/features/journal/components/closed-for-writing';
import { EntryEditor } from '@/features/journal/components/entry-editor';
import { differsFrom, readDraft } from '@/features/journal/drafts/draft-store';
import { modulesQuery } from '@/features/timetable/api/get-modules';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';

const blank = (moduleId: string): EntryContent => ({
  moduleId,
  title: '',
  body: '',
  visibility: 'private',
});

// Works without a connection: the draft on this device is enough to carry on writing.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const cohortId = params['cohortId'] ?? '';
  const entryId = params['entryId'] ?? '';
  const entryOptions = entryQueryOptions(cohortId, entryId);
  const moduleOptions = modulesQuery(cohortId);
  const online = navigator.onLine;
  const draft = await readDraft(user.uid, cohortId, entryId);
  const entry = online
    ? await queryClient.ensureQueryData(entryOptions)
    : (queryClient.getQueryData(entryOptions.queryKey) ?? null);
  const modules = online
    ? await queryClient.ensureQueryData(moduleOptions)
    : (queryClient.getQueryData(moduleOptions.queryKey) ?? []);
  if (entry && entry.authorUid !== user.uid) {
    throw new Response('Only the author can edit a reflection.', { status: 403 });
  }
  const saved: EntryContent | null = entry
    ? {
        moduleId: entry.moduleId,
        title: entry.title,
        body: entry.body,
        visibility: entry.visibility,
      }
    : null;
  const requestedModule = new URL(request.url).searchParams.get('module') ?? 'general';
  const initial: EntryContent = draft
    ? {
        moduleId: draft.moduleId,
        title: draft.title,
        body: draft.body,
        visibility: draft.visibility,
      }
    : (saved ?? blank(requestedModule));
  return {
    cohortId,
    entryId,
    uid: user.uid,
    initial,
    saved,
    savedRevision: entry?.revision ?? null,
    refusedBefore: draft?.refusedByServer ?? false,
    modules: modules.map((m) => ({ id: m.id, number: m.number, title: m.title, themes: m.themes })),
  };
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  const { cohortId, personName, archived } = useCohortContext();
  const journalPath = paths.cohort(cohortId, 'journal');
  if (archived) {
    return (
      <>
        <PageTitle>Reflections are closed</PageTitle>
        <h1>Reflections are closed</h1>
        <ClosedForWriting
          uid={data.uid}
          cohortId={cohortId}
          entryId={data.entryId}
          unsaved={differsFrom(data.initial, data.saved) ? data.initial : null}
          journalPath={journalPath}
        />
      </>
    );
  }
  const heading = data.saved ? 'Edit reflection' : 'New reflection';
  return (
    <>
      <PageTitle>{heading}</PageTitle>
      <h1>{heading}</h1>
      <EntryEditor
        key={data.entryId}
        {...data}
        authorName={personName}
        entryPath={paths.journalEntry(cohortId, data.entryId)}
        journalPath={journalPath}
      />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
