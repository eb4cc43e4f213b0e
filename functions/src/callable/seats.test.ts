import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cohortA } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { callFunction, idTokenOf } from '../testing/callables';

const [helen] = cohortA.facilitators;
const [amara, gareth] = cohortA.participants;
const seatCohort = 'cohort-seat-test';
const cohortRef = () => adminDb().doc(`cohorts/${seatCohort}`);

/** What the cohort's count must always equal: participants plus pending participant invitations. */
async function seatsHeld() {
  const [members, invitations] = await Promise.all([
    cohortRef().collection('members').where('role', '==', 'participant').get(),
    cohortRef().collection('invitations').where('role', '==', 'participant').get(),
  ]);
  return members.size + invitations.size;
}

/** An invitee joins as the rules allow: their membership and the invitation's removal in one batch. */
async function join(email: string, uid: string) {
  const batch = adminDb().batch();
  batch.create(cohortRef().collection('members').doc(uid), {
    uid,
    role: 'participant',
    displayName: uid,
  });
  batch.delete(cohortRef().collection('invitations').doc(email));
  await batch.commit();
}

describe('seats', () => {
  let token: string;
  afterAll(() => adminDb().recursiveDelete(cohortRef()));

  beforeEach(async () => {
    await seedDemoData();
    await adminDb().recursiveDelete(cohortRef());
    const audited = await adminDb()
      .collection('auditLog')
      .where('cohortId', '==', seatCohort)
      .get();
    await Promise.all(audited.docs.map((d) => d.ref.delete()));
    await cohortRef().set({
      name: 'Seat test',
      startDate: '2027-04-06',
      endDate: '2027-11-02',
      seatLimit: 4,
      archived: false,
      seatsTaken: 0,
      lastSeatChange: { kind: 'invite', id: 'someone.earlier@example.org' },
    });
    await cohortRef()
      .collection('members')
      .doc(helen!.uid)
      .set({ uid: helen!.uid, role: 'facilitator', displayName: helen!.displayName });
    token = await idTokenOf(helen!.email);
  });

  const invite = (addresses: string[]) =>
    callFunction<{ outcome: string }[]>('inviteParticipants', token, {
      cohortId: seatCohort,
      addresses,
    });
  const withdraw = (email: string) =>
    callFunction<string>('withdrawInvitation', token, { cohortId: seatCohort, email });
  const remove = (uid: string) =>
    callFunction<string>('removeParticipant', token, { cohortId: seatCohort, uid });

  it('count participants plus pending invitations through invitations, withdrawals, joins and removals in any order', async () => {
    const steps: [string, () => Promise<unknown>][] = [
      ['invite three', () => invite(['a@example.org', 'b@example.org', 'c@example.org'])],
      ['b joins', () => join('b@example.org', 'uid-b')],
      ['withdraw a', () => withdraw('a@example.org')],
      ['withdraw a again', () => withdraw('a@example.org')],
      [
        'invite three more into two seats',
        () => invite(['d@', 'd@example.org', 'e@example.org', 'f@example.org']),
      ],
      ['remove b', () => remove('uid-b')],
      ['remove b again', () => remove('uid-b')],
      ['c joins', () => join('c@example.org', 'uid-c')],
      ['withdraw f, which was never invited', () => withdraw('f@example.org')],
      ['invite f', () => invite(['f@example.org'])],
      [
        'withdraw d and remove c at once',
        () => Promise.all([withdraw('d@example.org'), remove('uid-c')]),
      ],
    ];
    for (const [step, run] of steps) {
      await run();
      const cohort = await cohortRef().get();
      expect(cohort.get('seatsTaken'), step).toBe(await seatsHeld());
      expect(cohort.get('seatsTaken'), step).toBeLessThanOrEqual(4);
    }
    expect(await seatsHeld()).toBe(2);
  });

  it('leave no email address on the cohort document, which every member reads', async () => {
    await invite(['first.person@example.org']);
    await withdraw('first.person@example.org');
    await invite(['second.person@example.org']);
    const cohort = (await cohortRef().get()).data() ?? {};
    expect(JSON.stringify(cohort)).not.toContain('@');
    expect(cohort['lastSeatChange']).toBeUndefined();
  });

  it('are freed only by the cohort’s facilitators and the programme team, and a removal is audited', async () => {
    await cohortRef()
      .collection('members')
      .doc(amara!.uid)
      .set({ uid: amara!.uid, role: 'participant', displayName: amara!.displayName });
    await cohortRef().update({ seatsTaken: 1 });
    const asParticipant = await callFunction('removeParticipant', await idTokenOf(gareth!.email), {
      cohortId: seatCohort,
      uid: amara!.uid,
    });
    expect(asParticipant.status).toBe(403);
    expect((await cohortRef().collection('members').doc(amara!.uid).get()).exists).toBe(true);
    const asFacilitator = await remove(amara!.uid);
    expect(asFacilitator.result).toBe('freed');
    expect((await cohortRef().get()).get('seatsTaken')).toBe(0);
    const audit = await adminDb()
      .collection('auditLog')
      .where('cohortId', '==', seatCohort)
      .where('action', '==', 'participant.remove')
      .get();
    expect(audit.docs.map((d) => d.get('target'))).toEqual([
      { uid: amara!.uid, label: amara!.displayName },
    ]);
    expect(audit.docs[0]?.get('actor.uid')).toBe(helen!.uid);
  });

  it('are changed only for ids that name one document, never a path to another', async () => {
    await cohortRef().update({ seatsTaken: 1 });
    expect((await remove(`${amara!.uid}/nested/doc`)).status).toBe(403);
    expect((await withdraw('someone@example.org/nested/doc')).status).toBe(403);
    expect((await cohortRef().get()).get('seatsTaken')).toBe(1);
  });

  it('are refused for a facilitator, who holds none', async () => {
    const answer = await remove(helen!.uid);
    expect(answer.status).toBe(403);
    expect((await cohortRef().collection('members').doc(helen!.uid).get()).exists).toBe(true);
  });
});
