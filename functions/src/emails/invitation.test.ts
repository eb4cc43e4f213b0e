import { FieldValue, type Timestamp } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearInbox,
  rawHeader,
  linkIn,
  recipientOf,
  waitForEmails,
  caughtEmails,
} from '../../../tests/support/mail-catcher';
import { seedDemoData } from '../../../scripts/seed/seed';
import { cohortAInvitees } from '../../../scripts/seed/demo-waiting-list';
import { adminDb } from '../admin';
import { testServices } from '../testing/test-services';
import { invitationSignature } from '../mail/invitation-link';
import { sendInvitation } from './invitation';

const cohortId = 'cohort-spring-2027';
const invitationPath = (email: string) => `cohorts/${cohortId}/invitations/${email}`;

async function invite(email: string) {
  await adminDb().doc(invitationPath(email)).set({
    email,
    role: 'participant',
    invitedBy: 'fac-helen',
    createdAt: FieldValue.serverTimestamp(),
  });
}

describe('invitation emails', () => {
  beforeEach(async () => {
    await seedDemoData();
    await clearInbox();
  });

  it('reach again someone invited anew after a withdrawal', async () => {
    const email = 'invited.twice@example.org';
    await invite(email);
    await waitForEmails((e) => recipientOf(e) === email);
    await adminDb().doc(invitationPath(email)).delete();
    await clearInbox();
    await invite(email);
    const [again] = await waitForEmails((e) => recipientOf(e) === email);
    expect(again?.subject).toBe('You are invited to join Collaborative leadership — spring 2027');
  });

  it('reach the invitee once, even when the trigger is delivered twice', async () => {
    const email = 'new.colleague@example.org';
    await invite(email);
    const [sent] = await waitForEmails((e) => recipientOf(e) === email);
    expect(sent?.subject).toBe('You are invited to join Collaborative leadership — spring 2027');
    expect(sent?.text).toContain('Dr Helen Marsh has invited you');
    expect(sent?.text).toMatch(/runs from \w+day \d+ \w+ \d{4} to \w+day \d+ \w+ \d{4}/);
    const link = new URL(linkIn(sent!, 'http'));
    expect(`${link.origin}${link.pathname}`).toBe('http://127.0.0.1:4173/sign-up');
    expect(link.searchParams.get('email')).toBe(email);
    expect(link.searchParams.get('cohort')).toBe(cohortId);
    expect(link.searchParams.get('key')).toBe(
      invitationSignature(cohortId, email, testServices().linkSecret),
    );
    expect(sent?.html).toContain('<html lang="en-GB">');
    // An invitation is not a kind anyone subscribed to, so it offers no unsubscribe.
    expect(await rawHeader(sent!, 'List-Unsubscribe')).toBeUndefined();

    // The same event again, twice, as at-least-once delivery may bring it.
    const services = testServices();
    const made = (await adminDb().doc(invitationPath(email)).get()).get('createdAt') as Timestamp;
    const occasion = `first-${made.toMillis()}`;
    expect(await sendInvitation(services, cohortId, email, occasion)).toBe(false);
    expect(await sendInvitation(services, cohortId, email, occasion)).toBe(false);
    await new Promise((wait) => setTimeout(wait, 1000));
    expect((await caughtEmails()).filter((e) => recipientOf(e) === email)).toHaveLength(1);
    expect((await adminDb().doc(invitationPath(email)).get()).get('sentAt')).toBeDefined();
  });

  it('name the programme as its record does, in the words and the footer', async () => {
    await adminDb()
      .doc('programmes/programme-collaborative-leadership')
      .update({ name: 'Leading together' });
    const email = 'renamed.programme@example.org';
    await invite(email);
    const [sent] = await waitForEmails((e) => recipientOf(e) === email);
    expect(sent?.text).toContain('on the programme “Leading together”.');
    expect(sent?.text).toContain('Leading together portal: http://127.0.0.1:4173');
    expect(sent?.html).toContain('>Leading together portal</a>');
    expect(sent?.text).not.toContain('Collaborative leadership portal');
  });

  it('links someone who already has an account to sign in instead', async () => {
    await invite('alex.turner@example.org');
    const [sent] = await waitForEmails((e) => recipientOf(e) === 'alex.turner@example.org');
    expect(linkIn(sent!, 'http')).toBe(
      'http://127.0.0.1:4173/sign-in?email=alex.turner%40example.org',
    );
  });

  it('go again when a facilitator asks, and not after the invitation is withdrawn', async () => {
    const email = 'resend.me@example.org';
    await invite(email);
    await waitForEmails((e) => recipientOf(e) === email);
    await adminDb()
      .doc(invitationPath(email))
      .update({ resendRequestedAt: FieldValue.serverTimestamp() });
    await waitForEmails((e) => recipientOf(e) === email, 2);

    await adminDb().doc(invitationPath(email)).delete();
    expect(await sendInvitation(testServices(), cohortId, email, 'resend-later')).toBe(false);
    expect((await caughtEmails()).filter((e) => recipientOf(e) === email)).toHaveLength(2);
  });

  it('send nothing for the invitations the demo seeds, whose first emails it records as sent', async () => {
    const seeded = await adminDb().collection(`cohorts/${cohortId}/invitations`).get();
    expect(seeded.size).toBe(cohortAInvitees.length);
    const addresses = seeded.docs.map((invitation) => invitation.id);
    // What the invitationEmail trigger does for each, delivered again.
    for (const invitation of seeded.docs) {
      const made = invitation.get('createdAt') as Timestamp;
      expect(
        await sendInvitation(testServices(), cohortId, invitation.id, `first-${made.toMillis()}`),
      ).toBe(false);
    }
    // The seed's own triggers were set off before this invitation's, so have had their turn.
    const email = 'after.the.seed@example.org';
    await invite(email);
    await waitForEmails((e) => recipientOf(e) === email);
    expect((await caughtEmails()).filter((e) => addresses.includes(recipientOf(e)))).toEqual([]);
    // A send would have marked the invitation sent now, not days ago when the seed says it went.
    const again = await adminDb().collection(`cohorts/${cohortId}/invitations`).get();
    for (const invitation of again.docs.filter((doc) => addresses.includes(doc.id))) {
      expect((invitation.get('sentAt') as Timestamp).toMillis()).toBeLessThan(
        Date.now() - 24 * 3600_000,
      );
    }
  });
});
