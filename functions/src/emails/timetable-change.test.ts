import { FieldValue } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { caughtEmails, clearInbox, waitForEmails } from '../../../tests/support/mail-catcher';
import { adminDb } from '../admin';

const moduleDoc = (id: string) => adminDb().doc(`cohorts/${cohortA.id}/modules/${id}`);

describe('timetable change emails', () => {
  beforeEach(async () => {
    await seedDemoData();
    await clearInbox();
  });

  it('tell every member what changed in a module starting within three weeks, with its calendar file', async () => {
    await moduleDoc('module-3').update({
      venue: 'The Assembly Rooms, 3 Guildhall Lane, Leicester LE1 5FQ',
      revision: FieldValue.increment(1),
      changedAt: FieldValue.serverTimestamp(),
    });
    const emails = await waitForEmails((e) => e.subject.startsWith('Module 3 has changed'), 14);
    const [one] = emails;
    expect(one?.text).toContain(
      'New venue: The Assembly Rooms, 3 Guildhall Lane, Leicester LE1 5FQ (was Online (Microsoft Teams)).',
    );
    expect(one?.attachments?.[0]?.contentType).toContain('text/calendar');
    await new Promise((wait) => setTimeout(wait, 1000));
    expect(await caughtEmails()).toHaveLength(
      cohortA.participants.length + cohortA.facilitators.length,
    );
  });

  it('say nothing about a module months away', async () => {
    await moduleDoc('module-4').update({
      venue: 'Somewhere new',
      revision: FieldValue.increment(1),
      changedAt: FieldValue.serverTimestamp(),
    });
    await moduleDoc('module-3').update({
      title: 'Power, politics and decisions',
      revision: FieldValue.increment(1),
      changedAt: FieldValue.serverTimestamp(),
    });
    // The module 3 retitle is a change nobody's diary needs: neither sends anything.
    await new Promise((wait) => setTimeout(wait, 3000));
    expect(await caughtEmails()).toEqual([]);
  });
});
