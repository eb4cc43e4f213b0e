import { deleteApp, initializeApp } from 'firebase/app';
import {
  connectAuthEmulator,
  createUserWithEmailAndPassword,
  getAuth,
  sendSignInLinkToEmail,
  signInWithEmailLink,
  signOut,
} from 'firebase/auth';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { adminAuth } from '../admin';
import { SIGN_UP_BY_LINK_REFUSED } from './account-creation';

// The web SDK itself, as anyone with the portal's public API key can drive it from a console,
// against the Auth emulator, which asks the exported blocking function as Firebase Auth would.
const app = initializeApp(
  { apiKey: 'demo-api-key', projectId: 'demo-leadership-portal' },
  'side-door-sign-up',
);
const auth = getAuth(app);
connectAuthEmulator(auth, 'http://127.0.0.1:9099', { disableWarnings: true });
const linkSettings = {
  url: 'http://127.0.0.1:4173/sign-in/email-link',
  handleCodeInApp: true,
};

/** The link in the email Firebase itself would send: the emulator keeps it instead. */
async function firebaseOwnLinkFor(email: string): Promise<string> {
  const response = await fetch(
    'http://127.0.0.1:9099/emulator/v1/projects/demo-leadership-portal/oobCodes',
  );
  const { oobCodes } = (await response.json()) as {
    oobCodes: { email: string; requestType: string; oobLink: string }[];
  };
  const sent = oobCodes.findLast(
    (code) => code.email === email && code.requestType === 'EMAIL_SIGNIN',
  );
  if (!sent) throw new Error(`Firebase made no sign-in link for ${email}.`);
  return sent.oobLink;
}

const fresh = (name: string) => `${name}.${Date.now()}@example.org`;

describe('accounts are made only through the portal’s sign-up', () => {
  afterEach(async () => {
    await signOut(auth);
  });
  afterAll(async () => {
    await deleteApp(app);
  });

  it('refuses a new account made by opening Firebase’s own sign-in link, and keeps none', async () => {
    const address = fresh('side.door');
    await sendSignInLinkToEmail(auth, address, linkSettings);
    const link = await firebaseOwnLinkFor(address);

    const refused = await signInWithEmailLink(auth, address, link).then(
      () => null,
      (error: unknown) => error as { code: string; message: string },
    );
    expect(refused?.code).toBe('auth/internal-error');
    expect(refused?.message).toContain(SIGN_UP_BY_LINK_REFUSED);
    expect(auth.currentUser).toBeNull();
    await expect(adminAuth().getUserByEmail(address)).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
  });

  it('still signs in an existing account with an email link', async () => {
    const address = fresh('has.account');
    const existing = await adminAuth().createUser({ email: address, emailVerified: true });
    await sendSignInLinkToEmail(auth, address, linkSettings);
    const { user } = await signInWithEmailLink(auth, address, await firebaseOwnLinkFor(address));
    expect(user.uid).toBe(existing.uid);
  });

  it('still lets a new person sign up with a password', async () => {
    const address = fresh('signs.up');
    const { user } = await createUserWithEmailAndPassword(
      auth,
      address,
      'a-long-new-password-2027',
    );
    expect((await adminAuth().getUserByEmail(address)).uid).toBe(user.uid);
  });
});
