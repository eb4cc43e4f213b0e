import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { fullFirestore, readQuery } from '@/lib/firestore/read';
import { queryClient } from '@/lib/query-client';
import { announcementDoc, announcementsCollection, announcementsQuery } from '@/lib/firestore/refs';

export const announcementKeys = {
  latest: (cohortId: string) => ['cohorts', cohortId, 'announcements'] as const,
};

/** How many a screen shows: those who post see more of what they posted. */
export const announcementsShown = (canPost: boolean) => (canPost ? 10 : 3);

export const announcementsQueryOptions = (cohortId: string, max: number) =>
  queryOptions({
    queryKey: [...announcementKeys.latest(cohortId), max],
    queryFn: () => readQuery(announcementsQuery(cohortId, max)),
    staleTime: Infinity,
  });

/**
 * The latest `max`, and no more (each one shown is one document read). A new one arrives without a
 * reload: the dashboard re-reads them when "what's new" tells of it, and posting re-reads them.
 */
export const useAnnouncements = (cohortId: string, max: number) =>
  useQuery(announcementsQueryOptions(cohortId, max));

export type AnnouncementDraft = { title: string; body: string; emailText: boolean };

export function useAnnouncementActions(cohortId: string, author: { uid: string; name: string }) {
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: announcementKeys.latest(cohortId) });
  const post = useMutation({
    onSettled: refresh,
    mutationFn: async ({ title, body, emailText }: AnnouncementDraft) => {
      const { collectionRef, doc, serverTimestamp, setDoc } = await fullFirestore();
      await setDoc(doc(collectionRef(announcementsCollection(cohortId))).withConverter(null), {
        title: title.trim(),
        body: body.trim(),
        emailText,
        authorUid: author.uid,
        authorName: author.name,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      });
    },
  });
  const remove = useMutation({
    onSettled: refresh,
    mutationFn: async (announcementId: string) => {
      const { deleteDoc, docRef } = await fullFirestore();
      await deleteDoc(docRef(announcementDoc(cohortId, announcementId)));
    },
  });
  return { post, remove };
}
