import { queryOptions, useMutation, useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveUpdates } from '@/lib/firestore/live-query';
import { fullFirestore, readDoc } from '@/lib/firestore/read';
import { whatsNewDoc } from '@/lib/firestore/refs';
import { useOnline } from '@/lib/online';
import type { WhatsNew, WhatsNewItem } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';

export const whatsNewKeys = {
  mine: (cohortId: string, uid: string) => ['cohorts', cohortId, 'whatsNew', uid] as const,
};

export const whatsNewQuery = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: whatsNewKeys.mine(cohortId, uid),
    queryFn: async (): Promise<WhatsNew | null> =>
      (await readDoc(whatsNewDoc(cohortId, uid))) ?? null,
    staleTime: Infinity,
  });

/**
 * One document, one listener for the whole shell: the header's marker and the dashboard's list
 * read the same cache, and marking it seen on one device clears it on every other at once.
 */
export function useWhatsNew(cohortId: string, uid: string, enabled: boolean) {
  const options = whatsNewQuery(cohortId, uid);
  // Without a connection the listener only makes Firestore probe the network (an image the CSP
  // refuses); the marker keeps what it showed and catches up when the connection returns.
  const online = useOnline();
  useLiveUpdates(options.queryKey, whatsNewDoc(cohortId, uid), enabled && online);
  return useQuery({ ...options, enabled });
}

export function unseenItems(news: WhatsNew | null | undefined): WhatsNewItem[] {
  if (!news) return [];
  const seenAt = news.seenAt;
  return news.items.filter((item) => !seenAt || item.at > seenAt);
}

/**
 * Re-reads a screen's data when the person's "what's new" (kept live by the shell) brings news of
 * it: a new announcement, a changed session, new reading. One listener serves the whole screen.
 */
export function useRefreshOnNews(
  cohortId: string,
  uid: string,
  refresh: Partial<Record<WhatsNewItem['kind'], QueryKey>>,
) {
  const { data: news } = useQuery({ ...whatsNewQuery(cohortId, uid), enabled: false });
  const newest = (items: WhatsNewItem[]) => Math.max(0, ...items.map((item) => item.at.getTime()));
  const shownUpTo = useRef(newest(news?.items ?? []));
  useEffect(() => {
    const arrived = (news?.items ?? []).filter((item) => item.at.getTime() > shownUpTo.current);
    if (arrived.length === 0) return;
    shownUpTo.current = newest(arrived);
    for (const kind of new Set(arrived.map((item) => item.kind))) {
      const queryKey = refresh[kind];
      if (queryKey) void queryClient.invalidateQueries({ queryKey });
    }
  }, [news, refresh]);
}

/** Marks everything seen. Its variable is when it was last seen before, for the "New" markers. */
export function useMarkSeen(cohortId: string, uid: string) {
  return useMutation({
    mutationFn: async (_seenBefore: Date | null) => {
      // At once, not after the first view as the listeners are: the shell's listener then attaches
      // to a document already marked, so its first snapshot is its only read of it.
      const { docRef, serverTimestamp, setDoc } = await fullFirestore();
      await setDoc(
        docRef(whatsNewDoc(cohortId, uid)).withConverter(null),
        { seenAt: serverTimestamp() },
        { merge: true },
      );
    },
    // The header's marker clears as soon as the server has it, not when the shell's listener (which
    // waits for the first view to settle) next reports; the listener then brings the server's time.
    onSuccess: () =>
      queryClient.setQueryData<WhatsNew | null>(whatsNewKeys.mine(cohortId, uid), (news) =>
        news ? { ...news, seenAt: new Date() } : news,
      ),
  });
}
