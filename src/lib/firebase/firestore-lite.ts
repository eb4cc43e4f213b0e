import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore/lite';
import { env } from '@/config/env';
import { firebaseApp } from './app';

// The first view of a screen reads with Firestore Lite (one-shot reads, a quarter of the full
// SDK's size); the full SDK follows after the first render (decision 0016).
export const liteDb = getFirestore(firebaseApp);

if (env.useEmulators) {
  connectFirestoreEmulator(liteDb, env.firestoreEmulator.host, env.firestoreEmulator.port);
}
