import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, londonInstant } from '@/lib/dates';
import { cohortA } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import {
  caughtEmails,
  clearInbox,
  MAIL_INBOX_URL,
  waitForEmails,
} from '../../../tests/support/mail-catcher';
import { adminDb } from '../admin';
import { runDailyJobs } from '../jobs/daily';
import { testServices } from '../testing/test-services';
import { sendDueReplyDigests } from './reply-digest';

const [amara, gareth, sunita] = cohortA.participants;
const base = `cohorts/${cohortA.id}`;
const marker = `private-marker-${Date.now()}`;

describe('emails never carry private writing', () => {
  beforeAll(async () => {
    await seedDemoData();
    await clearInbox();
  });

  it('no email body contains the words of an entry or a reply', async () => {
    const now = Timestamp.now();
    for (const [id, visibility] of [
      ['marker-cohort', 'cohort'],
      ['marker-private', 'private'],
      ['marker-facilitators', 'facilitators'],
    ] as const) {
      await adminDb()
        .doc(`${base}/journal/${id}`)
        .set({
          authorUid: amara!.uid,
          authorName: amara!.displayName,
          moduleId: 'module-2',
          title: `Title ${marker}`,
          body: `Body ${marker}`,
          visibility,
          revision: 0,
          createdAt: now,
          updatedAt: now,
        });
    }
    for (const [id, entry, author] of [
      ['marker-r1', 'marker-cohort', gareth],
      ['marker-r2', 'marker-cohort', sunita],
      ['marker-r3', 'marker-facilitators', cohortA.facilitators[0]],
    ] as const) {
      await adminDb()
        .doc(`${base}/journal/${entry}/comments/${id}`)
        .set({
          authorUid: author!.uid,
          authorName: author!.displayName,
          body: `Reply ${marker}`,
          createdAt: now,
          updatedAt: now,
        });
    }
    await adminDb().collection(`${base}/announcements`).add({
      title: 'Reading for module 3',
      body: 'The reading list is up.',
      emailText: true,
      authorUid: cohortA.facilitators[0]!.uid,
      authorName: cohortA.facilitators[0]!.displayName,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    await waitForEmails((email) => email.subject.startsWith('Reading for module 3'), 13);
    const deadline = Date.now() + 20_000;
    while (
      (await sendDueReplyDigests(testServices({ now: new Date(Date.now() + 61 * 60_000) }))) === 0
    ) {
      if (Date.now() > deadline) throw new Error('No reply digest was sent');
      await new Promise((wait) => setTimeout(wait, 300));
    }
    const start = (
      (await adminDb().doc(`${base}/modules/module-3`).get()).get('days') as string[]
    )[0]!;
    await runDailyJobs(testServices({ now: londonInstant(addDaysIso(start, -7), '07:00') }));

    const emails = await caughtEmails();
    expect(emails.length).toBeGreaterThan(25);
    const subjects = emails.map((email) => email.subject);
    expect(subjects).toContain('3 people replied to your reflections');
    expect(subjects.filter((subject) => subject.startsWith('Module 3 starts'))).toHaveLength(12);
    for (const email of emails) {
      const response = await fetch(`${MAIL_INBOX_URL}/api/email/${email.id}/source`);
      expect(await response.text(), email.subject).not.toContain(marker);
    }
  });
});
