import { FirebaseError } from 'firebase/app';
import {
  getDocFromServer,
  serverTimestamp,
  setDoc,
  updateDoc,
  type DocumentSnapshot,
} from 'firebase/firestore';
import { docRef } from '@/lib/firebase/firestore';
import { journalDoc } from '@/lib/firestore/refs';
import type { JournalEntry, Visibility } from '@/lib/firestore/schemas';

export type EntryContent = {
  moduleId: string;
  title: string;
  body: string;
  visibility: Visibility;
};

export type SavedVersion = EntryContent & { revision: number };

/** The entry was saved from another tab or device since this text's revision. */
export class EditConflict extends Error {
  constructor(readonly theirs: SavedVersion) {
    super('This reflection was changed somewhere else.');
  }
}

function versionOf(snapshot: DocumentSnapshot<JournalEntry>): SavedVersion | null {
  const entry = snapshot.data();
  if (!entry) return null;
  const { moduleId, title, body, visibility, revision } = entry;
  return { moduleId, title, body, visibility, revision };
}

/**
 * Saves under the entry's own id, chosen when writing began, so a retry after a reload or a lost
 * connection updates the same entry and can never make a second one. `baseRevision` is the
 * revision this text was written on, or null when it is not known whether the first save landed;
 * then the server is asked. Resolves with the entry's new revision.
 */
export async function saveEntry(
  cohortId: string,
  entryId: string,
  author: { uid: string; name: string },
  content: EntryContent,
  baseRevision: number | null,
): Promise<number> {
  const ref = docRef(journalDoc(cohortId, entryId));
  const fields = { ...content, authorName: author.name, updatedAt: serverTimestamp() };
  const create = async () => {
    await setDoc(ref.withConverter(null), {
      ...fields,
      authorUid: author.uid,
      revision: 0,
      createdAt: serverTimestamp(),
    });
    return 0;
  };
  // Only this editor knows the new entry's id, so an entry already there is its own first save.
  const base = baseRevision ?? versionOf(await getDocFromServer(ref))?.revision ?? null;
  if (base === null) return create();
  try {
    await updateDoc(ref.withConverter(null), { ...fields, revision: base + 1 });
    return base + 1;
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const server = versionOf(await getDocFromServer(ref));
    // Deleted elsewhere while this text was open: the text the author is writing wins.
    if (!server) return create();
    if (server.revision !== base) throw new EditConflict(server);
    throw error;
  }
}

/** The server refused the text itself (rules or shape), as opposed to a dropped connection. */
export function isRefusal(error: unknown): boolean {
  return (
    error instanceof FirebaseError &&
    ['permission-denied', 'invalid-argument', 'failed-precondition'].includes(error.code)
  );
}
