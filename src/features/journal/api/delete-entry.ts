import { getDocs, writeBatch } from 'firebase/firestore';
import { collectionRef, db, docRef } from '@/lib/firebase/firestore';
import { commentsCollection, journalDoc } from '@/lib/firestore/refs';

/** Removes an entry and every comment on it, in one batch, so no orphaned comment survives it. */
export async function deleteEntry(cohortId: string, entryId: string): Promise<void> {
  const comments = await getDocs(collectionRef(commentsCollection(cohortId, entryId))).catch(
    () => null,
  );
  const batch = writeBatch(db);
  comments?.docs.forEach((comment) => batch.delete(comment.ref));
  batch.delete(docRef(journalDoc(cohortId, entryId)));
  await batch.commit();
}
