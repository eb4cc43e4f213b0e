import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { fullFirestore, readDoc } from '@/lib/firestore/read';
import { noticeSeenDoc } from '@/lib/firestore/notices-refs';
import { queryClient } from '@/lib/query-client';
import { PRIVACY_NOTICE_VERSION } from '../notice-version';

// The version a person has seen only ever rises, so once this device knows they have seen the
// current notice, no later page needs to read their profile to find out. The key is one of the
// `portal.` copies forgotten at sign-out.
const seenKey = (uid: string) => `portal.noticeSeen.${uid}`;

function knownSeen(uid: string): number {
  try {
    return Number(localStorage.getItem(seenKey(uid))) || 0;
  } catch {
    return 0;
  }
}

function rememberSeen(uid: string, version: number): void {
  try {
    localStorage.setItem(seenKey(uid), String(version));
  } catch {
    // Storage refused: the profile is read on each visit instead.
  }
}

const noticeSeenQuery = (uid: string) =>
  queryOptions({
    queryKey: ['users', uid, 'privacyNoticeVersion'] as const,
    queryFn: async () => {
      const known = knownSeen(uid);
      if (known >= PRIVACY_NOTICE_VERSION) return known;
      const seen = (await readDoc(noticeSeenDoc(uid)))?.privacyNoticeVersion ?? 0;
      if (seen >= PRIVACY_NOTICE_VERSION) rememberSeen(uid, seen);
      return seen;
    },
  });

/** Read with the page's other data, so the banner is there at first paint and moves nothing down. */
export const prefetchNoticeSeen = (uid: string) => queryClient.prefetchQuery(noticeSeenQuery(uid));

/** Whether this person has been shown the current privacy notice; undefined while it loads. */
export function useNoticeIsNew(uid: string): boolean | undefined {
  const { data } = useQuery(noticeSeenQuery(uid));
  return data === undefined ? undefined : data < PRIVACY_NOTICE_VERSION;
}

/**
 * Records that the person was shown the current notice, on their profile (the rules check the
 * number). At sign-up the profile does not exist yet, so its name comes with it.
 */
export async function recordNoticeShown(uid: string, displayName?: string) {
  const { db, doc, setDoc } = await fullFirestore();
  await setDoc(
    doc(db, 'users', uid),
    { ...(displayName ? { displayName } : {}), privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    { merge: true },
  );
  rememberSeen(uid, PRIVACY_NOTICE_VERSION);
  queryClient.setQueryData(noticeSeenQuery(uid).queryKey, PRIVACY_NOTICE_VERSION);
}

export function useRecordNoticeShown(uid: string) {
  return useMutation({ mutationFn: () => recordNoticeShown(uid) });
}
