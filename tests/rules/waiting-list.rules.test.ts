import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  setDoc,
  Timestamp,
  updateDoc,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { waitingListQuery, waitingPlaceDoc } from '../../src/lib/firestore/waiting-list-refs';
import { toDocRef, toQuery } from '../../src/lib/firestore/to-full-sdk';
import {
  A,
  as,
  B,
  createRulesEnvironment,
  firestoreOf,
  people,
  seedTwoCohorts,
} from './rules-environment';

// The access table's roles are all cohort members or strangers without an address in their
// token; the person waiting is neither, so their own place is tried here with a verified address.

let env: RulesTestEnvironment;
const at = Timestamp.fromDate(new Date('2027-01-01T09:00:00Z'));
const waiting = { uid: 'waiting-person', email: 'waiting.person@example.org' };
const next = 'next.person@example.org';
const offered = 'offered.person@example.org';

const placeOf = (email: string, position: number, extra: Record<string, unknown> = {}) => ({
  email,
  name: 'Someone Waiting',
  position,
  addedBy: people.facilitatorA.uid,
  addedAt: at,
  ...extra,
});

const asWaiting = (verified = true) =>
  firestoreOf(
    env.authenticatedContext(waiting.uid, {
      email: 'Waiting.Person@example.org',
      email_verified: verified,
    }),
  );

beforeAll(async () => {
  env = await createRulesEnvironment('waiting-list');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await env.withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    await setDoc(doc(db, 'cohorts', A, 'waitingList', waiting.email), placeOf(waiting.email, 1));
    await setDoc(doc(db, 'cohorts', A, 'waitingList', next), placeOf(next, 2));
    await setDoc(
      doc(db, 'cohorts', A, 'waitingList', offered),
      placeOf(offered, 3, { offeredAt: at, offerExpiresAt: at }),
    );
  });
});
afterAll(() => env.cleanup());

describe('a person on a waiting list', () => {
  it('reads their own place by their verified address', async () => {
    await assertSucceeds(getDoc(toDocRef(asWaiting(), waitingPlaceDoc(A, waiting.email))));
  });

  it('does not read their place before the address is confirmed', async () => {
    await assertFails(getDoc(toDocRef(asWaiting(false), waitingPlaceDoc(A, waiting.email))));
  });

  it('reads nobody else’s place and cannot list the waiting list', async () => {
    await assertFails(getDoc(toDocRef(asWaiting(), waitingPlaceDoc(A, next))));
    await assertFails(getDocs(toQuery(asWaiting(), waitingListQuery(A))));
  });

  it('cannot move up the list, take themselves off, or add a friend', async () => {
    const db = asWaiting();
    await assertFails(
      updateDoc(doc(db, 'cohorts', A, 'waitingList', waiting.email), { position: 0 }),
    );
    await assertFails(deleteDoc(doc(db, 'cohorts', A, 'waitingList', waiting.email)));
    await assertFails(
      setDoc(
        doc(db, 'cohorts', A, 'waitingList', 'friend@example.org'),
        placeOf('friend@example.org', 0),
      ),
    );
  });
});

describe('the cohort’s staff', () => {
  it('a facilitator of another cohort sees nothing of this one’s list', async () => {
    const db = as(env, 'facilitatorB');
    await assertFails(getDocs(toQuery(db, waitingListQuery(A))));
    await assertFails(getDoc(toDocRef(db, waitingPlaceDoc(A, waiting.email))));
    await assertFails(deleteDoc(doc(db, 'cohorts', A, 'waitingList', waiting.email)));
    await assertSucceeds(getDocs(toQuery(db, waitingListQuery(B))));
  });

  it('take someone off before a seat is offered to them, not after', async () => {
    const db = as(env, 'facilitatorA');
    await assertSucceeds(deleteDoc(doc(db, 'cohorts', A, 'waitingList', next)));
    // An offer holds a seat through its invitation: withdrawing that is what ends it.
    await assertFails(deleteDoc(doc(db, 'cohorts', A, 'waitingList', offered)));
  });

  it('change nothing on an archived cohort’s list', async () => {
    await env.withSecurityRulesDisabled((context) =>
      updateDoc(doc(firestoreOf(context), 'cohorts', A), { archived: true }),
    );
    await assertFails(deleteDoc(doc(as(env, 'facilitatorA'), 'cohorts', A, 'waitingList', next)));
    await assertSucceeds(getDocs(collection(as(env, 'facilitatorA'), 'cohorts', A, 'waitingList')));
  });
});
