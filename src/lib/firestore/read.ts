import { getDoc, getDocs } from 'firebase/firestore/lite';
import { liteDb } from '@/lib/firebase/firestore-lite';
import type { WithId } from './converters';
import type { DocSpec, QuerySpec } from './ref-spec';
import { toLiteDocRef, toLiteQuery } from './to-lite-sdk';

type FullFirestore = typeof import('@/lib/firebase/firestore');

let fullLoaded = false;
let loading: Promise<FullFirestore> | undefined;

/** The full SDK, loaded once: for listeners, writes and the offline cache. */
export function fullFirestore(): Promise<FullFirestore> {
  loading ??= import('@/lib/firebase/firestore');
  return loading;
}

/** Called by the full SDK's module when it loads, however it was reached. */
export function markFullFirestoreLoaded() {
  fullLoaded = true;
}

// Once the full SDK is here every read goes through it, so it sees this device's own pending
// writes and fills the offline cache. Without a connection only it can answer, from that cache.
const readWithFullSdk = () => fullLoaded || !navigator.onLine;

export async function readDoc<T>(spec: DocSpec<T>): Promise<WithId<T> | undefined> {
  if (readWithFullSdk()) return (await fullFirestore()).readDocFull(spec);
  return (await getDoc(toLiteDocRef(liteDb, spec))).data();
}

/** A query's documents, each with its path (a collection group's results sit in many places). */
export async function readQueryDocs<T>(
  spec: QuerySpec<T>,
): Promise<{ path: string; data: WithId<T> }[]> {
  if (readWithFullSdk()) return (await fullFirestore()).readQueryFull(spec);
  const snapshot = await getDocs(toLiteQuery(liteDb, spec));
  return snapshot.docs.map((d) => ({ path: d.ref.path, data: d.data() }));
}

export async function readQuery<T>(spec: QuerySpec<T>): Promise<WithId<T>[]> {
  return (await readQueryDocs(spec)).map((d) => d.data);
}

declare global {
  interface Window {
    portalEmulatorProbe?: { read: (path: string) => Promise<'allowed' | string> };
  }
}

// Emulator builds only (Vite drops this branch elsewhere): lets end-to-end tests prove the rules
// from inside a signed-in page, with that page's own credentials and the SDK its listeners use.
if (import.meta.env.VITE_USE_EMULATORS === 'true') {
  window.portalEmulatorProbe = {
    read: async (path) => {
      const { db, doc, getDoc } = await fullFirestore();
      try {
        await getDoc(doc(db, path));
        return 'allowed';
      } catch (error) {
        return error instanceof Error && 'code' in error ? String(error.code) : 'error';
      }
    },
  };
}
