import { FirebaseError } from 'firebase/app';
import { EmailAuthProvider, reauthenticateWithCredential } from 'firebase/auth';
import { auth } from '@/lib/firebase/app';

// The functions refuse an erasure or a programme-team change unless the password was entered in
// the last five minutes (functions/src/callable/recent-sign-in.ts), and say so in the error's
// details; the screen then asks for the password and tries once more.
const RECENT_SIGN_IN_REQUIRED = 'recent-sign-in-required';

export function needsRecentSignIn(error: unknown): boolean {
  if (!(error instanceof FirebaseError)) return false;
  const details = (error as FirebaseError & { details?: unknown }).details;
  return (
    typeof details === 'object' &&
    details !== null &&
    'reason' in details &&
    details.reason === RECENT_SIGN_IN_REQUIRED
  );
}

/** Signs in again with the same account; the next call carries a fresh sign-in time. */
export async function confirmPassword(password: string): Promise<void> {
  const user = auth.currentUser;
  if (!user?.email) throw new Error('You are signed out. Sign in again to continue.');
  await reauthenticateWithCredential(user, EmailAuthProvider.credential(user.email, password));
}

export function describeConfirmError(error: unknown): string {
  const code = error instanceof FirebaseError ? error.code : '';
  switch (code) {
    case 'auth/invalid-credential':
    case 'auth/invalid-login-credentials':
    case 'auth/wrong-password':
      return 'That password is not right. Try again, or cancel and nothing will change.';
    case 'auth/missing-password':
      return 'Enter your password.';
    case 'auth/too-many-requests':
      return 'Too many attempts. Wait a few minutes and try again.';
    case 'auth/network-request-failed':
      return 'We could not reach the sign-in service. Check your connection and try again.';
    default:
      return error instanceof Error && !(error instanceof FirebaseError)
        ? error.message
        : 'Your password could not be checked. Try again in a moment.';
  }
}
