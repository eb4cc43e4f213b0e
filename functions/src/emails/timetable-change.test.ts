import { FieldValue } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { caughtEmails, clearInbox, waitForEmails } from '../../../tests/support/mail-catcher';
import { adminDb } from '../admin';

const moduleDoc = (id: string) => adminDb().doc(`cohorts/${cohortA.id}/modules/${id}`);
// Each test waits for every member's email, so none of its sending spills into the next test's
// inbox, which the last test expects to stay empty.
const everyone = cohortA.participants.length + cohortA.facilitators.length;

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
    const emails = await waitForEmails(
      (e) => e.subject.startsWith('Module 3 has changed'),
      everyone,
    );
    const [one] = emails;
    expect(one?.text).toContain(
      'New venue: The Assembly Rooms, 3 Guildhall Lane, Leicester LE1 5FQ (was Online (Microsoft Teams)).',
    );
    expect(one?.attachments?.[0]?.contentType).toContain('text/calendar');
    await new Promise((wait) => setTimeout(wait, 1000));
    expect(await caughtEmails()).toHaveLength(everyone);
  });

  it('describe a session at a new time as moved, not as dropped from the agenda', async () => {
    const sessions = (await moduleDoc('module-3').get()).get('sessions') as {
      start: string;
      end: string;
      title: string;
    }[];
    const [arrival, first, ...rest] = sessions;
    await moduleDoc('module-3').update({
      sessions: [arrival, { ...first, start: '10:15', end: '11:45' }, ...rest],
      revision: FieldValue.increment(1),
      changedAt: FieldValue.serverTimestamp(),
    });
    const [one] = await waitForEmails(
      (e) => e.subject.startsWith('Module 3 has changed'),
      everyone,
    );
    expect(one?.text).toContain('Moved or changed:');
    expect(one?.text).toContain(`Day 1, 10:15–11:45: ${first?.title}`);
    expect(one?.text).toContain('(was Day 1, 10:00–11:30)');
    expect(one?.text).not.toContain('No longer on the agenda');
  });

  it('email nobody about a change saved quietly, and everyone about the next one', async () => {
    await moduleDoc('module-3').update({
      venue: 'Room 4, The Assembly Rooms',
      quiet: true,
      revision: FieldValue.increment(1),
      changedAt: FieldValue.serverTimestamp(),
    });
    await new Promise((wait) => setTimeout(wait, 3000));
    expect(await caughtEmails()).toEqual([]);
    await moduleDoc('module-3').update({
      venue: 'Room 5, The Assembly Rooms',
      quiet: false,
      revision: FieldValue.increment(1),
      changedAt: FieldValue.serverTimestamp(),
    });
    const [one] = await waitForEmails(
      (e) => e.subject.startsWith('Module 3 has changed'),
      everyone,
    );
    expect(one?.text).toContain(
      'New venue: Room 5, The Assembly Rooms (was Room 4, The Assembly Rooms).',
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
