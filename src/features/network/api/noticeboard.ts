import { useInfiniteQuery, useMutation, useQueries, useQuery } from '@tanstack/react-query';
import {
  collection,
  deleteDoc,
  doc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
  writeBatch,
  type DocumentSnapshot,
} from 'firebase/firestore';
import { db, queryRef } from '@/lib/firebase/firestore';
import { readDoc, readQuery } from '@/lib/firestore/read';
import {
  latestAsksQuery,
  myHiddenPostsQuery,
  myHiddenRepliesQuery,
  networkPostDoc,
  networkProfileDoc,
  networkRepliesQuery,
  noticeboardQuery,
} from '@/lib/firestore/network-refs';
import { NETWORK_LIMITS, type NetworkPostKind } from '@/lib/firestore/network-vocabulary';
import { queryClient } from '@/lib/query-client';
import { networkKeys } from './network-keys';

const isRefused = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  error.code === 'permission-denied';

/** The noticeboard, newest first, a page at a time; the programme team's view includes what it hid. */
export function useNoticeboard(everything: boolean, tag: string) {
  const query = useInfiniteQuery({
    queryKey: networkKeys.noticeboard(everything, tag),
    initialPageParam: undefined as DocumentSnapshot | undefined,
    queryFn: async ({ pageParam }) => {
      const snapshot = await getDocs(queryRef(noticeboardQuery({ everything, tag }, pageParam)));
      const docs = snapshot.docs.slice(0, NETWORK_LIMITS.page);
      return {
        posts: docs.map((d) => d.data()),
        next: snapshot.docs.length > NETWORK_LIMITS.page ? docs.at(-1) : undefined,
      };
    },
    getNextPageParam: (page) => page.next,
  });
  return { ...query, posts: query.data?.pages.flatMap((page) => page.posts) ?? [] };
}

export function useMyHiddenPosts(uid: string, enabled: boolean) {
  return useQuery({
    queryKey: networkKeys.myHidden(uid),
    queryFn: async () => await readQuery(myHiddenPostsQuery(uid)),
    enabled,
  });
}

/** The dashboard's two latest asks; nothing (and no error) for someone outside the network. */
export function useLatestAsks() {
  return useQuery({
    queryKey: networkKeys.latestAsks(),
    queryFn: async () => {
      try {
        return await readQuery(latestAsksQuery());
      } catch (error) {
        if (isRefused(error)) return null;
        throw error;
      }
    },
    retry: false,
  });
}

/** One post, or null when it is gone or hidden from this reader. */
export function usePost(postId: string) {
  return useQuery({
    queryKey: networkKeys.post(postId),
    queryFn: async () => {
      try {
        return (await readDoc(networkPostDoc(postId))) ?? null;
      } catch (error) {
        if (isRefused(error)) return null;
        throw error;
      }
    },
  });
}

/**
 * The replies everyone sees, with the reader's own hidden ones (the programme team sees all). A
 * hidden post's replies are the programme team's alone, so its author is shown none.
 */
export function useReplies(postId: string, uid: string, everything: boolean, postHidden: boolean) {
  return useQuery({
    queryKey: [...networkKeys.replies(postId, everything), postHidden] as const,
    queryFn: async () => {
      if (postHidden && !everything) return [];
      const [shown, ownHidden] = await Promise.all([
        getDocs(queryRef(networkRepliesQuery(postId, everything))),
        everything ? null : getDocs(queryRef(myHiddenRepliesQuery(postId, uid))),
      ]);
      return [...shown.docs, ...(ownHidden?.docs ?? [])]
        .map((d) => d.data())
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },
  });
}

export type AuthorCard = { name: string; detail: string } | null;

/**
 * Names come from profiles as they are now, so someone who leaves the network is "a former member"
 * everywhere at once, with nothing to scrub.
 */
export function useAuthors(uids: string[]): Map<string, AuthorCard | undefined> {
  const unique = [...new Set(uids)];
  const results = useQueries({
    queries: unique.map((uid) => ({
      queryKey: networkKeys.author(uid),
      queryFn: async (): Promise<AuthorCard> => {
        const profile = await readDoc(networkProfileDoc(uid));
        if (!profile) return null;
        const cohorts = Object.values(profile.cohortLabels).join(', ');
        return {
          name: profile.displayName,
          detail: [profile.organisation, cohorts && `${cohorts} cohort`]
            .filter(Boolean)
            .join(' · '),
        };
      },
      staleTime: 60_000,
    })),
  });
  return new Map(unique.map((uid, index) => [uid, results[index]?.data]));
}

export type PostDraft = { kind: NetworkPostKind; title: string; body: string; tags: string[] };

const cleanTags = (tags: string[]) =>
  [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))].slice(
    0,
    NETWORK_LIMITS.postTags,
  );

const refreshBoard = () => queryClient.invalidateQueries({ queryKey: networkKeys.all });

export function usePostActions(uid: string) {
  const create = useMutation({
    mutationFn: async (draft: PostDraft) => {
      const ref = doc(collection(db, 'networkPosts'));
      await setDoc(ref, {
        authorUid: uid,
        kind: draft.kind,
        title: draft.title.trim(),
        body: draft.body.trim(),
        tags: cleanTags(draft.tags),
        hidden: false,
        hiddenReason: '',
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      });
      return ref.id;
    },
    onSuccess: refreshBoard,
  });
  const edit = useMutation({
    mutationFn: ({ postId, draft }: { postId: string; draft: PostDraft }) =>
      updateDoc(doc(db, 'networkPosts', postId), {
        kind: draft.kind,
        title: draft.title.trim(),
        body: draft.body.trim(),
        tags: cleanTags(draft.tags),
        updatedAt: serverTimestamp(),
      }),
    onSuccess: refreshBoard,
  });
  // The post goes with every reply its author can see, in one batch.
  const remove = useMutation({
    mutationFn: async ({ postId, replyIds }: { postId: string; replyIds: string[] }) => {
      const batch = writeBatch(db);
      for (const replyId of replyIds)
        batch.delete(doc(db, 'networkPosts', postId, 'replies', replyId));
      batch.delete(doc(db, 'networkPosts', postId));
      await batch.commit();
    },
    onSuccess: refreshBoard,
  });
  return { create, edit, remove };
}

export function useReplyActions(uid: string, postId: string) {
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['network', 'replies', postId] });
  const add = useMutation({
    mutationFn: (body: string) =>
      setDoc(doc(collection(db, 'networkPosts', postId, 'replies')), {
        authorUid: uid,
        body: body.trim(),
        hidden: false,
        hiddenReason: '',
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    onSuccess: refresh,
  });
  const edit = useMutation({
    mutationFn: ({ replyId, body }: { replyId: string; body: string }) =>
      updateDoc(doc(db, 'networkPosts', postId, 'replies', replyId), {
        body: body.trim(),
        updatedAt: serverTimestamp(),
      }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (replyId: string) => deleteDoc(doc(db, 'networkPosts', postId, 'replies', replyId)),
    onSuccess: refresh,
  });
  return { add, edit, remove };
}

type Moderation = { postId: string; replyId?: string } & (
  { action: 'network.hide'; reason: string } | { action: 'network.unhide' }
);

/**
 * The programme team hides (with a reason) or shows again a post or one of its replies, through a
 * function that records who did it in the audit log (functions/src/callable/staff-actions.ts).
 */
export function useModeration(postId: string) {
  return useMutation({
    mutationFn: async ({
      replyId,
      hidden,
      reason,
    }: {
      replyId?: string;
      hidden: boolean;
      reason: string;
    }) => {
      const { callable } = await import('@/lib/firebase/functions');
      const where = { postId, ...(replyId ? { replyId } : {}) };
      await callable<Moderation, { done: true }>('staffAction')(
        hidden
          ? { ...where, action: 'network.hide', reason: reason.trim() }
          : { ...where, action: 'network.unhide' },
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

export function useReport(uid: string) {
  return useMutation({
    mutationFn: ({
      postId,
      replyId,
      reason,
    }: {
      postId: string;
      replyId: string;
      reason: string;
    }) =>
      setDoc(doc(collection(db, 'networkReports')), {
        reporterUid: uid,
        postId,
        replyId,
        reason: reason.trim(),
        createdAt: serverTimestamp(),
      }),
  });
}
