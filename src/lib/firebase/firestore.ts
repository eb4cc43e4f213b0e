import {
  connectFirestoreEmulator,
  getDoc,
  getDocs,
  initializeFirestore,
  memoryLocalCache,
  onSnapshot,
  persistentLocalCache,
  persistentMultipleTabManager,
} from 'firebase/firestore';
import { env } from '@/config/env';
import { toCollectionRef, toDocRef, toQuery } from '@/lib/firestore/to-full-sdk';
import type { WithId } from '@/lib/firestore/converters';
import type { CollectionSpec, DocSpec, QuerySpec } from '@/lib/firestore/ref-spec';
import { markFullFirestoreLoaded } from '@/lib/firestore/read';
import { isOwnDevice } from '@/lib/own-device';
import { firebaseApp } from './app';

// For writes from modules on a first view, which reach the SDK only through fullFirestore().
export { deleteDoc, doc, getDoc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';

// The full SDK: live updates, writes and, on one's own device, the offline cache. Screens' first
// views read with Firestore Lite and load this after they show (lib/firestore/read.ts). Cohort
// data is kept on the device for offline use only when the person said it is their own.
// Long polling can be forced for networks whose proxies break streaming; the benchmark forces it
// so that each response is complete and its documents can be counted.
export const db = initializeFirestore(firebaseApp, {
  ...(env.forceLongPolling ? { experimentalForceLongPolling: true } : {}),
  localCache: isOwnDevice()
    ? persistentLocalCache({ tabManager: persistentMultipleTabManager() })
    : memoryLocalCache(),
});

if (env.useEmulators) {
  connectFirestoreEmulator(db, env.firestoreEmulator.host, env.firestoreEmulator.port);
}

markFullFirestoreLoaded();
// For the benchmark: when the full SDK arrived, which should be after the first view has shown.
performance.mark('full-firestore-loaded');

export const docRef = <T>(spec: DocSpec<T>) => toDocRef(db, spec);
export const collectionRef = <T>(spec: CollectionSpec<T>) => toCollectionRef(db, spec);
export const queryRef = <T>(spec: QuerySpec<T>) => toQuery(db, spec);

export const readDocFull = async <T>(spec: DocSpec<T>) => (await getDoc(docRef(spec))).data();
export const readQueryFull = async <T>(spec: QuerySpec<T>) =>
  (await getDocs(queryRef(spec))).docs.map((d) => ({ path: d.ref.path, data: d.data() }));

/** Calls `onData` with the document or the query's documents now and after every change. */
export function listen<T>(
  spec: DocSpec<T> | QuerySpec<T>,
  onData: (data: WithId<T> | WithId<T>[] | null) => void,
  onError: (error: { code: string }) => void,
): () => void {
  return spec.kind === 'doc'
    ? onSnapshot(docRef(spec), (snapshot) => onData(snapshot.data() ?? null), onError)
    : onSnapshot(queryRef(spec), (snapshot) => onData(snapshot.docs.map((d) => d.data())), onError);
}
