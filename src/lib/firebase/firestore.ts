import {
  connectFirestoreEmulator,
  doc,
  getDoc,
  initializeFirestore,
  memoryLocalCache,
  persistentLocalCache,
  persistentMultipleTabManager,
  type Firestore,
} from 'firebase/firestore';
import { env } from '@/config/env';
import { isOwnDevice } from '@/lib/own-device';
import { firebaseApp } from './app';

// Loaded only by signed-in screens, so the sign-in page ships no Firestore code. Cohort data is
// kept on the device for offline use only when the person said it is their own.
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

declare global {
  interface Window {
    portalEmulatorProbe?: { read: (path: string) => Promise<'allowed' | string> };
  }
}

function installEmulatorProbe(firestore: Firestore) {
  window.portalEmulatorProbe = {
    read: async (path) => {
      try {
        await getDoc(doc(firestore, path));
        return 'allowed';
      } catch (error) {
        return error instanceof Error && 'code' in error ? String(error.code) : 'error';
      }
    },
  };
}

// Emulator builds only (Vite drops this branch elsewhere): lets end-to-end tests prove the rules
// from inside a signed-in page, with that page's own credentials.
if (import.meta.env.VITE_USE_EMULATORS === 'true') {
  installEmulatorProbe(db);
}
