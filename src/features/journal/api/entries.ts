import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import {
  journalDoc,
  myEntryForModuleQuery,
  myJournalQuery,
  sharedJournalQuery,
} from '@/lib/firestore/refs';
import { useLiveQuery } from '@/lib/firestore/live-query';
import { readDoc, readQuery } from '@/lib/firestore/read';
import { journalKeys } from './journal-keys';

const newestFirst = <T extends { updatedAt: Date }>(entries: T[]) =>
  [...entries].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());

export const myEntriesQueryOptions = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: journalKeys.mine(cohortId, uid),
    queryFn: async () => newestFirst(await readQuery(myJournalQuery(cohortId, uid))),
  });

export const hasEntryForModuleQueryOptions = (cohortId: string, uid: string, moduleId: string) =>
  queryOptions({
    queryKey: [...journalKeys.mine(cohortId, uid), 'module', moduleId],
    queryFn: async () =>
      (await readQuery(myEntryForModuleQuery(cohortId, uid, moduleId))).length > 0,
  });

export const useMyEntries = (cohortId: string, uid: string) =>
  useSuspenseQuery(myEntriesQueryOptions(cohortId, uid));

export const entryQueryOptions = (cohortId: string, entryId: string) =>
  queryOptions({
    queryKey: journalKeys.entry(cohortId, entryId),
    queryFn: async () => (await readDoc(journalDoc(cohortId, entryId))) ?? null,
  });

export const useEntry = (cohortId: string, entryId: string) =>
  useSuspenseQuery(entryQueryOptions(cohortId, entryId));

/** How many shared reflections the feed shows at first, and adds each time older ones are asked for. */
export const FEED_PAGE_SIZE = 20;

/**
 * The newest `shown` reflections shared with an audience, kept live while the feed is on screen.
 * One more is read than is shown, to know whether older ones exist.
 */
export function useSharedFeed(
  cohortId: string,
  audience: 'cohort' | 'facilitators',
  shown: number,
) {
  const { data, isPending, isError, isPlaceholderData } = useLiveQuery(
    [...journalKeys.shared(cohortId), audience, shown],
    sharedJournalQuery(cohortId, audience, shown + 1),
    { keepPrevious: true },
  );
  return {
    entries: data?.slice(0, shown) ?? [],
    hasOlder: (data?.length ?? 0) > shown,
    isPending,
    isError,
    loadingOlder: isPlaceholderData,
  };
}
