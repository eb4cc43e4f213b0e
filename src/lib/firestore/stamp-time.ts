import { serverTimestamp, setDoc } from 'firebase/firestore/lite';
import { liteDb } from '@/lib/firebase/firestore-lite';
import type { DocSpec } from './ref-spec';
import { fullFirestore, readWithFullSdk } from './read';
import { toLiteDocRef } from './to-lite-sdk';

/**
 * Sets one field of a document to the server's time, merged into what is there. Before the full
 * SDK has loaded (a dashboard marking its news seen as it first shows) this goes through Firestore
 * Lite, so the first view does not wait on the full SDK; afterwards, and without a connection, the
 * full SDK takes it, so its cache and its queue of offline writes see it.
 */
export async function stampServerTime<T>(spec: DocSpec<T>, field: string): Promise<void> {
  if (readWithFullSdk()) {
    const full = await fullFirestore();
    await full.setDoc(
      full.docRef(spec).withConverter(null),
      { [field]: full.serverTimestamp() },
      { merge: true },
    );
    return;
  }
  await setDoc(
    toLiteDocRef(liteDb, spec).withConverter(null),
    { [field]: serverTimestamp() },
    { merge: true },
  );
}
