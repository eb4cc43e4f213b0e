import { FirebaseError } from 'firebase/app';
import { getDocFromServer, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
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
 * connection updates the same entry and can never make a second one. When the caller does not
 * know whether the first save landed, the server is asked before choosing create or update.
 */
export async function saveEntry(
  cohortId: string,
  entryId: string,
  author: { uid: string; name: string },
  content: EntryContent,
  knownToExist: boolean,
): Promise<void> {
  const ref = journalDoc(db, cohortId, entryId).withConverter(null);
  const fields = { ...content, authorName: author.name, updatedAt: serverTimestamp() };
  const exists = knownToExist || (await getDocFromServer(ref)).exists();
  if (exists) {
    await updateDoc(ref, fields);
  } else {
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
