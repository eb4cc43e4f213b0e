import {
  browserSessionPersistence,
  indexedDBLocalPersistence,
  setPersistence,
  signInWithEmailAndPassword,
  signOut,
} from 'firebase/auth';
import { auth } from '@/lib/firebase/app';
import { secondFactorChallenge } from '@/lib/firebase/second-factor';
import type { SecondFactorChallenge } from '@/lib/firebase/second-factor-messages';
import { deleteFirestoreCache, setOwnDevice } from '@/lib/own-device';
import { requestPasswordResetEmail } from './account-actions';

// On a device the person has not called their own, the session lives in this tab only: closing it
// (or the browser) signs them out, so the next person at a shared computer cannot open their journal.
export const sessionFor = (ownDevice: boolean) =>
  setPersistence(auth, ownDevice ? indexedDBLocalPersistence : browserSessionPersistence);

/**
 * Signs in; on a device the person has not called their own, nothing is kept after. An account
 * with a second factor (the programme team's) is not signed in until its code is confirmed: the
 * challenge is returned for the form's second step, which finishes the sign-in.
 */
export async function signIn(
  email: string,
  password: string,
  ownDevice: boolean,
): Promise<SecondFactorChallenge | null> {
  await sessionFor(ownDevice);
  const signedIn = async () => {
    setOwnDevice(ownDevice);
    if (!ownDevice) await deleteFirestoreCache();
  };
  try {
    await signInWithEmailAndPassword(auth, email.trim(), password);
  } catch (error) {
    const challenge = secondFactorChallenge(error);
    if (!challenge) throw error;
    return {
      ...challenge,
      confirm: async (code) => {
        await challenge.confirm(code);
        await signedIn();
      },
    };
  }
  await signedIn();
  return null;
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
