import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA, cohortB, programmeAdmin } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { callFunction, idTokenOf } from '../testing/callables';

const [dylan, fiona] = cohortB.participants;
const [priya] = cohortB.facilitators;
const [helen] = cohortA.facilitators;
const from = `cohorts/${cohortB.id}`;
const to = `cohorts/${cohortA.id}`;
const at = Timestamp.fromDate(new Date('2026-11-10T18:00:00Z'));
const programme = 'programme-collaborative-leadership';

const agreement = {
  uid: dylan!.uid,
  fromCohortId: cohortB.id,
  toCohortId: cohortA.id,
  agreementMethod: 'email',
  agreedOn: '2026-11-20',
  agreementNote: 'Replied to our email of 18 November',
};
const defer = (token: string | null, data: Record<string, unknown> = agreement) =>
  callFunction<{ outcome: string; moved: Record<string, unknown> }>(
    'deferParticipant',
    token,
    data,
  );

const entry = (visibility: string) => ({
  authorUid: dylan!.uid,
  authorName: dylan!.displayName,
  moduleId: 'module-1',
  title: `A ${visibility} reflection`,
  body: 'What I took from the first module',
  visibility,
  revision: 0,
  createdAt: at,
  updatedAt: at,
});

/** Dylan's writing and records in autumn 2026, as the app would have left them. */
async function seedDylansCohortLife() {
  const db = adminDb();
  await Promise.all([
    db.doc(from).update({ programmeId: programme }),
    db.doc(to).update({ programmeId: programme }),
  ]);
  // Cohort A is seeded full: one pending invitation is withdrawn with its seat, as
  // withdrawInvitation does, so Dylan has a seat to move into.
  const [invitation] = (await db.collection(`${to}/invitations`).limit(1).get()).docs;
  const batch = db.batch();
  batch.delete(invitation!.ref);
  batch.update(db.doc(to), { seatsTaken: FieldValue.increment(-1) });
  batch.set(db.doc(`${from}/journal/dylan-shared`), entry('cohort'));
  batch.set(db.doc(`${from}/journal/dylan-private`), entry('private'));
  batch.set(db.doc(`${from}/journal/dylan-shared/comments/fiona-reply`), {
    authorUid: fiona!.uid,
    authorName: fiona!.displayName,
    body: 'Same for me',
    visibility: 'cohort',
    createdAt: at,
    updatedAt: at,
  });
  batch.set(db.doc(`${from}/goals/dylan-goal`), {
    ownerUid: dylan!.uid,
    text: 'Agree a housing and health plan with the ICB',
    source: 'director-call',
    createdBy: priya!.uid,
    checkIns: { '1': { progress: 1, note: 'Met the place director' } },
    createdAt: at,
    updatedAt: at,
  });
  batch.set(db.doc(`${from}/directorCalls/${dylan!.uid}`), {
    uid: dylan!.uid,
    scheduledAt: at,
    completed: true,
    summary: 'Goals agreed',
  });
  batch.set(db.doc(`${from}/directorCallNotes/${dylan!.uid}`), { notes: 'Keen on joint work' });
  batch.set(db.doc(`${from}/attendance/${dylan!.uid}`), {
    uid: dylan!.uid,
    days: { '1-1': 'present', '1-2': 'present' },
    updatedAt: at,
  });
  await batch.commit();
}

/** What a signed-in browser gets when it asks the Firestore emulator, under the rules, for a path. */
async function readAs(token: string, path: string) {
  const response = await fetch(
    `http://${process.env['FIRESTORE_EMULATOR_HOST']}/v1/projects/demo-leadership-portal/databases/(default)/documents/${path}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  return response.status;
}

const seats = async (path: string) => (await adminDb().doc(path).get()).get('seatsTaken');
const exists = async (path: string) => (await adminDb().doc(path).get()).exists;

describe('deferral to a later cohort', () => {
  beforeEach(async () => {
    await seedDemoData();
    await seedDylansCohortLife();
  });

  it('moves the person, their writing and their records, frees one seat and takes one, once', async () => {
    const sam = await idTokenOf(programmeAdmin.email);
    const fionaToken = await idTokenOf(fiona!.email);
    expect(await readAs(fionaToken, `${from}/journal/dylan-shared`)).toBe(200);
    const [seatsFrom, seatsTo] = [await seats(from), await seats(to)];

    const done = await defer(sam);
    expect(done.result).toEqual({
      outcome: 'deferred',
      toCohortName: cohortA.name,
      moved: { goals: 1, entries: 2, replies: 1, directorCall: true },
    });

    for (const path of [
      `members/${dylan!.uid}`,
      'journal/dylan-shared',
      'journal/dylan-private',
      'journal/dylan-shared/comments/fiona-reply',
      'goals/dylan-goal',
      `directorCalls/${dylan!.uid}`,
      `directorCallNotes/${dylan!.uid}`,
    ]) {
      expect(await exists(`${to}/${path}`), `${path} in the new cohort`).toBe(true);
      expect(await exists(`${from}/${path}`), `${path} left behind`).toBe(false);
    }
    expect((await adminDb().doc(`${to}/goals/dylan-goal`).get()).get('checkIns')).toEqual({
      '1': { progress: 1, note: 'Met the place director' },
    });
    expect(
      await adminDb()
        .doc(`${to}/members/${dylan!.uid}`)
        .get()
        .then((d) => d.data()),
    ).toMatchObject({ uid: dylan!.uid, role: 'participant', displayName: dylan!.displayName });
    expect((await adminDb().doc(`${from}/attendance/${dylan!.uid}`).get()).get('days')).toEqual({
      '1-1': 'present',
      '1-2': 'present',
    });
    expect(await exists(`${to}/attendance/${dylan!.uid}`)).toBe(false);
    expect(await seats(from)).toBe(seatsFrom - 1);
    expect(await seats(to)).toBe(seatsTo + 1);
    // The network lists the cohort they are in now; its rules refuse a profile naming one they left.
    const profile = (await adminDb().doc(`networkProfiles/${dylan!.uid}`).get()).data();
    expect(profile?.['cohortIds']).toEqual([cohortA.id]);
    expect(Object.keys(profile?.['cohortLabels'] as object)).toEqual([cohortA.id]);
    expect(profile?.['tagCohorts']).toEqual([
      `housing|${cohortA.id}`,
      `health inequalities|${cohortA.id}`,
    ]);

    // The old cohort's members lose the entry; the new cohort's facilitators find it.
    expect(await readAs(fionaToken, `${from}/journal/dylan-shared`)).not.toBe(200);
    expect(await readAs(await idTokenOf(helen!.email), `${to}/journal/dylan-shared`)).toBe(200);
    expect(await readAs(await idTokenOf(dylan!.email), `${to}/journal/dylan-private`)).toBe(200);

    const record = {
      uid: dylan!.uid,
      displayName: dylan!.displayName,
      fromCohortId: cohortB.id,
      toCohortId: cohortA.id,
      agreementMethod: 'email',
      agreedOn: '2026-11-20',
      agreementNote: 'Replied to our email of 18 November',
      deferredBy: programmeAdmin.displayName,
    };
    const recordId = `${cohortB.id}__${dylan!.uid}`;
    expect((await adminDb().doc(`${from}/deferrals/${recordId}`).get()).data()).toMatchObject(
      record,
    );
    expect((await adminDb().doc(`${to}/deferrals/${recordId}`).get()).data()).toMatchObject(record);
    const audit = await adminDb()
      .collection('auditLog')
      .where('action', '==', 'participant.defer')
      .get();
    expect(audit.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({
        cohortId: cohortB.id,
        target: { uid: dylan!.uid, label: dylan!.displayName },
        detail: {
          toCohortId: cohortA.id,
          toCohortName: cohortA.name,
          agreementMethod: 'email',
          agreedOn: '2026-11-20',
        },
      }),
    ]);

    const again = await defer(sam);
    expect(again.result?.outcome).toBe('already-deferred');
    expect(await seats(from)).toBe(seatsFrom - 1);
    expect(await seats(to)).toBe(seatsTo + 1);
    expect(
      (await adminDb().collection('auditLog').where('action', '==', 'participant.defer').get())
        .size,
    ).toBe(1);
  });

  it("takes them off the new cohort's waiting list, and leaves the others waiting in order", async () => {
    const waitingList = adminDb().collection(`${to}/waitingList`);
    const before = (await waitingList.orderBy('position').get()).docs.map((d) => d.id);
    expect(before.length).toBeGreaterThan(0);
    const last = (await waitingList.orderBy('position', 'desc').limit(1).get()).docs[0];
    await waitingList.doc(dylan!.email.toLowerCase()).set({
      email: dylan!.email.toLowerCase(),
      name: dylan!.displayName,
      position: Number(last?.get('position') ?? 0) + 1,
      addedBy: helen!.uid,
      addedAt: at,
    });

    await defer(await idTokenOf(programmeAdmin.email));

    expect(await exists(`${to}/waitingList/${dylan!.email.toLowerCase()}`)).toBe(false);
    expect((await waitingList.orderBy('position').get()).docs.map((d) => d.id)).toEqual(before);
  });

  it('refuses a full cohort, an earlier one, another programme, and anyone but the team', async () => {
    const sam = await idTokenOf(programmeAdmin.email);
    await adminDb()
      .doc(to)
      .update({ seatLimit: await seats(to) });
    const full = await defer(sam);
    expect(full.error?.message).toBe(
      `${cohortA.name} is full: all ${await seats(to)} seats are taken. Free a seat there first, or choose another cohort.`,
    );
    await adminDb().doc(to).update({ seatLimit: 16, programmeId: 'programme-another' });
    expect((await defer(sam)).error?.message).toContain('belongs to another programme');
    await adminDb().doc(to).update({ programmeId: programme });

    const [amara] = cohortA.participants;
    const backwards = await defer(sam, {
      ...agreement,
      uid: amara!.uid,
      fromCohortId: cohortA.id,
      toCohortId: cohortB.id,
    });
    expect(backwards.error?.message).toContain('Choose a later cohort.');
    expect((await defer(sam, { ...agreement, agreedOn: '2999-01-01' })).error?.message).toBe(
      'The day they agreed cannot be in the future.',
    );
    expect((await defer(await idTokenOf(priya!.email))).status).toBe(403);
    expect(await exists(`${from}/members/${dylan!.uid}`)).toBe(true);
    expect(await exists(`${from}/journal/dylan-shared`)).toBe(true);
  });
});
