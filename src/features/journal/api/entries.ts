import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getDoc, getDocs } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import {
  journalDoc,
  myEntryForModuleQuery,
  myJournalQuery,
  sharedJournalQuery,
} from '@/lib/firestore/refs';
import { useLiveQuery } from '@/lib/firestore/live-query';
import { journalKeys } from './journal-keys';

const newestFirst = <T extends { updatedAt: Date }>(entries: T[]) =>
  [...entries].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());

export const myEntriesQueryOptions = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: journalKeys.mine(cohortId, uid),
    queryFn: async () =>
      newestFirst((await getDocs(myJournalQuery(db, cohortId, uid))).docs.map((d) => d.data())),
  });

export const hasEntryForModuleQueryOptions = (cohortId: string, uid: string, moduleId: string) =>
  queryOptions({
    queryKey: [...journalKeys.mine(cohortId, uid), 'module', moduleId],
    queryFn: async () => !(await getDocs(myEntryForModuleQuery(db, cohortId, uid, moduleId))).empty,
  });

export const useMyEntries = (cohortId: string, uid: string) =>
  useSuspenseQuery(myEntriesQueryOptions(cohortId, uid));

export const entryQueryOptions = (cohortId: string, entryId: string) =>
  queryOptions({
    queryKey: journalKeys.entry(cohortId, entryId),
    queryFn: async () => (await getDoc(journalDoc(db, cohortId, entryId))).data() ?? null,
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
  const feedQuery = sharedJournalQuery(db, cohortId, audience, shown + 1);
  const { data, isPending, isError, isPlaceholderData } = useLiveQuery(
    [...journalKeys.shared(cohortId), audience, shown],
    feedQuery,
    async () => (await getDocs(feedQuery)).docs.map((d) => d.data()),
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
