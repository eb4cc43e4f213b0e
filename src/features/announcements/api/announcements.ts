import { useMutation } from '@tanstack/react-query';
import { collection, deleteDoc, doc, getDocs, serverTimestamp, setDoc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { useLiveQuery } from '@/lib/firestore/live-query';
import { announcementsQuery } from '@/lib/firestore/refs';

export const announcementKeys = {
  latest: (cohortId: string) => ['cohorts', cohortId, 'announcements'] as const,
};

/** The latest `max`, and no more (each one shown is one document read), arriving without a reload. */
export function useAnnouncements(cohortId: string, max: number) {
  const query = announcementsQuery(db, cohortId, max);
  return useLiveQuery([...announcementKeys.latest(cohortId), max], query, async () =>
    (await getDocs(query)).docs.map((d) => d.data()),
  );
}

export type AnnouncementDraft = { title: string; body: string; emailText: boolean };

export function useAnnouncementActions(cohortId: string, author: { uid: string; name: string }) {
  const post = useMutation({
    mutationFn: ({ title, body, emailText }: AnnouncementDraft) =>
      setDoc(doc(collection(db, 'cohorts', cohortId, 'announcements')), {
        title: title.trim(),
        body: body.trim(),
        emailText,
        authorUid: author.uid,
        authorName: author.name,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
  });
  const remove = useMutation({
    mutationFn: (announcementId: string) =>
      deleteDoc(doc(db, 'cohorts', cohortId, 'announcements', announcementId)),
  });
  return { post, remove };
}
