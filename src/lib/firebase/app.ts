import { initializeApp } from 'firebase/app';
import {
  browserLocalPersistence,
  browserSessionPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
} from 'firebase/auth';
import { env } from '@/config/env';
import { startAppCheck } from './app-check';

export const firebaseApp = initializeApp(env.firebase);

startAppCheck(firebaseApp, env);

// initializeAuth without the popup resolver keeps the sign-in bundle small; we only use email and password.
// Session storage is last: it holds the sign-in of someone on a shared device (see session-actions).
export const auth = initializeAuth(firebaseApp, {
  persistence: [indexedDBLocalPersistence, browserLocalPersistence, browserSessionPersistence],
});

// The build's own setting too, so a production build leaves the emulator code out.
if (import.meta.env.VITE_USE_EMULATORS === 'true' && env.useEmulators) {
  connectAuthEmulator(auth, env.authEmulatorUrl, { disableWarnings: true });
}
