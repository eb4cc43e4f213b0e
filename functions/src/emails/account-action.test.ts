import { FieldValue } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cohortA, DEMO_PASSWORD } from '../../../scripts/seed/demo-people';
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
import { adminAuth, adminDb } from '../admin';
import { callFunction, idTokenOf } from '../testing/callables';
import { testServices } from '../testing/test-services';
import { RESEND_AFTER_MS, sendPasswordReset, sendVerificationEmail } from './account-action';

const identityToolkit = 'http://127.0.0.1:9099/identitytoolkit.googleapis.com/v1';
const newcomer = { email: 'new.account@example.org', displayName: 'Dr Morgan Ellis' };
const [amara] = cohortA.participants;
const actionPage = 'http://127.0.0.1:4173/account/action?';

/** What the web SDK's applyActionCode and confirmPasswordReset send, straight to the emulator. */
async function identity(method: string, body: Record<string, string>) {
  const response = await fetch(`${identityToolkit}/accounts:${method}?key=demo-api-key`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const actionOf = (email: CaughtEmail) => new URL(linkIn(email, actionPage)).searchParams;
const sender = (email: CaughtEmail) => email.from.map((from) => from.address);

describe('account emails from the portal’s own sender', () => {
  let uid: string;
  let invitation: CaughtEmail;

  beforeAll(async () => {
    await seedDemoData();
    await clearInbox();
    // Every other email's sender, to compare with: an invitation, as the trigger sends it.
    await adminDb().doc(`cohorts/${cohortA.id}/invitations/${newcomer.email}`).set({
      email: newcomer.email,
      role: 'participant',
      invitedBy: cohortA.facilitators[0]!.uid,
      createdAt: FieldValue.serverTimestamp(),
    });
    [invitation] = (await waitForEmails((e) => recipientOf(e) === newcomer.email)) as [CaughtEmail];
  });
  afterAll(async () => {
    await adminDb().doc(`cohorts/${cohortA.id}/invitations/${newcomer.email}`).delete();
    await adminAuth()
      .getUserByEmail(newcomer.email)
      .then((user) => adminAuth().deleteUser(user.uid))
      .catch(() => undefined);
  });
  beforeEach(async () => {
    await clearInbox();
    await adminAuth()
      .getUserByEmail(newcomer.email)
      .then((user) => adminAuth().deleteUser(user.uid))
      .catch(() => undefined);
    uid = (await adminAuth().createUser({ ...newcomer, password: DEMO_PASSWORD })).uid;
  });

  it('a new person confirms their own address through a link to the portal', async () => {
    const token = await idTokenOf(newcomer.email);
    const answer = await callFunction<{ outcome: string }>('requestVerificationEmail', token, {
      continue: `/cohorts/${cohortA.id}`,
    });
    expect(answer).toMatchObject({ status: 200, result: { outcome: 'sent' } });

    const [sent] = await waitForEmails(
      (e) => recipientOf(e) === newcomer.email && e.subject.startsWith('Confirm'),
    );
    expect(sent!.subject).toBe('Confirm your email address for the leadership portal');
    expect(sent!.text).toContain('Dear Morgan,');
    expect(sender(sent!)).toEqual(sender(invitation));
    expect(await rawHeader(sent!, 'List-Unsubscribe')).toBeUndefined();
    const action = actionOf(sent!);
    expect(action.get('mode')).toBe('verifyEmail');
    expect(action.get('continue')).toBe(`/cohorts/${cohortA.id}`);

    expect((await identity('update', { oobCode: action.get('oobCode')! })).status).toBe(200);
    expect((await adminAuth().getUser(uid)).emailVerified).toBe(true);
    expect((await identity('update', { oobCode: action.get('oobCode')! })).status).toBe(400);
    const again = await callFunction<{ outcome: string }>('requestVerificationEmail', token, {});
    expect(again.result).toEqual({ outcome: 'already-verified' });
  });

  it('is refused without a sign-in, and only ever goes to the caller’s own address', async () => {
    const anonymous = await callFunction('requestVerificationEmail', null, {});
    expect(anonymous.status).toBe(401);
    const token = await idTokenOf(newcomer.email);
    await callFunction('requestVerificationEmail', token, { email: amara!.email });
    await waitForEmails((e) => recipientOf(e) === newcomer.email);
    expect((await caughtEmails()).map(recipientOf)).toEqual([newcomer.email]);
  });

  it('asked for again within a few minutes, sends nothing more; after them, a fresh link', async () => {
    const at = new Date('2027-03-01T10:00:00Z');
    const later = (ms: number) => testServices({ now: new Date(at.getTime() + ms) });
    expect(await sendVerificationEmail(later(0), uid, '/')).toBe('sent');
    expect(await sendVerificationEmail(later(60_000), uid, '/')).toBe('recently-sent');
    expect(await sendVerificationEmail(later(RESEND_AFTER_MS), uid, '/')).toBe('sent');
    await waitForEmails((e) => recipientOf(e) === newcomer.email, 2);
    await new Promise((wait) => setTimeout(wait, 500));
    expect(await caughtEmails()).toHaveLength(2);
  });

  it('a continue address off the portal is replaced by the portal’s home', async () => {
    const token = await idTokenOf(newcomer.email);
    await callFunction('requestVerificationEmail', token, { continue: '//evil.example/x' });
    const [sent] = await waitForEmails((e) => recipientOf(e) === newcomer.email);
    expect(actionOf(sent!).get('continue')).toBe('/');
  });

  it('a password reset gives the same answer for an unknown address and emails only a known one', async () => {
    const known = await callFunction('requestPasswordReset', null, { email: ` ${amara!.email} ` });
    const unknown = await callFunction('requestPasswordReset', null, {
      email: 'nobody.here@example.org',
    });
    expect(known).toEqual({ status: 200, result: { outcome: 'sent-if-known' } });
    expect(unknown).toEqual(known);

    const [sent] = await waitForEmails((e) => recipientOf(e) === amara!.email);
    expect(sent!.subject).toBe('Reset your password for the leadership portal');
    expect(sender(sent!)).toEqual(sender(invitation));
    expect(await rawHeader(sent!, 'List-Unsubscribe')).toBeUndefined();
    const action = actionOf(sent!);
    expect(action.get('mode')).toBe('resetPassword');
    const oobCode = action.get('oobCode')!;
    expect((await identity('resetPassword', { oobCode })).body['email']).toBe(amara!.email);
    expect(
      (await identity('resetPassword', { oobCode, newPassword: 'A-new-password-2027' })).status,
    ).toBe(200);
    const signIn = await identity('signInWithPassword', {
      email: amara!.email,
      password: 'A-new-password-2027',
    });
    expect(signIn.status).toBe(200);
    await adminAuth().updateUser(amara!.uid, { password: DEMO_PASSWORD });

    await new Promise((wait) => setTimeout(wait, 500));
    expect((await caughtEmails()).map(recipientOf)).toEqual([amara!.email]);
  });

  it('a password reset goes at most once every few minutes to one address, and not at all to a malformed one', async () => {
    const at = new Date('2027-03-01T10:00:00Z');
    const later = (ms: number) => testServices({ now: new Date(at.getTime() + ms) });
    await sendPasswordReset(later(0), amara!.email, '/');
    await sendPasswordReset(later(1000), amara!.email.toUpperCase(), '/');
    await sendPasswordReset(later(RESEND_AFTER_MS - 1), amara!.email, '/');
    await waitForEmails((e) => recipientOf(e) === amara!.email);
    await new Promise((wait) => setTimeout(wait, 500));
    expect(await caughtEmails()).toHaveLength(1);

    const malformed = await callFunction('requestPasswordReset', null, { email: 'not an address' });
    expect(malformed.status).toBe(400);
    expect(malformed.error?.message).toBe(
      'That does not look like an email address. Check it and try again.',
    );
  });
});
