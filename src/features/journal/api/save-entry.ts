import { FirebaseError } from 'firebase/app';
import { serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { journalDoc } from '@/lib/firestore/refs';
import type { Visibility } from '@/lib/firestore/schemas';

export type EntryContent = {
  moduleId: string;
  title: string;
  body: string;
  visibility: Visibility;
};

/**
 * Saves under the entry's own id, chosen when writing began, so a retry after a reload or a lost
 * connection updates the same entry and can never make a second one.
 */
export async function saveEntry(
  cohortId: string,
  entryId: string,
  author: { uid: string; name: string },
  content: EntryContent,
): Promise<void> {
  const ref = journalDoc(db, cohortId, entryId).withConverter(null);
  const fields = { ...content, authorName: author.name, updatedAt: serverTimestamp() };
  try {
    await updateDoc(ref, fields);
  } catch (error) {
    if (!(error instanceof FirebaseError) || error.code !== 'not-found') throw error;
    await setDoc(ref, { ...fields, authorUid: author.uid, createdAt: serverTimestamp() });
  }
}

/** The server refused the text itself (rules or shape), as opposed to a dropped connection. */
export function isRefusal(error: unknown): boolean {
  return (
    error instanceof FirebaseError &&
    ['permission-denied', 'invalid-argument', 'failed-precondition'].includes(error.code)
  );
}
