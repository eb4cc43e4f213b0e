import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cohortA } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { callFunction, idTokenOf } from '../testing/callables';

const [helen, tom] = cohortA.facilitators;
const [amara, gareth] = cohortA.participants;
const raceCohort = 'cohort-race-test';
const call = (token: string | null, cohortId: string, addresses: string[]) =>
  callFunction<{ address: string; outcome: string }[]>('inviteParticipants', token, {
    cohortId,
    addresses,
  });

describe('inviting participants', () => {
  // The demo people must leave with the cohorts they came with, for the suites that follow.
  afterAll(() => adminDb().recursiveDelete(adminDb().doc(`cohorts/${raceCohort}`)));

  beforeEach(async () => {
    await seedDemoData();
    const cohort = adminDb().doc(`cohorts/${raceCohort}`);
    await adminDb().recursiveDelete(cohort);
    await cohort.set({
      name: 'Race test',
      startDate: '2027-04-06',
      endDate: '2027-11-02',
      seatLimit: 10,
      archived: false,
      seatsTaken: 0,
    });
    for (const person of [helen!, tom!]) {
      await cohort
        .collection('members')
        .doc(person.uid)
        .set({ uid: person.uid, role: 'facilitator', displayName: person.displayName });
    }
  });

  it('twelve at once from two facilitators into ten free seats: ten invited, two told there is no seat', async () => {
    const [helenToken, tomToken] = await Promise.all([
      idTokenOf(helen!.email),
      idTokenOf(tom!.email),
    ]);
    const addresses = Array.from({ length: 12 }, (_, i) => `racer.${i + 1}@example.org`);
    const answers = await Promise.all(
      addresses.map((address, i) => call(i % 2 ? tomToken : helenToken, raceCohort, [address])),
    );
    expect(answers.map((answer) => answer.status)).toEqual(addresses.map(() => 200));
    const outcomes = answers.flatMap((answer) => answer.result ?? []).map((r) => r.outcome);
    expect(outcomes.filter((outcome) => outcome === 'invited')).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === 'no-seat')).toHaveLength(2);

    const invitations = await adminDb().collection(`cohorts/${raceCohort}/invitations`).get();
    expect(invitations.size).toBe(10);
    const cohort = await adminDb().doc(`cohorts/${raceCohort}`).get();
    expect(cohort.get('seatsTaken')).toBe(invitations.size);
  });

  it('says what happened to each pasted address', async () => {
    await adminDb().doc(`cohorts/${raceCohort}`).update({ seatLimit: 2 });
    const token = await idTokenOf(helen!.email);
    await adminDb()
      .doc(`cohorts/${raceCohort}/members/${amara!.uid}`)
      .set({ uid: amara!.uid, role: 'participant', displayName: amara!.displayName });
    await adminDb().doc(`cohorts/${raceCohort}`).update({ seatsTaken: 1 });
    const answer = await call(token, raceCohort, [
      'First.Person@Example.org',
      'not an address',
      'first.person@example.org',
      amara!.email,
      'second.person@example.org',
    ]);
    expect(answer.result).toEqual([
      { address: 'first.person@example.org', outcome: 'invited' },
      { address: 'not an address', outcome: 'not-an-email' },
      { address: 'first.person@example.org', outcome: 'already-invited' },
      { address: amara!.email, outcome: 'already-member' },
      { address: 'second.person@example.org', outcome: 'no-seat' },
    ]);
    const again = await call(token, raceCohort, ['first.person@example.org']);
    expect(again.result).toEqual([
      { address: 'first.person@example.org', outcome: 'already-invited' },
    ]);
  });

  it('is refused to participants and to anyone signed out', async () => {
    const asParticipant = await call(await idTokenOf(gareth!.email), cohortA.id, ['x@example.org']);
    expect(asParticipant.status).toBe(403);
    expect(asParticipant.error?.message).toContain('Only the cohort’s facilitators');
    const signedOut = await call(null, cohortA.id, ['x@example.org']);
    expect(signedOut.status).toBe(401);
    expect(
      (await adminDb().doc(`cohorts/${cohortA.id}/invitations/x@example.org`).get()).exists,
    ).toBe(false);
  });
});
