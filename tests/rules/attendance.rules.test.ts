import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, serverTimestamp, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
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
});
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
});
