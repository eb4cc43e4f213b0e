import {
  browserSessionPersistence,
  indexedDBLocalPersistence,
  setPersistence,
  signInWithEmailAndPassword,
  signOut,
} from 'firebase/auth';
import { auth } from '@/lib/firebase/app';
import { deleteFirestoreCache, setOwnDevice } from '@/lib/own-device';
import { requestPasswordResetEmail } from './account-actions';

// On a device the person has not called their own, the session lives in this tab only: closing it
// (or the browser) signs them out, so the next person at a shared computer cannot open their journal.
export const sessionFor = (ownDevice: boolean) =>
  setPersistence(auth, ownDevice ? indexedDBLocalPersistence : browserSessionPersistence);

/** Signs in; on a device the person has not called their own, nothing is kept after. */
export async function signIn(email: string, password: string, ownDevice: boolean): Promise<void> {
  await sessionFor(ownDevice);
  await signInWithEmailAndPassword(auth, email.trim(), password);
  setOwnDevice(ownDevice);
  if (!ownDevice) await deleteFirestoreCache();
}

export async function requestPasswordReset(email: string): Promise<void> {
  await requestPasswordResetEmail(email, '/');
}

export async function signOutOfPortal(): Promise<void> {
  await signOut(auth);
}

/** Re-reads the account so a just-verified email counts, including in the token the rules see. */
export async function refreshVerification(): Promise<boolean> {
  const user = auth.currentUser;
  if (!user) return false;
  await user.reload();
  if (user.emailVerified) await user.getIdToken(true);
  return user.emailVerified;
}
