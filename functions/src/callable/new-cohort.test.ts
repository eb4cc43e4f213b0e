import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA, programmeAdmin } from '../../../scripts/seed/demo-people';
import { COLLABORATIVE_PROGRAMME_ID } from '../../../scripts/seed/demo-programme';
import { seedDemoData } from '../../../scripts/seed/seed';
import { addDaysIso } from '@/lib/dates';
import { adminDb } from '../admin';
import { callFunction, idTokenOf } from '../testing/callables';

const [helen] = cohortA.facilitators;
const make = (token: string | null, data: Record<string, unknown>) =>
  callFunction<{ cohortId: string }>('newCohortFrom', token, data);
const db = () => adminDb();
const modulesOf = async (cohortId: string) =>
  (await db().collection(`cohorts/${cohortId}/modules`).orderBy('number').get()).docs.map((d) => ({
    id: d.id,
    ...d.data(),
  })) as { id: string; number: number; days: [string, string]; sessions: unknown[] }[];
// Everything of a cohort that is about its people rather than its timetable.
const personal = [
  'members',
  'invitations',
  'journal',
  'goals',
  'readings',
  'attendance',
  'moduleFeedback',
  'feedbackSummaries',
  'directorCalls',
  'directorCallNotes',
  'announcements',
  'whatsNew',
];
const personalCounts = async (cohortId: string) =>
  Object.fromEntries(
    await Promise.all(
      personal.map(async (name) => {
        const snapshot = await db().collection(`cohorts/${cohortId}/${name}`).get();
        return [name, snapshot.size] as const;
      }),
    ),
  );

describe('a new cohort from another’s timetable', () => {
  beforeEach(seedDemoData);

  it('moves every module by the weeks given and copies nothing personal', async () => {
    const sourceMaterials = await db().collection(`cohorts/${cohortA.id}/materials`).get();
    const withFile = sourceMaterials.docs[0]!;
    await withFile.ref.update({
      files: [
        {
          id: 'f1',
          name: 'Slides.pdf',
          type: 'application/pdf',
          size: 1000,
          path: `cohorts/${cohortA.id}/materials/${withFile.id}/f1/Slides.pdf`,
        },
      ],
    });
    const token = await idTokenOf(programmeAdmin.email);
    const answer = await make(token, {
      from: { cohortId: cohortA.id },
      name: 'Collaborative leadership — spring 2028',
      seatLimit: 14,
      shiftWeeks: 52,
    });
    expect(answer.error).toBeUndefined();
    const cohortId = answer.result!.cohortId;
    const [source, copy, record] = await Promise.all([
      db().doc(`cohorts/${cohortA.id}`).get(),
      db().doc(`cohorts/${cohortId}`).get(),
      db().doc(`programmes/${COLLABORATIVE_PROGRAMME_ID}`).get(),
    ]);
    expect(record.exists).toBe(true);
    expect(copy.data()).toEqual({
      programmeId: COLLABORATIVE_PROGRAMME_ID,
      // What its pages show of the programme: the record's name, description and director.
      programme: {
        name: record.get('name'),
        description: record.get('description'),
        directorName: record.get('directorName'),
      },
      name: 'Collaborative leadership — spring 2028',
      startDate: addDaysIso(source.get('startDate') as string, 364),
      endDate: addDaysIso(source.get('endDate') as string, 364),
      seatLimit: 14,
      archived: false,
      seatsTaken: 0,
      copiedFrom: cohortA.id,
    });
    const [before, after] = await Promise.all([modulesOf(cohortA.id), modulesOf(cohortId)]);
    expect(after).toHaveLength(4);
    for (const [index, module] of after.entries()) {
      const old = before[index]!;
      expect(module.days).toEqual([addDaysIso(old.days[0], 364), addDaysIso(old.days[1], 364)]);
      // Each session keeps its day of the module and its London times.
      expect(module.sessions).toEqual(old.sessions);
      expect(module).toMatchObject({ revision: 0, number: old.number });
    }
    const materials = await db().collection(`cohorts/${cohortId}/materials`).get();
    expect(materials.size).toBe(sourceMaterials.size);
    // The old cohort's objects stay its own: the copy carries no file of theirs.
    expect(materials.docs.filter((doc) => doc.get('files') !== undefined)).toEqual([]);
    expect(materials.size).toBeGreaterThan(0);
    // The source has people and their writing; the copy has none of it.
    const sourceCounts = await personalCounts(cohortA.id);
    expect(sourceCounts['members']).toBeGreaterThan(0);
    expect(sourceCounts['journal']).toBeGreaterThan(0);
    expect(await personalCounts(cohortId)).toEqual(
      Object.fromEntries(personal.map((name) => [name, 0])),
    );

    const audit = await db()
      .collection('auditLog')
      .where('action', '==', 'cohort.create-from')
      .get();
    expect(audit.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({
        actor: {
          uid: programmeAdmin.uid,
          label: programmeAdmin.displayName,
          email: programmeAdmin.email,
        },
        cohortId,
        target: { label: 'Collaborative leadership — spring 2028' },
        detail: { from: cohortA.name, modules: 4, materials: sourceMaterials.size, shiftWeeks: 52 },
      }),
    ]);
  });

  it('puts each module on the first day given, its sessions with it', async () => {
    const token = await idTokenOf(programmeAdmin.email);
    const firstDays = { 1: '2028-01-11', 2: '2028-03-07', 3: '2028-05-02', 4: '2028-07-04' };
    const answer = await make(token, {
      from: { cohortId: cohortA.id },
      name: 'Collaborative leadership — winter 2028',
      seatLimit: 16,
      firstDays,
    });
    const modules = await modulesOf(answer.result!.cohortId);
    expect(modules.map((module) => module.days)).toEqual([
      ['2028-01-11', '2028-01-12'],
      ['2028-03-07', '2028-03-08'],
      ['2028-05-02', '2028-05-03'],
      ['2028-07-04', '2028-07-05'],
    ]);
    expect((await db().doc(`cohorts/${answer.result!.cohortId}`).get()).get('endDate')).toBe(
      '2028-07-05',
    );
  });

  it('makes a timetable from the programme’s outline, with no venue yet', async () => {
    const token = await idTokenOf(programmeAdmin.email);
    const answer = await make(token, {
      from: { programmeId: COLLABORATIVE_PROGRAMME_ID },
      name: 'Collaborative leadership — autumn 2028',
      seatLimit: 16,
      firstDays: { 1: '2028-09-12', 2: '2028-11-07', 3: '2029-01-09', 4: '2029-03-06' },
    });
    const cohortId = answer.result!.cohortId;
    const modules = await modulesOf(cohortId);
    expect(modules.map(({ number, days }) => ({ number, days }))).toEqual([
      { number: 1, days: ['2028-09-12', '2028-09-13'] },
      { number: 2, days: ['2028-11-07', '2028-11-08'] },
      { number: 3, days: ['2029-01-09', '2029-01-10'] },
      { number: 4, days: ['2029-03-06', '2029-03-07'] },
    ]);
    expect(modules[0]).toMatchObject({ venue: '', title: 'Defining you and the system' });
    expect((await db().doc(`cohorts/${cohortId}`).get()).get('copiedFrom')).toBeUndefined();
  });

  it('refuses dates out of order, and anyone but the programme team', async () => {
    const token = await idTokenOf(programmeAdmin.email);
    const crossed = await make(token, {
      from: { cohortId: cohortA.id },
      name: 'Crossed',
      seatLimit: 16,
      firstDays: { 1: '2028-03-07', 2: '2028-01-11', 3: '2028-05-02', 4: '2028-07-04' },
    });
    expect(crossed.error?.message).toBe('Module 2 must start after module 1 ends.');
    const facilitator = await make(await idTokenOf(helen!.email), {
      from: { cohortId: cohortA.id },
      name: 'By a facilitator',
      seatLimit: 16,
      shiftWeeks: 52,
    });
    expect(facilitator.error?.message).toBe('Only the programme team can make a cohort.');
    const cohorts = await db()
      .collection('cohorts')
      .where('name', 'in', ['Crossed', 'By a facilitator'])
      .get();
    expect(cohorts.size).toBe(0);
  });
});
