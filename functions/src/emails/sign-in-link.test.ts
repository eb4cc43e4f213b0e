import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cohortA, programmeAdmin } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import {
  caughtEmails,
  clearInbox,
  linkIn,
  rawHeader,
  recipientOf,
  waitForEmails,
  type CaughtEmail,
} from '../../../tests/support/mail-catcher';
import { adminAuth } from '../admin';
import { callFunction } from '../testing/callables';
import { testServices } from '../testing/test-services';
import { RESEND_AFTER_MS, sendSignInLink } from './account-action';

const identityToolkit = 'http://127.0.0.1:9099/identitytoolkit.googleapis.com/v1';
const [amara, gareth] = cohortA.participants;
const linkPage = 'http://127.0.0.1:4173/sign-in/email-link?';

/** What the web SDK's signInWithEmailLink sends, straight to the emulator. */
async function signInWithLink(email: string, oobCode: string) {
  const response = await fetch(`${identityToolkit}/accounts:signInWithEmailLink?key=demo-api-key`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, oobCode }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const linkOf = (email: CaughtEmail) => new URL(linkIn(email, linkPage)).searchParams;

describe('an email sign-in link from the portal’s own sender', () => {
  beforeAll(async () => {
    await seedDemoData();
  });
  beforeEach(async () => {
    await clearInbox();
  });
  afterAll(async () => {
    await clearInbox();
  });

  it('answers the same for an unknown address, and only a known one gets a link that signs it in once', async () => {
    const known = await callFunction('requestSignInLink', null, {
      email: ` ${amara!.email.toUpperCase()} `,
      continue: `/cohorts/${cohortA.id}/journal`,
    });
    const unknown = await callFunction('requestSignInLink', null, {
      email: 'nobody.here@example.org',
    });
    expect(known).toEqual({ status: 200, result: { outcome: 'sent-if-known' } });
    expect(unknown).toEqual(known);

    const [sent] = await waitForEmails((e) => recipientOf(e) === amara!.email);
    expect(sent!.subject).toBe('Your sign-in link for the collaborative leadership portal');
    expect(sent!.text).toContain('Dear Amara,');
    expect(await rawHeader(sent!, 'List-Unsubscribe')).toBeUndefined();
    const link = linkOf(sent!);
    expect(link.get('mode')).toBe('signIn');
    expect(link.get('apiKey')).toBeTruthy();
    expect(link.get('continue')).toBe(`/cohorts/${cohortA.id}/journal`);

    const first = await signInWithLink(amara!.email, link.get('oobCode')!);
    expect(first.status).toBe(200);
    expect(first.body['localId']).toBe(amara!.uid);
    expect((await signInWithLink(amara!.email, link.get('oobCode')!)).status).toBe(400);

    await new Promise((wait) => setTimeout(wait, 500));
    expect((await caughtEmails()).map(recipientOf)).toEqual([amara!.email]);
    await expect(adminAuth().getUserByEmail('nobody.here@example.org')).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
  });

  it('sends nothing to an account whose address was never confirmed', async () => {
    const squatted = `squatted.${Date.now()}@example.org`;
    await adminAuth().createUser({
      email: squatted,
      password: 'made-by-someone-else',
      emailVerified: false,
    });
    const answer = await callFunction('requestSignInLink', null, { email: squatted });
    expect(answer).toEqual({ status: 200, result: { outcome: 'sent-if-known' } });
    await new Promise((wait) => setTimeout(wait, 1500));
    expect((await caughtEmails()).map(recipientOf)).not.toContain(squatted);
  });

  it('a link for one address does not sign in another', async () => {
    await callFunction('requestSignInLink', null, { email: gareth!.email });
    const [sent] = await waitForEmails((e) => recipientOf(e) === gareth!.email);
    const wrong = await signInWithLink(amara!.email, linkOf(sent!).get('oobCode')!);
    expect(wrong.status).toBe(400);
  });

  it('the programme team still needs their texted code after the link', async () => {
    await callFunction('requestSignInLink', null, { email: programmeAdmin.email });
    const [sent] = await waitForEmails((e) => recipientOf(e) === programmeAdmin.email);
    const answer = await signInWithLink(programmeAdmin.email, linkOf(sent!).get('oobCode')!);
    expect(answer.status).toBe(200);
    expect(answer.body['mfaPendingCredential']).toBeTruthy();
    expect(answer.body['idToken']).toBeUndefined();
  });

  it('goes at most once every few minutes to one address, and refuses a malformed one', async () => {
    const at = new Date('2027-03-01T10:00:00Z');
    const later = (ms: number) => testServices({ now: new Date(at.getTime() + ms) });
    await sendSignInLink(later(0), amara!.email, '/');
    await sendSignInLink(later(1000), amara!.email.toUpperCase(), '/');
    await sendSignInLink(later(RESEND_AFTER_MS - 1), amara!.email, '/');
    await waitForEmails((e) => recipientOf(e) === amara!.email);
    await new Promise((wait) => setTimeout(wait, 500));
    expect(await caughtEmails()).toHaveLength(1);

    const malformed = await callFunction('requestSignInLink', null, { email: 'not an address' });
    expect(malformed.status).toBe(400);
    expect(malformed.error?.message).toBe(
      'That does not look like an email address. Check it and try again.',
    );
  });
});
