import { Timestamp } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDaysIso, londonInstant } from '@/lib/dates';
import { cohortA, cohortB } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import {
  caughtEmails,
  clearInbox,
  rawHeader,
  recipientOf,
  type CaughtEmail,
} from '../../../tests/support/mail-catcher';
import { adminDb } from '../admin';
import { testServices } from '../testing/test-services';
import { runDailyJobs } from './daily';

const base = `cohorts/${cohortA.id}`;
const atSeven = (date: string) => testServices({ now: londonInstant(date, '07:00') });

async function moduleThreeStart(): Promise<string> {
  return ((await adminDb().doc(`${base}/modules/module-3`).get()).get('days') as string[])[0]!;
}

async function readMaterial(uid: string, materialId: string) {
  await adminDb().doc(`${base}/readings/${uid}__${materialId}`).set({
    uid,
    materialId,
    moduleId: 'module-3',
    read: true,
    takeaway: '',
    updatedAt: Timestamp.now(),
  });
}

const moduleReminders = (emails: CaughtEmail[]) =>
  emails.filter((email) => email.subject.startsWith('Module 3 starts'));

describe('the daily email run', () => {
  let start: string;
  beforeAll(async () => {
    await seedDemoData();
    start = await moduleThreeStart();
  });
  beforeEach(clearInbox);

  it('seven days before module 3 reminds each participant of cohort A of their own unread reading, once', async () => {
    const [amara, gareth, sunita] = cohortA.participants;
    await readMaterial(gareth!.uid, 'm3-neuroscience');
    await readMaterial(sunita!.uid, 'm3-neuroscience');
    await readMaterial(sunita!.uid, 'm3-power');
    const date = addDaysIso(start, -7);

    const summary = await runDailyJobs(atSeven(date));
    // Cohort B's module 4 starts that same morning, and no run the day before reminded them: the
    // window makes that reminder up, to cohort B alone.
    expect(summary.moduleReminders).toBe(12 + cohortB.participants.length);
    const emails = moduleReminders(await caughtEmails());
    expect(emails.map(recipientOf).sort()).toEqual(
      cohortA.participants.map((person) => person.email).sort(),
    );
    const cohortBAddresses = [...cohortB.participants, ...cohortB.facilitators].map((p) => p.email);
    const toCohortB = (await caughtEmails()).filter((e) =>
      cohortBAddresses.includes(recipientOf(e)),
    );
    expect(toCohortB.map(recipientOf).sort()).toEqual(
      cohortB.participants.map((person) => person.email).sort(),
    );
    expect(new Set(toCohortB.map((email) => email.subject))).toEqual(
      new Set(['Module 4 starts today: Building and developing your collective impact']),
    );

    const to = (email: string) => emails.find((e) => recipientOf(e) === email)!;
    const both = ['The neuroscience behind behaviour, in ten minutes', 'Old power and new power'];
    expect(to(amara!.email).subject).toBe(
      'Module 3 starts in 7 days: Power, politics and decision-making',
    );
    for (const title of both) expect(to(amara!.email).text).toContain(title);
    expect(to(gareth!.email).text).not.toContain(both[0]);
    expect(to(gareth!.email).text).toContain(both[1]);
    expect(to(sunita!.email).text).not.toContain(both[0]);
    expect(to(sunita!.email).text).not.toContain(both[1]);
    expect(to(sunita!.email).text).toContain('You have marked all the required reading');
    // Optional reading is never listed as owed.
    expect(to(amara!.email).text).not.toContain('Generative conversations');
    expect(to(amara!.email).text).toContain('The first session starts at 09:30');
    // Gareth has not said how module 2 landed; Amara has, so only he is asked.
    expect(to(gareth!.email).text).toContain('You have not said how module 2 landed yet');
    expect(to(gareth!.email).text).toContain(`/cohorts/${cohortA.id}/feedback`);
    expect(to(amara!.email).text).not.toContain('how module 2 landed');
    expect(to(amara!.email).attachments?.[0]?.contentType).toContain('text/calendar');
    expect(await rawHeader(to(amara!.email), 'List-Unsubscribe')).toMatch(
      /^<http:\/\/127\.0\.0\.1:4173\/email\/unsubscribe\?t=[^>]+>$/,
    );
    expect(await rawHeader(to(amara!.email), 'List-Unsubscribe-Post')).toBe(
      'List-Unsubscribe=One-Click',
    );

    const again = await runDailyJobs(atSeven(date));
    expect(again.moduleReminders).toBe(0);
    expect(moduleReminders(await caughtEmails())).toHaveLength(12);
  });

  it('the day before module 3 says "tomorrow", and skips people who turned reminders off', async () => {
    const [amara] = cohortA.participants;
    await adminDb().doc(`notificationSettings/${amara!.uid}`).set({
      moduleReminders: false,
      callReminders: true,
      announcements: true,
      timetableChanges: true,
      replies: 'digest',
      updatedAt: Timestamp.now(),
    });
    await runDailyJobs(atSeven(addDaysIso(start, -1)));
    const emails = moduleReminders(await caughtEmails());
    expect(emails).toHaveLength(11);
    expect(emails.map(recipientOf)).not.toContain(amara!.email);
    expect(emails[0]?.subject).toBe(
      'Module 3 starts tomorrow: Power, politics and decision-making',
    );
  });

  it('reminds a participant of their director call the day before it', async () => {
    const [, gareth] = cohortA.participants;
    const callDay = addDaysIso(start, 10);
    await adminDb()
      .doc(`${base}/directorCalls/${gareth!.uid}`)
      .update({
        scheduledAt: Timestamp.fromDate(londonInstant(callDay, '14:30')),
        completed: false,
      });
    await runDailyJobs(atSeven(addDaysIso(callDay, -1)));
    const calls = (await caughtEmails()).filter((e) => e.subject.includes('director'));
    expect(calls.map(recipientOf)).toEqual([gareth!.email]);
    expect(calls[0]?.text).toMatch(/on \w+day \d+ \w+ \d{4} at 14:30 \(UK time\)/);
    await runDailyJobs(atSeven(addDaysIso(callDay, -1)));
    expect((await caughtEmails()).filter((e) => e.subject.includes('director'))).toHaveLength(1);
  });
});

describe('a morning that did not run', () => {
  let start: string;
  const ledger = () => adminDb().collection('mailLedger');
  beforeAll(async () => {
    await seedDemoData();
    start = await moduleThreeStart();
  });
  beforeEach(clearInbox);

  it('is made up the next morning: run 8 days before, skip 7, run 6, and the 7-day reminder goes once', async () => {
    await runDailyJobs(atSeven(addDaysIso(start, -8)));
    expect(moduleReminders(await caughtEmails())).toEqual([]);

    const late = await runDailyJobs(atSeven(addDaysIso(start, -6)));
    expect(late.moduleReminders).toBe(12);
    const emails = moduleReminders(await caughtEmails());
    expect(emails.map(recipientOf).sort()).toEqual(
      cohortA.participants.map((person) => person.email).sort(),
    );
    expect(new Set(emails.map((email) => email.subject))).toEqual(
      new Set(['Module 3 starts in 6 days: Power, politics and decision-making']),
    );

    const again = await runDailyJobs(atSeven(addDaysIso(start, -6)));
    expect(again.moduleReminders).toBe(0);
    const nextDay = await runDailyJobs(atSeven(addDaysIso(start, -5)));
    expect(nextDay.moduleReminders).toBe(0);
    expect(moduleReminders(await caughtEmails())).toHaveLength(12);
  });

  it('the 1-day reminder supersedes a 7-day one that never went', async () => {
    await adminDb().recursiveDelete(ledger());
    const summary = await runDailyJobs(atSeven(addDaysIso(start, -1)));
    expect(summary.moduleReminders).toBe(12);
    const subjects = moduleReminders(await caughtEmails()).map((email) => email.subject);
    expect(new Set(subjects)).toEqual(
      new Set(['Module 3 starts tomorrow: Power, politics and decision-making']),
    );
    const claimed = (await ledger().where('kind', '==', 'moduleReminders').get()).docs;
    expect(claimed.filter((doc) => doc.id.includes('__7d__'))).toEqual([]);
  });

  it('a missed day-before is made up on the module’s first morning, until its first session starts', async () => {
    await adminDb().recursiveDelete(ledger());
    const tooLate = await runDailyJobs(testServices({ now: londonInstant(start, '09:30') }));
    expect(tooLate.moduleReminders).toBe(0);

    const early = await runDailyJobs(atSeven(start));
    expect(early.moduleReminders).toBe(12);
    expect(moduleReminders(await caughtEmails())[0]?.subject).toBe(
      'Module 3 starts today: Power, politics and decision-making',
    );
    expect((await runDailyJobs(atSeven(start))).moduleReminders).toBe(0);
  });

  it('a missed director-call reminder is sent on the morning of the call, once, and not after it', async () => {
    const [, gareth, sunita] = cohortA.participants;
    const callDay = addDaysIso(start, 10);
    const schedule = (uid: string, clock: string) =>
      adminDb()
        .doc(`${base}/directorCalls/${uid}`)
        .update({
          scheduledAt: Timestamp.fromDate(londonInstant(callDay, clock)),
          completed: false,
        });
    await schedule(gareth!.uid, '14:30');
    await schedule(sunita!.uid, '06:30');

    const summary = await runDailyJobs(atSeven(callDay));
    expect(summary.callReminders).toBe(1);
    const calls = (await caughtEmails()).filter((e) => e.subject.includes('director'));
    expect(calls.map(recipientOf)).toEqual([gareth!.email]);
    expect(calls[0]?.subject).toBe('Your call with the programme director is today');
    expect((await runDailyJobs(atSeven(callDay))).callReminders).toBe(0);
  });
});
