import { queryOptions, useMutation } from '@tanstack/react-query';
import { useLiveQuery } from '@/lib/firestore/live-query';
import { fullFirestore, readQuery } from '@/lib/firestore/read';
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
  });

/** The latest `max`, and no more (each one shown is one document read), arriving without a reload. */
export function useAnnouncements(cohortId: string, max: number) {
  return useLiveQuery(
    announcementsQueryOptions(cohortId, max).queryKey,
    announcementsQuery(cohortId, max),
  );
}

export type AnnouncementDraft = { title: string; body: string; emailText: boolean };

export function useAnnouncementActions(cohortId: string, author: { uid: string; name: string }) {
  const post = useMutation({
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
    mutationFn: async (announcementId: string) => {
      const { deleteDoc, docRef } = await fullFirestore();
      await deleteDoc(docRef(announcementDoc(cohortId, announcementId)));
    },
  });
  return { post, remove };
}
