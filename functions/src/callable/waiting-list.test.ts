import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { adminAuth, adminDb } from '../admin';
import { testServices } from '../testing/test-services';
import { passExpiredOffers, settleOffer } from './waiting-list';

const cohortId = 'cohort-waiting-list-test';
const cohortRef = () => adminDb().doc(`cohorts/${cohortId}`);
const now = new Date('2027-05-10T07:00:00Z');
const lapsed = Timestamp.fromDate(new Date('2027-05-09T07:00:00Z'));
const first = 'first.waiting@example.org';
const second = 'second.waiting@example.org';

async function seed(waiting: string[]) {
  await adminDb().recursiveDelete(cohortRef());
  await cohortRef().set({
    name: 'Waiting list test',
    startDate: '2027-04-06',
    endDate: '2027-11-02',
    seatLimit: 1,
    seatsTaken: 1,
    archived: false,
  });
  await cohortRef()
    .collection('invitations')
    .doc(first)
    .set({
      email: first,
      role: 'participant',
      invitedBy: 'helen',
      invitedAt: Timestamp.fromDate(new Date('2027-05-02T07:00:00Z')),
      offerExpiresAt: lapsed,
    });
  await cohortRef().collection('waitingList').doc(first).set({
    email: first,
    name: 'Fern First',
    position: 1,
    offeredAt: lapsed,
    offerExpiresAt: lapsed,
    offeredBy: 'helen',
  });
  for (const [index, email] of waiting.entries()) {
    await cohortRef()
      .collection('waitingList')
      .doc(email)
      .set({ email, name: 'Sol Second', position: index + 2 });
  }
}

const state = async () => {
  const [cohort, invitations, waiting] = await Promise.all([
    cohortRef().get(),
    cohortRef().collection('invitations').get(),
    cohortRef().collection('waitingList').orderBy('position').get(),
  ]);
  return {
    seatsTaken: cohort.get('seatsTaken') as number,
    invited: invitations.docs.map((d) => d.id),
    waiting: waiting.docs.map((d) => [d.id, Boolean(d.get('offeredAt'))]),
  };
};

describe('an offer not taken up by its deadline', () => {
  afterAll(() => adminDb().recursiveDelete(cohortRef()));
  beforeEach(() => adminDb().recursiveDelete(cohortRef()));

  it('passes to the next person, keeping the seat counted, and a second morning changes nothing', async () => {
    await seed([second]);
    expect(await passExpiredOffers(testServices({ now }))).toBe(1);
    const after = await state();
    expect(after).toEqual({ seatsTaken: 1, invited: [second], waiting: [[second, true]] });
    const offer = await cohortRef().collection('invitations').doc(second).get();
    expect((offer.get('offerExpiresAt') as Timestamp).toMillis()).toBeGreaterThan(now.getTime());

    expect(await passExpiredOffers(testServices({ now }))).toBe(0);
    expect(await state()).toEqual(after);
  });

  it('frees the seat once when nobody else is waiting', async () => {
    await seed([]);
    expect(await passExpiredOffers(testServices({ now }))).toBe(1);
    expect(await state()).toEqual({ seatsTaken: 0, invited: [], waiting: [] });
    expect(await passExpiredOffers(testServices({ now }))).toBe(0);
    expect((await state()).seatsTaken).toBe(0);
  });

  it('leaves an offer alone until its deadline', async () => {
    await seed([second]);
    const before = await state();
    expect(await passExpiredOffers(testServices({ now: new Date('2027-05-08T07:00:00Z') }))).toBe(
      0,
    );
    expect(await state()).toEqual(before);
  });
});

describe('a place on the waiting list', () => {
  afterAll(() => adminDb().recursiveDelete(cohortRef()));

  it('ends when its person joins by another invitation, and stays when one is withdrawn', async () => {
    await seed([second]);
    const joiner = await adminAuth()
      .getUserByEmail(second)
      .catch(() => adminAuth().createUser({ email: second, emailVerified: true }));
    const services = testServices({ now });
    await cohortRef().collection('invitations').doc(second).delete();
    await settleOffer(services, cohortId, second);
    expect((await cohortRef().collection('waitingList').doc(second).get()).exists).toBe(true);

    await cohortRef()
      .collection('members')
      .doc(joiner.uid)
      .set({ uid: joiner.uid, role: 'participant', displayName: 'Sol Second' });
    await settleOffer(services, cohortId, second);
    await settleOffer(services, cohortId, second);
    expect((await cohortRef().collection('waitingList').doc(second).get()).exists).toBe(false);
  });
});
