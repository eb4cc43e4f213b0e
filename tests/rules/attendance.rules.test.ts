import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, serverTimestamp, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { addDaysIso, todayIso } from '../../src/lib/dates';
import {
  A,
  as,
  createRulesEnvironment,
  firestoreOf,
  people,
  seedTwoCohorts,
} from './rules-environment';

// Each refused mark sits next to the honest one it imitates, which must succeed.

let env: RulesTestEnvironment;
const amara = people.participantA;

beforeAll(async () => {
  env = await createRulesEnvironment('attendance');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  // Module 4 began yesterday and ends today; module 3 ended a week ago, whatever day this runs.
  await env.withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    await updateDoc(doc(db, 'cohorts', A, 'modules', 'module-3'), {
      days: [addDaysIso(todayIso(), -8), addDaysIso(todayIso(), -7)],
    });
    await updateDoc(doc(db, 'cohorts', A, 'modules', 'module-4'), {
      days: [addDaysIso(todayIso(), -1), todayIso()],
    });
  });
});

const startsInTwoDays = () =>
  env.withSecurityRulesDisabled((context) =>
    updateDoc(doc(firestoreOf(context), 'cohorts', A, 'modules', 'module-4'), {
      days: [addDaysIso(todayIso(), 2), addDaysIso(todayIso(), 3)],
    }),
  );
afterAll(() => env.cleanup());

const mark = (db: Firestore, uid: string, days: Record<string, unknown>, extra = {}) =>
  setDoc(
    doc(db, 'cohorts', A, 'attendance', uid),
    { uid, days, updatedAt: serverTimestamp(), ...extra },
    { merge: true },
  );

describe('attendance', () => {
  it('takes present, part of the day or absent, for the eight module days only', async () => {
    const helen = as(env, 'facilitatorA');
    await assertFails(mark(helen, amara.uid, { '1-1': 'late' }));
    await assertFails(mark(helen, amara.uid, { '5-1': 'present' }));
    await assertFails(mark(helen, amara.uid, { '1-1': 'present' }, { note: 'arrived at ten' }));
    await assertFails(
      setDoc(doc(helen, 'cohorts', A, 'attendance', amara.uid), {
        uid: people.otherParticipantA.uid,
        days: {},
        updatedAt: serverTimestamp(),
      }),
    );
    for (const value of ['present', 'part', 'absent']) {
      await assertSucceeds(mark(helen, amara.uid, { '4-2': value }));
    }
  });

  it('is kept for participants only, by their own cohort’s facilitators, while the cohort runs', async () => {
    const helen = as(env, 'facilitatorA');
    await assertFails(mark(helen, people.associateA.uid, { '1-1': 'present' }));
    await assertFails(mark(as(env, 'facilitatorB'), amara.uid, { '1-1': 'present' }));
    await assertFails(mark(as(env, 'participantA'), amara.uid, { '1-1': 'present' }));
    await assertFails(mark(as(env, 'admin'), amara.uid, { '1-1': 'present' }));
    await assertSucceeds(mark(helen, amara.uid, { '1-1': 'present' }));
    await env.withSecurityRulesDisabled((context) =>
      updateDoc(doc(firestoreOf(context), 'cohorts', A), { archived: true }),
    );
    await assertFails(mark(helen, amara.uid, { '1-2': 'present' }));
  });

  it('refuses a day that has not come yet, today included as come', async () => {
    const helen = as(env, 'facilitatorA');
    await assertSucceeds(mark(helen, amara.uid, { '4-2': 'present' }));
    await startsInTwoDays();
    await assertFails(mark(helen, amara.uid, { '4-1': 'present' }));
    await assertFails(
      setDoc(doc(helen, 'cohorts', A, 'attendance', people.otherParticipantA.uid), {
        uid: people.otherParticipantA.uid,
        days: { '4-2': 'absent' },
        updatedAt: serverTimestamp(),
      }),
    );
    // A mark made before its module moved stays, and does not stop other days being marked.
    await assertSucceeds(mark(helen, amara.uid, { '3-1': 'part', '3-2': 'present' }));
  });
});
