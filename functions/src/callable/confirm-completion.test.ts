import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@/lib/dates';
import { cohortA, cohortB } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { callFunction, idTokenOf } from '../testing/callables';

const [helen, tom] = cohortA.facilitators;
const [amara, gareth] = cohortA.participants;
const [priya] = cohortB.facilitators;
const cohortId = 'cohort-completion-test';
const programmeId = 'programme-completion-test';
const cohortRef = () => adminDb().doc(`cohorts/${cohortId}`);
const programmeRef = () => adminDb().doc(`programmes/${programmeId}`);

// Every day runs 09:30-12:30 and 13:30-16:30: six hours, three for a part day.
const sessions = ([1, 2] as const).flatMap((day) => [
  { day, start: '09:30', end: '12:30', title: 'Morning' },
  { day, start: '13:30', end: '16:30', title: 'Afternoon' },
]);

/** Module 4's last day `daysAgo` days before today in London; the others months earlier. */
async function timetable(daysAgo: number) {
  const last = addDaysIso(todayIso(), -daysAgo);
  for (const number of [1, 2, 3, 4]) {
    const second = addDaysIso(last, (number - 4) * 42);
    await cohortRef()
      .collection('modules')
      .doc(`module-${number}`)
      .set({
        number,
        title: `Module ${number}`,
        themes: [],
        days: [addDaysIso(second, -1), second],
        venue: 'Leeds',
        sessions,
        revision: 0,
      });
  }
}

const member = (person: typeof amara, role: 'participant' | 'facilitator') =>
  cohortRef().collection('members').doc(person!.uid).set({
    uid: person!.uid,
    role,
    displayName: person!.displayName,
    jobTitle: person!.jobTitle,
  });

const attended = (person: typeof amara, days: Record<string, string>) =>
  cohortRef()
    .collection('attendance')
    .doc(person!.uid)
    .set({ uid: person!.uid, days, updatedAt: Timestamp.now() });

const callHeld = (person: typeof amara) =>
  cohortRef().collection('directorCalls').doc(person!.uid).set({
    uid: person!.uid,
    scheduledAt: null,
    completed: true,
    summary: '',
  });

const auditLog = () => adminDb().collection('auditLog').where('cohortId', '==', cohortId);
const audited = (action = 'completion.confirm') => auditLog().where('action', '==', action).get();

const allDays = ['1-1', '1-2', '2-1', '2-2', '3-1', '3-2', '4-1', '4-2'];
const marks = (present: number, part: number) =>
  Object.fromEntries(
    allDays.map((key, index) => [
      key,
      index < present ? 'present' : index < present + part ? 'part' : 'absent',
    ]),
  );

describe('confirming that a participant completed', () => {
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    await seedDemoData();
    for (const person of [helen, tom, amara, priya]) {
      tokens[person!.uid] = await idTokenOf(person!.email);
    }
  });
  afterAll(async () => {
    await adminDb().recursiveDelete(cohortRef());
    await adminDb().recursiveDelete(programmeRef());
  });

  beforeEach(async () => {
    await adminDb().recursiveDelete(cohortRef());
    await adminDb().recursiveDelete(programmeRef());
    await Promise.all((await auditLog().get()).docs.map((d) => d.ref.delete()));
    await programmeRef().set({ name: 'Completion test programme' });
    // Seven days, more than the default six: a participant with 6½ meets the default, not this.
    await programmeRef().collection('policy').doc('completion').set({
      minDaysAttended: 7,
      directorCallRequired: true,
      updatedBy: 'admin-sam',
      updatedAt: Timestamp.now(),
    });
    await cohortRef().set({
      name: 'Completion test',
      programmeId,
      startDate: '2027-01-12',
      endDate: '2027-07-13',
      seatLimit: 16,
      seatsTaken: 2,
      archived: false,
    });
    await Promise.all([
      member(helen, 'facilitator'),
      member(tom, 'facilitator'),
      member(amara, 'participant'),
      member(gareth, 'participant'),
      attended(amara, marks(7, 1)),
      attended(gareth, marks(6, 1)),
      callHeld(amara),
      callHeld(gareth),
    ]);
    await timetable(1);
  });

  const confirm = (caller: typeof amara, uid: string, extra: object = {}) =>
    callFunction<{ outcome: string; daysAttended: number; hoursAttended: number }>(
      'confirmCompletion',
      tokens[caller!.uid] ?? null,
      { cohortId, uid, ...extra },
    );
  const completionOf = (uid: string) => cohortRef().collection('completions').doc(uid).get();

  it('counts the days and hours from the attendance, whatever numbers the caller sends, and audits it once', async () => {
    const answer = await confirm(tom, amara!.uid, { daysAttended: 8, hoursAttended: 200 });
    expect(answer.error).toBeUndefined();
    // 7 whole days of six hours and a part day of three, by the timetable's sessions.
    expect(answer.result).toEqual({ outcome: 'confirmed', daysAttended: 7.5, hoursAttended: 45 });
    const completion = await completionOf(amara!.uid);
    expect(completion.data()).toMatchObject({
      uid: amara!.uid,
      displayName: amara!.displayName,
      daysAttended: 7.5,
      hoursAttended: 45,
      // The facilitator titled programme director, not the associate who confirmed.
      directorName: helen!.displayName,
      directorUid: helen!.uid,
      confirmedBy: tom!.uid,
    });
    expect(completion.get('confirmedAt')).toBeInstanceOf(Timestamp);

    const again = await confirm(tom, amara!.uid);
    expect(again.result?.outcome).toBe('already-confirmed');
    const records = await audited();
    expect(records.size).toBe(1);
    expect(records.docs[0]?.data()).toMatchObject({
      actor: { uid: tom!.uid },
      target: { uid: amara!.uid, label: amara!.displayName },
      detail: { daysAttended: 7.5, hoursAttended: 45 },
    });
  });

  it('refuses a participant short of the programme’s rule, saying why, and writes nothing', async () => {
    const answer = await confirm(helen, gareth!.uid);
    expect(answer.status).toBe(400);
    expect(answer.error?.message).toBe(
      `${gareth!.displayName} has not completed the programme: attended 6½ of the 7 days needed.`,
    );
    expect((await completionOf(gareth!.uid)).exists).toBe(false);
    expect((await audited()).size).toBe(0);
  });

  it('refuses until module 4’s last day is over in London', async () => {
    await timetable(0);
    const answer = await confirm(helen, amara!.uid);
    expect(answer.status).toBe(400);
    expect(answer.error?.message).toMatch(
      /^Module 4 ends on .+\. Confirm who completed from .+\.$/,
    );
    expect((await completionOf(amara!.uid)).exists).toBe(false);
  });

  it('refuses a facilitator of another cohort, and the participant themselves', async () => {
    for (const caller of [priya, amara]) {
      const answer = await confirm(caller, amara!.uid);
      expect(answer.status).toBe(403);
      expect(answer.error?.message).toBe(
        'Only the cohort’s facilitators confirm who completed the programme.',
      );
    }
    expect((await completionOf(amara!.uid)).exists).toBe(false);
    expect((await audited()).size).toBe(0);
  });

  it('refuses someone who is not a participant of the cohort', async () => {
    const answer = await confirm(helen, tom!.uid);
    expect(answer.status).toBe(400);
    expect(answer.error?.message).toBe(
      'Only a participant of this cohort can complete the programme.',
    );
  });

  it('withdraws a confirmation, for the cohort’s facilitators alone, once in the audit log', async () => {
    await confirm(helen, amara!.uid);
    const withdraw = (caller: typeof amara) =>
      callFunction<{ outcome: string }>('withdrawCompletion', tokens[caller!.uid] ?? null, {
        cohortId,
        uid: amara!.uid,
      });
    for (const caller of [priya, amara]) expect((await withdraw(caller)).status).toBe(403);
    expect((await completionOf(amara!.uid)).exists).toBe(true);

    expect((await withdraw(tom)).result).toEqual({ outcome: 'withdrawn' });
    expect((await withdraw(tom)).result).toEqual({ outcome: 'already-withdrawn' });
    expect((await completionOf(amara!.uid)).exists).toBe(false);
    const withdrawals = await audited('completion.withdraw');
    expect(withdrawals.docs.map((d) => d.get('target'))).toEqual([
      { uid: amara!.uid, label: amara!.displayName },
    ]);
  });
});
