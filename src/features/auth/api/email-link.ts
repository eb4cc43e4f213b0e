import { isSignInWithEmailLink, signInWithEmailLink } from 'firebase/auth';
import { auth } from '@/lib/firebase/app';
import { secondFactorChallenge } from '@/lib/firebase/second-factor';
import type { SecondFactorChallenge } from '@/lib/firebase/second-factor-messages';
import { deleteFirestoreCache, setOwnDevice } from '@/lib/own-device';
import { sessionFor } from './session-actions';

// Firebase's email-link sign-in needs the address again when the link is opened. On the device
// where it was asked for, the portal remembers it; on another one, the person types it (so a
// forwarded or intercepted link alone signs nobody in).
const rememberedKey = 'portal.emailForSignIn';

export function rememberAddress(email: string): void {
  try {
    localStorage.setItem(rememberedKey, email.trim());
  } catch {
    // Storage refused (private browsing): the page asks for the address when the link is opened.
  }
}

export function rememberedAddress(): string | null {
  try {
    return localStorage.getItem(rememberedKey);
  } catch {
    return null;
  }
}

function forgetAddress(): void {
  try {
    localStorage.removeItem(rememberedKey);
  } catch {
    // Nothing was stored.
  }
}

export const isEmailSignInLink = (href: string) => isSignInWithEmailLink(auth, href);

/** Asks for a link; the answer is the same whether or not the address has an account. */
export async function requestSignInLink(email: string, next: string): Promise<void> {
  const { callable } = await import('@/lib/firebase/functions');
  await callable('requestSignInLink')({ email: email.trim(), continue: next });
}

/**
 * Signs in with the emailed link, for this tab only (the person has not said the device is their
 * own). The programme team's accounts stop for their texted code, as at every sign-in.
 */
export async function completeEmailSignIn(
  email: string,
  href: string,
): Promise<SecondFactorChallenge | null> {
  await sessionFor(false);
  const signedIn = async () => {
    forgetAddress();
    setOwnDevice(false);
    await deleteFirestoreCache();
  };
  try {
    await signInWithEmailLink(auth, email.trim(), href);
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
