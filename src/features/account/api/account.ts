import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { FirebaseError } from 'firebase/app';
import {
  EmailAuthProvider,
  reauthenticateWithCredential,
  updatePassword,
  updateProfile,
} from 'firebase/auth';
import { deleteField } from 'firebase/firestore';
import { auth } from '@/lib/firebase/app';
import { db, doc, getDoc, updateDoc } from '@/lib/firebase/firestore';

/** What a person says about themselves; the people lists show it through their memberships. */
export type OwnProfile = { displayName: string; organisation: string; jobTitle: string };

export const accountKeys = {
  profile: (uid: string) => ['account', uid, 'profile'] as const,
};

async function fetchProfile(uid: string): Promise<OwnProfile> {
  const data = (await getDoc(doc(db, 'users', uid))).data() ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    displayName: text(data['displayName']) || (auth.currentUser?.displayName ?? ''),
    organisation: text(data['organisation']),
    jobTitle: text(data['jobTitle']),
  };
}

export const ownProfileQuery = (uid: string) =>
  queryOptions({ queryKey: accountKeys.profile(uid), queryFn: () => fetchProfile(uid) });

export const useOwnProfile = (uid: string) => useSuspenseQuery(ownProfileQuery(uid));

/**
 * Saves the profile; the nameChange function then carries it to the memberships (and the name to
 * what the person wrote). A cleared organisation or job title is removed, as the rules want.
 */
export async function saveOwnProfile(uid: string, profile: OwnProfile): Promise<void> {
  const kept = (value: string) => value.trim() || deleteField();
  await updateDoc(doc(db, 'users', uid), {
    displayName: profile.displayName.trim(),
    organisation: kept(profile.organisation),
    jobTitle: kept(profile.jobTitle),
  });
  const user = auth.currentUser;
  if (user && user.displayName !== profile.displayName.trim()) {
    await updateProfile(user, { displayName: profile.displayName.trim() });
  }
}

/** Firebase asks for a recent sign-in before a new password: the current one is checked first. */
export async function changePassword(current: string, next: string): Promise<void> {
  const user = auth.currentUser;
  if (!user?.email) throw new Error('You are signed out. Sign in again to continue.');
  await reauthenticateWithCredential(user, EmailAuthProvider.credential(user.email, current));
  await updatePassword(user, next);
}

export function describePasswordError(error: unknown): {
  field: 'current-password' | 'new-password' | null;
  message: string;
} {
  const code = error instanceof FirebaseError ? error.code : '';
  switch (code) {
    case 'auth/invalid-credential':
    case 'auth/invalid-login-credentials':
    case 'auth/wrong-password':
      return { field: 'current-password', message: 'Your current password is not right.' };
    case 'auth/weak-password':
      return { field: 'new-password', message: 'Choose a longer password: at least 8 characters.' };
    case 'auth/too-many-requests':
      return { field: null, message: 'Too many attempts. Wait a few minutes and try again.' };
    case 'auth/network-request-failed':
      return {
        field: null,
        message: 'We could not reach the sign-in service. Check your connection and try again.',
      };
    default:
      return {
        field: null,
        message: 'Your password could not be changed. Try again in a moment.',
      };
  }
}
