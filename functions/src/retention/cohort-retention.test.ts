import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDaysIso, formatLongDate, londonInstant } from '@/lib/dates';
import { deletionDate } from '@/lib/retention';
import { alumniCohort, cohortA, cohortB } from '../../../scripts/seed/demo-people';
import { DEMO_RETENTION_MONTHS, seedDemoData } from '../../../scripts/seed/seed';
import { caughtEmails, clearInbox, recipientOf } from '../../../tests/support/mail-catcher';
import { adminDb } from '../admin';
import { filesBucket } from '../files/bucket';
import { retryDueMail } from '../mail/ledger';
import { runDailyJobs } from '../jobs/daily';
import { testServices } from '../testing/test-services';
import { recordRetentionChange } from './settings-audit';
import {
  COHORT_CONTENT,
  COHORT_FILES,
  planCohortRetention,
  runCohortRetention,
} from './cohort-retention';

const alumni = `cohorts/${alumniCohort.id}`;
const [bernadette, callum] = alumniCohort.participants;
const [ruth] = alumniCohort.facilitators;
const SECRET = 'Words only Bernadette should ever read';
const at = Timestamp.fromDate(new Date('2025-10-01T09:00:00Z'));
const atSeven = (date: string) => testServices({ now: londonInstant(date, '07:00') });
/**
 * The warnings in the inbox once the ledger has sent what it owes: on a loaded machine the mail
 * catcher can refuse a connection, and the ledger's retry later that day is what sends it.
 */
async function warnings(day?: string) {
  if (day) {
    for (const hour of ['08:00', '10:00', '16:00']) {
      await retryDueMail(testServices({ now: londonInstant(day, hour) }));
    }
  }
  return (await caughtEmails()).filter((email) => email.subject.includes('will be deleted on'));
}

/** One document in every collection the deletion promises to empty, and replies to entries. */
async function writeAlumniContent() {
  const db = adminDb();
  const uid = bernadette!.uid;
  const docs: [string, Record<string, unknown>][] = [
    [`journal/private-1`, { authorUid: uid, visibility: 'private', body: SECRET, createdAt: at }],
    [`journal/shared-1`, { authorUid: uid, visibility: 'cohort', body: SECRET, createdAt: at }],
    [`journal/shared-1/comments/c1`, { authorUid: callum!.uid, body: SECRET, createdAt: at }],
    [`journal/private-1/comments/c2`, { authorUid: uid, body: SECRET, createdAt: at }],
    // A reply whose entry its author deleted: no query finds the entry, the reply is still there.
    [`journal/deleted-1/comments/c3`, { authorUid: callum!.uid, body: SECRET, createdAt: at }],
    [`goals/g1`, { ownerUid: uid, text: SECRET, checkIns: { '1': { note: SECRET } } }],
    [`directorCalls/${uid}`, { summary: SECRET }],
    [`directorCallNotes/${uid}`, { notes: SECRET }],
    [`attendance/${uid}`, { uid, modules: {} }],
    // Without a module, so the summary trigger leaves it alone.
    [`moduleFeedback/module-1__${uid}`, { uid, helped: SECRET }],
    [`feedbackSummaries/module-1`, { responses: 3, helped: [SECRET] }],
    [`announcements/a1`, { title: 'Reunion', body: SECRET }],
    [`materials/m1`, { title: 'Old reading', moduleId: 'module-1' }],
    [`readings/${uid}__m1`, { uid, materialId: 'm1', takeaway: SECRET }],
    [`invitations/late@example.org`, { email: 'late@example.org', role: 'participant' }],
    [`whatsNew/${uid}`, { items: [] }],
  ];
  const batch = db.batch();
  for (const [path, data] of docs) batch.set(db.doc(`${alumni}/${path}`), data);
  // The calendar feed's copy of a director call, as the ledger keeps it.
  batch.set(db.doc(`calendarLedger/${alumniCohort.id}/events/call-${uid}`), {
    key: `call-${uid}`,
    summary: 'Your call with the programme director',
    description: '',
    location: '',
    date: '2024-01-09',
    start: '10:00',
    end: '10:45',
    uid,
    hash: 'h',
    sequence: 0,
    changedAt: at,
  });
  await batch.commit();
}

// A file recorded on a material, and an upload never confirmed, in the alumni cohort; and one of
// cohort A's, which must outlive the alumni cohort's deletion.
const alumniFiles = [
  `${alumni}/materials/m1/f1/slides.pdf`,
  `${alumni}/announcements/a1/f2/notes.pdf`,
];
const cohortAFile = `cohorts/${cohortA.id}/materials/m3-power/f3/slides.pdf`;
async function writeFiles() {
  for (const path of [...alumniFiles, cohortAFile]) {
    await filesBucket()
      .file(path)
      .save(Buffer.from('%PDF-1.4'), { contentType: 'application/pdf' });
  }
}
const filesUnder = async (prefix: string) =>
  (await filesBucket().getFiles({ prefix }))[0].map((file) => file.name).sort();

/** Every document of a cohort, by path and content, including replies to journal entries. */
async function everythingIn(cohortId: string): Promise<Map<string, string>> {
  const db = adminDb();
  const base = db.doc(`cohorts/${cohortId}`);
  const found = new Map<string, string>([[base.path, JSON.stringify((await base.get()).data())]]);
  for (const name of [...Object.keys(COHORT_CONTENT), 'members', 'modules']) {
    // listDocuments also names an entry that is gone but still has replies under it.
    for (const ref of await base.collection(name).listDocuments()) {
      const doc = await ref.get();
      if (doc.exists) found.set(ref.path, JSON.stringify(doc.data()));
      for (const reply of (await ref.collection('comments').get()).docs)
        found.set(reply.ref.path, JSON.stringify(reply.data()));
    }
  }
  return found;
}

const networkProfiles = async () =>
  new Map(
    (await adminDb().collection('networkProfiles').get()).docs.map((doc) => [
      doc.id,
      JSON.stringify(doc.data()),
    ]),
  );

describe('the retention schedule', () => {
  let endDate: string;
  let on: string;
  beforeAll(async () => {
    await seedDemoData();
    await writeAlumniContent();
    await writeFiles();
    endDate = (await adminDb().doc(alumni).get()).get('endDate') as string;
    on = deletionDate(endDate, DEMO_RETENTION_MONTHS);
    // Bernadette has turned every email off: the warning is about her own data, so it still goes.
    await adminDb().doc(`notificationSettings/${bernadette!.uid}`).set({
      moduleReminders: false,
      callReminders: false,
      announcements: false,
      timetableChanges: false,
      replies: 'off',
      updatedAt: Timestamp.now(),
    });
  });
  beforeEach(clearInbox);

  it('keeps the demo’s alumni cohort inside its period, with no warning due today', async () => {
    expect(on > addDaysIso(endDate, 365)).toBe(true);
    const summary = await runCohortRetention(testServices());
    expect(summary).toEqual({ warned: 0, deletedCohorts: [] });
  });

  it('shows the programme team what will go and when, counting nothing the rules hide from them', async () => {
    const plan = await planCohortRetention(testServices(), alumniCohort.id);
    expect(plan).toMatchObject({
      cohortId: alumniCohort.id,
      endDate,
      months: DEMO_RETENTION_MONTHS,
      deletionDate: on,
      warnings: [addDaysIso(on, -60), addDaysIso(on, -14)],
      participants: alumniCohort.participants.length,
      deletedAt: null,
    });
    expect(plan?.counts).toMatchObject({
      [COHORT_CONTENT.journal]: 1,
      'Replies to those entries': 1,
      [COHORT_CONTENT.goals]: 1,
      [COHORT_CONTENT.directorCallNotes]: 1,
      [COHORT_CONTENT.invitations]: 1,
      [COHORT_FILES]: 2,
    });
    expect(plan?.counts).not.toHaveProperty(COHORT_CONTENT.moduleFeedback);
  });

  it('warns every member 60 days before, whatever their email choices, once on a rerun', async () => {
    expect((await runCohortRetention(atSeven(addDaysIso(on, -61)))).warned).toBe(0);
    const day = addDaysIso(on, -60);
    const members = alumniCohort.participants.length + alumniCohort.facilitators.length;
    expect((await runCohortRetention(atSeven(day))).warned).toBe(members);
    expect((await runCohortRetention(atSeven(day))).warned).toBe(0);
    expect((await runCohortRetention(atSeven(addDaysIso(day, 1)))).warned).toBe(0);

    const sent = await warnings(addDaysIso(day, 1));
    expect(sent).toHaveLength(members);
    const addresses = [...alumniCohort.participants, ...alumniCohort.facilitators].map((p) =>
      p.email.toLowerCase(),
    );
    expect(sent.map(recipientOf).sort()).toEqual(addresses.sort());
    const toBernadette = sent.find(
      (email) => recipientOf(email) === bernadette!.email.toLowerCase(),
    );
    expect(toBernadette?.text).toContain(`/cohorts/${alumniCohort.id}/learning-record`);
    expect(toBernadette?.text).toContain(`/cohorts/${alumniCohort.id}/your-data`);
    expect(toBernadette?.text).toContain('Journal entries and the replies to them');
    expect(toBernadette?.text).toContain(COHORT_FILES);
    expect(toBernadette?.text).toContain('cannot be turned off');
    expect(toBernadette?.text).not.toContain('unsubscribe');
    for (const email of sent) {
      expect(email.text).not.toContain(SECRET);
      expect(email.html).not.toContain(SECRET);
    }
  });

  it('warns again 14 days before, making up a missed morning, once', async () => {
    const day = addDaysIso(on, -12);
    const first = await runCohortRetention(atSeven(day));
    const members = alumniCohort.participants.length + alumniCohort.facilitators.length;
    expect(first.warned).toBe(members);
    expect((await runCohortRetention(atSeven(day))).warned).toBe(0);
    expect(await warnings(day)).toHaveLength(members);
    expect((await everythingIn(alumniCohort.id)).has(`${alumni}/journal/shared-1`)).toBe(true);
  });

  it('on the day (here a missed morning later), deletes the content and nothing of any other cohort, once', async () => {
    // The morning before, the daily job does its other work (closed feedback joins its summary),
    // so what changes in cohort A from here on could only be the retention step's doing.
    expect((await runDailyJobs(atSeven(addDaysIso(on, -1)))).cohortsDeleted).toEqual([]);
    expect((await everythingIn(alumniCohort.id)).has(`${alumni}/journal/shared-1`)).toBe(true);
    const cohortABefore = await everythingIn(cohortA.id);
    const profilesBefore = await networkProfiles();
    expect(profilesBefore.has(bernadette!.uid)).toBe(true);

    const services = atSeven(addDaysIso(on, 2));
    const summary = await runDailyJobs(services);
    expect(summary.cohortsDeleted).toEqual([alumniCohort.id]);

    expect(await filesUnder(`${alumni}/`)).toEqual([]);
    expect(await filesUnder(`cohorts/${cohortA.id}/`)).toContain(cohortAFile);
    const left = await everythingIn(alumniCohort.id);
    const kinds = new Set([...left.keys()].map((path) => path.split('/')[2] ?? 'cohort'));
    expect(kinds).toEqual(new Set(['cohort', 'members', 'modules']));
    for (const [path, data] of left) {
      expect(data, path).not.toContain(SECRET);
    }
    const cohort = (await adminDb().doc(alumni).get()).data();
    expect(cohort).toMatchObject({
      name: alumniCohort.name,
      endDate,
      archived: true,
      participantCount: alumniCohort.participants.length,
      seatsTaken: alumniCohort.participants.length,
    });
    expect((cohort?.['contentDeletedAt'] as Timestamp).toDate()).toEqual(services.now());
    const ledger = await adminDb().collection(`calendarLedger/${alumniCohort.id}/events`).get();
    expect(ledger.docs.filter((doc) => doc.id.startsWith('call-'))).toEqual([]);
    // Replies are deleted with their entries, even under an entry that is gone.
    const orphans = await adminDb().collectionGroup('comments').get();
    expect(orphans.docs.filter((doc) => doc.ref.path.startsWith(`${alumni}/`))).toEqual([]);

    expect(await everythingIn(cohortA.id)).toEqual(cohortABefore);
    expect(await networkProfiles()).toEqual(profilesBefore);

    const audit = async () =>
      (await adminDb().collection('auditLog').where('action', '==', 'retention.delete').get()).docs;
    expect(await audit()).toHaveLength(1);
    expect((await audit())[0]?.data()).toMatchObject({
      cohortId: alumniCohort.id,
      detail: { months: DEMO_RETENTION_MONTHS, participants: alumniCohort.participants.length },
    });
    expect(JSON.stringify((await audit())[0]?.data())).not.toContain(SECRET);

    const again = await runCohortRetention(atSeven(addDaysIso(on, 3)));
    expect(again).toEqual({ warned: 0, deletedCohorts: [] });
    expect(await audit()).toHaveLength(1);
    expect(await warnings()).toHaveLength(0);
  });

  it('never deletes without 14 days’ notice, even when a shorter period brings the day close', async () => {
    const cohortBPath = `cohorts/${cohortB.id}`;
    const bEnd = (await adminDb().doc(cohortBPath).get()).get('endDate') as string;
    await adminDb().doc('settings/retention').set({
      cohortMonthsAfterEnd: 1,
      updatedBy: 'demo-seed',
      updatedAt: Timestamp.now(),
    });
    const scheduled = deletionDate(bEnd, 1);
    // The first morning anyone hears of it is six days before the scheduled day.
    const firstHeard = addDaysIso(scheduled, -6);
    const told = addDaysIso(firstHeard, 14);
    const first = await runCohortRetention(atSeven(firstHeard));
    const members = (await adminDb().collection(`${cohortBPath}/members`).get()).size;
    expect(members).toBeGreaterThan(0);
    expect(first).toEqual({ warned: members, deletedCohorts: [] });
    const sent = await warnings(firstHeard);
    expect(sent).toHaveLength(members);
    for (const email of sent) expect(email.subject).toContain(formatLongDate(told));

    expect(await runCohortRetention(atSeven(scheduled))).toEqual({ warned: 0, deletedCohorts: [] });
    expect(await runCohortRetention(atSeven(addDaysIso(told, -1)))).toEqual({
      warned: 0,
      deletedCohorts: [],
    });
    expect(await runCohortRetention(atSeven(told))).toEqual({
      warned: 0,
      deletedCohorts: [cohortB.id],
    });
  });

  it('forgets a notice once the schedule moves away, so returning to its day warns again first', async () => {
    const cohortBPath = `cohorts/${cohortB.id}`;
    // The tests before this one deleted cohort B's content; here it starts again, unwarned.
    await adminDb()
      .doc(cohortBPath)
      .update({ contentDeletedAt: FieldValue.delete(), retentionNotice: FieldValue.delete() });
    const bEnd = (await adminDb().doc(cohortBPath).get()).get('endDate') as string;
    const period = (months: number) =>
      adminDb().doc('settings/retention').set({
        cohortMonthsAfterEnd: months,
        updatedBy: 'demo-seed',
        updatedAt: Timestamp.now(),
      });
    await period(1);
    const firstHeard = addDaysIso(deletionDate(bEnd, 1), -6);
    await runCohortRetention(atSeven(firstHeard));
    expect((await adminDb().doc(cohortBPath).get()).get('retentionNotice')).toBeDefined();
    await period(24);
    await runCohortRetention(atSeven(addDaysIso(firstHeard, 1)));
    expect((await adminDb().doc(cohortBPath).get()).get('retentionNotice')).toBeUndefined();
    // Back to one month, days after the old notice's day: a fresh 14 days' notice, no deletion.
    await period(1);
    const later = addDaysIso(firstHeard, 20);
    expect((await runCohortRetention(atSeven(later))).deletedCohorts).toEqual([]);
    expect((await adminDb().doc(cohortBPath).get()).get('retentionNotice.deleteOn')).toBe(
      addDaysIso(later, 14),
    );
  });

  it('puts a change of period in the audit log once, however often the trigger is delivered', async () => {
    const services = testServices();
    const change = {
      cohortMonthsAfterEnd: 36,
      updatedBy: ruth!.uid,
      updatedAt: Timestamp.now(),
    };
    const before = { ...change, cohortMonthsAfterEnd: 24 };
    expect(await recordRetentionChange(services, 'event-1', before, change)).toBe(true);
    expect(await recordRetentionChange(services, 'event-1', before, change)).toBe(false);
    const records = await adminDb()
      .collection('auditLog')
      .where('action', '==', 'retention.change')
      .get();
    expect(records.docs.map((doc) => doc.data())).toEqual([
      expect.objectContaining({
        actor: { uid: ruth!.uid, label: ruth!.displayName },
        detail: { months: 36, previousMonths: 24 },
      }),
    ]);
    // The seed's own write names no account, so it is not a staff action.
    expect(
      await recordRetentionChange(services, 'event-2', undefined, {
        ...change,
        updatedBy: 'demo-seed',
      }),
    ).toBe(false);
  });
});
