import { connectFirestoreEmulator, initializeFirestore } from 'firebase/firestore';
import { env } from '@/config/env';
import { firebaseApp } from './app';

// Loaded only by signed-in screens, so the sign-in page ships no Firestore code.
export const db = initializeFirestore(firebaseApp, {});

if (env.useEmulators) {
  connectFirestoreEmulator(db, env.firestoreEmulator.host, env.firestoreEmulator.port);
}
