import { Timestamp } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { caughtEmails, clearInbox, recipientOf } from '../../../tests/support/mail-catcher';
import { adminDb } from '../admin';
import { testServices } from '../testing/test-services';
import { DIGESTS, queueReply, readRepliedEntry, sendDueReplyDigests } from './reply-digest';

const [amara, gareth, sunita, ewan] = cohortA.participants;
const entryPath = `cohorts/${cohortA.id}/journal/gareth-m2-shared`;
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

async function reply(id: string, author: { uid: string; displayName: string }, body: string) {
  await adminDb().doc(`${entryPath}/comments/${id}`).set({
    authorUid: author.uid,
    authorName: author.displayName,
    body,
    createdAt: Timestamp.now(),
    updatedAt: Timestamp.now(),
  });
}

/** Waits for the trigger to have queued this many replies for the author. */
async function queued(uid: string, count: number) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const pending = (await adminDb().collection(DIGESTS).doc(uid).get()).get('pending') ?? {};
    if (Object.keys(pending).length >= count) return Object.keys(pending);
    if (Date.now() > deadline)
      throw new Error(`Only ${Object.keys(pending).length} replies were queued`);
    await new Promise((wait) => setTimeout(wait, 200));
  }
}

describe('reply digests', () => {
  beforeEach(async () => {
    await seedDemoData();
    await clearInbox();
  });

  it('gather replies from three people within the hour into one email', async () => {
    await reply('digest-1', amara!, 'First reply');
    await reply('digest-2', sunita!, 'Second reply');
    await reply('digest-3', ewan!, 'Third reply');
    expect(await queued(gareth!.uid, 3)).toHaveLength(3);
    // A trigger delivered again adds nothing.
    const services = testServices();
    await queueReply(
      services,
      { cohortId: cohortA.id, entryId: 'gareth-m2-shared', commentId: 'digest-2' },
      (await readRepliedEntry(services, cohortA.id, 'gareth-m2-shared'))!,
      { authorUid: sunita!.uid, authorName: sunita!.displayName },
    );
    expect(await queued(gareth!.uid, 3)).toHaveLength(3);

    expect(await sendDueReplyDigests(testServices({ now: minutesFromNow(30) }))).toBe(0);
    expect(await sendDueReplyDigests(testServices({ now: minutesFromNow(61) }))).toBe(1);
    expect(await sendDueReplyDigests(testServices({ now: minutesFromNow(62) }))).toBe(0);

    const emails = await caughtEmails();
    expect(emails).toHaveLength(1);
    const [digest] = emails;
    expect(recipientOf(digest!)).toBe(gareth!.email);
    expect(digest?.subject).toBe('3 people replied to your reflections');
    expect(digest?.text).toContain(
      `${amara!.displayName}, ${sunita!.displayName}, ${ewan!.displayName} replied to your reflection on module 2`,
    );
    expect(digest?.text).toContain(`/cohorts/${cohortA.id}/journal/gareth-m2-shared`);
  });

  it('send nothing to an author who turned replies off, and nothing for their own replies', async () => {
    await adminDb().doc(`notificationSettings/${gareth!.uid}`).set({
      moduleReminders: true,
      callReminders: true,
      announcements: true,
      timetableChanges: true,
      replies: 'off',
      updatedAt: Timestamp.now(),
    });
    await reply('off-1', amara!, 'A reply');
    await reply('own-1', gareth!, 'My own follow-up');
    expect(
      await queueReply(
        testServices(),
        { cohortId: cohortA.id, entryId: 'gareth-m2-shared', commentId: 'off-1' },
        (await readRepliedEntry(testServices(), cohortA.id, 'gareth-m2-shared'))!,
        { authorUid: amara!.uid, authorName: amara!.displayName },
      ),
    ).toBe(false);
    await sendDueReplyDigests(testServices({ now: minutesFromNow(61) }));
    expect(await caughtEmails()).toEqual([]);
  });
});
