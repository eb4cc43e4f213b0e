import { FirebaseError } from 'firebase/app';

// People see plain English, never a Firebase error code.
export function describeAuthError(error: unknown, online = navigator.onLine): string {
  if (!online) {
    return 'You seem to be offline. Check your connection and try again – nothing you typed has been lost.';
  }
  const code = error instanceof FirebaseError ? error.code : '';
  switch (code) {
    case 'auth/invalid-credential':
    case 'auth/invalid-login-credentials':
      return 'That email and password do not match an account. Check them and try again.';
    case 'auth/wrong-password':
      return 'That password is not right. Try again, or reset your password.';
    case 'auth/user-not-found':
      return 'We could not find an account with that email. Check the spelling, or ask your programme team for an invitation.';
    case 'auth/invalid-email':
      return 'That does not look like an email address. Check it and try again.';
    case 'auth/email-already-in-use':
      return 'There is already an account with that email. Sign in instead, or reset your password.';
    case 'auth/weak-password':
      return 'Choose a longer password: at least 8 characters.';
    case 'auth/missing-password':
      return 'Enter your password.';
    case 'auth/user-disabled':
      return 'This account has been switched off. Contact your programme team.';
    case 'auth/too-many-requests':
      return 'Too many attempts. Wait a few minutes, or reset your password, and try again.';
    case 'auth/network-request-failed':
      return 'We could not reach the sign-in service. Check your connection and try again – nothing you typed has been lost.';
    default:
      return 'Something went wrong on our side. Try again in a moment; if it keeps happening, contact your programme team.';
  }
}
