import { FirebaseError } from 'firebase/app';

// Apart from the SDK calls in email-link.ts, so that the forms can be tested without Firebase.

/** The link was sent to another address than the one given (or remembered on this device). */
export function isWrongAddress(error: unknown): boolean {
  const code = error instanceof FirebaseError ? error.code : '';
  return code === 'auth/invalid-email' || code === 'auth/user-mismatch';
}

export function describeEmailLinkError(error: unknown): string | null {
  const code = error instanceof FirebaseError ? error.code : '';
  switch (code) {
    case 'auth/expired-action-code':
      return 'This sign-in link has expired. Ask for a new one below.';
    case 'auth/invalid-action-code':
      return 'This sign-in link has already been used, or was not copied whole. Ask for a new one below.';
    case 'auth/invalid-email':
    case 'auth/user-mismatch':
      return 'That is not the address this link was sent to. Type the address the email went to.';
    default:
      return null;
  }
}
