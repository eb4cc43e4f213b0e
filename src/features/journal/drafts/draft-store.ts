import { clear, createStore, del, entries, get, set } from 'idb-keyval';
import type { EntryContent } from '../api/save-entry';

// Drafts live in IndexedDB until the server has the same text, so nothing written is lost to a
// reload, a closed tab or a dropped connection.
export type Draft = EntryContent & {
  uid: string;
  cohortId: string;
  entryId: string;
  savedLocallyAt: number;
  refusedByServer: boolean;
};

const store = createStore('portal-drafts', 'journal');
const keyOf = (uid: string, cohortId: string, entryId: string) => `${uid}/${cohortId}/${entryId}`;

export const readDraft = (uid: string, cohortId: string, entryId: string) =>
  get<Draft>(keyOf(uid, cohortId, entryId), store);

export const writeDraft = (draft: Draft) =>
  set(keyOf(draft.uid, draft.cohortId, draft.entryId), draft, store);

export const removeDraft = (uid: string, cohortId: string, entryId: string) =>
  del(keyOf(uid, cohortId, entryId), store);

export async function listDrafts(uid: string, cohortId: string): Promise<Draft[]> {
  const prefix = `${uid}/${cohortId}/`;
  return (await entries<string, Draft>(store))
    .filter(([key]) => key.startsWith(prefix))
    .map(([, draft]) => draft);
}

/** Every draft this person has on the device, in any cohort. */
export async function listAllDrafts(uid: string): Promise<Draft[]> {
  return (await entries<string, Draft>(store))
    .filter(([key]) => key.startsWith(`${uid}/`))
    .map(([, draft]) => draft);
}

/** On a shared device, signing out takes the person's unsaved text with them (after a warning). */
export const clearAllDrafts = () => clear(store);

/** True when the draft holds something the saved entry does not. */
export function differsFrom(draft: EntryContent, saved: EntryContent | null): boolean {
  if (!saved) return draft.title.trim() !== '' || draft.body.trim() !== '';
  return (
    draft.title !== saved.title ||
    draft.body !== saved.body ||
    draft.visibility !== saved.visibility ||
    draft.moduleId !== saved.moduleId
  );
}
