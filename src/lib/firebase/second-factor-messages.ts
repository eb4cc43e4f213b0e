import { FirebaseError } from 'firebase/app';

// What the second-factor screens show, apart from the SDK so that forms can be tested without
// starting Firebase.

/**
 * The second step of a sign-in (or of entering the password again) for an account with a phone
 * as its second factor: text the code, then check it. `phoneHint` is the number as Firebase shows
 * it, with all but the last digits hidden.
 */
export type SecondFactorChallenge = {
  phoneHint: string;
  send: () => Promise<void>;
  confirm: (code: string) => Promise<void>;
};

/** A UK number may be typed as it is dialled at home (07…); Firebase wants it with +44. */
export function internationalPhoneNumber(typed: string): string | null {
  const compact = typed.replace(/[\s()-]/g, '');
  const international = compact.startsWith('0') ? `+44${compact.slice(1)}` : compact;
  return /^\+[1-9]\d{7,14}$/.test(international) ? international : null;
}

export function describeSecondFactorError(error: unknown): string {
  const code = error instanceof FirebaseError ? error.code : '';
  switch (code) {
    case 'auth/invalid-verification-code':
    case 'auth/missing-code':
      return 'That code is not right. Check the text message and try again.';
    case 'auth/code-expired':
      return 'That code has expired. Send a new one and enter it.';
    case 'auth/invalid-phone-number':
    case 'auth/missing-phone-number':
      return 'Enter a mobile number, such as 07700 900123 or +44 7700 900123.';
    case 'auth/second-factor-already-in-use':
      return 'That number is already your second factor.';
    case 'auth/requires-recent-login':
      return 'For your safety, sign out and sign in again, then try once more.';
    case 'auth/unverified-email':
      return 'Confirm your email address first, then add a phone.';
    case 'auth/too-many-requests':
      return 'Too many attempts. Wait a few minutes and try again.';
    case 'auth/network-request-failed':
      return 'We could not reach the sign-in service. Check your connection and try again.';
    default:
      return error instanceof Error && !(error instanceof FirebaseError)
        ? error.message
        : 'Something went wrong on our side. Try again in a moment.';
  }
}
