import { useMutation } from '@tanstack/react-query';
import { collection, deleteDoc, doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { useLiveQuery } from '@/lib/firestore/live-query';
import { commentsQuery } from '@/lib/firestore/refs';
import { journalKeys } from './journal-keys';

export function useComments(cohortId: string, entryId: string, cohortWideOnly: boolean) {
  return useLiveQuery(
    journalKeys.comments(cohortId, entryId, cohortWideOnly),
    commentsQuery(cohortId, entryId, cohortWideOnly),
  );
}

const commentPath = (cohortId: string, entryId: string) =>
  ['cohorts', cohortId, 'journal', entryId, 'comments'] as const;

export function useCommentActions(
  cohortId: string,
  entryId: string,
  author: { uid: string; name: string },
  audience: 'facilitators' | 'cohort',
) {
  const add = useMutation({
    mutationFn: (body: string) =>
      setDoc(doc(collection(db, ...commentPath(cohortId, entryId))), {
        authorUid: author.uid,
        authorName: author.name,
        body: body.trim(),
        visibility: audience,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
  });
  const edit = useMutation({
    mutationFn: ({ commentId, body }: { commentId: string; body: string }) =>
      updateDoc(doc(db, ...commentPath(cohortId, entryId), commentId), {
        body: body.trim(),
        updatedAt: serverTimestamp(),
      }),
  });
  const remove = useMutation({
    mutationFn: (commentId: string) =>
      deleteDoc(doc(db, ...commentPath(cohortId, entryId), commentId)),
  });
  return { add, edit, remove };
}
