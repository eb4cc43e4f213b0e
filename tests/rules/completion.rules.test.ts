import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { addDaysIso, todayIso } from '../../src/lib/dates';
import {
  A,
  as,
  B,
  createRulesEnvironment,
  firestoreOf,
  people,
  seedTwoCohorts,
} from './rules-environment';

// A confirmation is written by the confirmCompletion function alone, which counts the days and
// hours itself, and withdrawn by withdrawCompletion (functions/src/callable/confirm-completion.test.ts);
// a client's write, however honest it looks, is refused.

let env: RulesTestEnvironment;
const amara = people.participantA;
const helen = people.facilitatorA;
const policyPath = 'programmes/programme-collaborative-leadership/policy/completion';

const lastModuleEnded = (daysAgo: number) =>
  env.withSecurityRulesDisabled((context) =>
    updateDoc(doc(firestoreOf(context), 'cohorts', A, 'modules', 'module-4'), {
      days: [addDaysIso(todayIso(), -daysAgo - 1), addDaysIso(todayIso(), -daysAgo)],
    }),
  );

beforeAll(async () => {
  env = await createRulesEnvironment('completion');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await lastModuleEnded(2);
});
afterAll(() => env.cleanup());

const honest = (uid = amara.uid, name = amara.displayName) => ({
  uid,
  displayName: name,
  daysAttended: 6.5,
  hoursAttended: 39,
  directorName: helen.displayName,
  directorUid: helen.uid,
  confirmedBy: helen.uid,
  confirmedAt: serverTimestamp(),
});
const confirm = (db: Firestore, data: Record<string, unknown>, cohortId = A, uid = amara.uid) =>
  setDoc(doc(db, 'cohorts', cohortId, 'completions', uid), data);
const confirmedByTheFunction = () =>
  env.withSecurityRulesDisabled((context) =>
    setDoc(doc(firestoreOf(context), 'cohorts', A, 'completions', amara.uid), {
      ...honest(),
      confirmedAt: Timestamp.now(),
    }),
  );

describe('completion confirmations', () => {
  it('are never a client’s write: a facilitator’s own, with made-up or honest numbers, is refused', async () => {
    const db = as(env, 'facilitatorA');
    await assertFails(confirm(db, { ...honest(), daysAttended: 8, hoursAttended: 48 }));
    await assertFails(confirm(db, honest()));
    await assertFails(confirm(as(env, 'participantA'), { ...honest(), confirmedBy: amara.uid }));
    await assertFails(confirm(as(env, 'facilitatorB'), honest(), B));
    await assertFails(confirm(as(env, 'admin'), { ...honest(), confirmedBy: people.admin.uid }));
  });

  it('are read by the cohort’s staff and the participant they are about, nobody else', async () => {
    await confirmedByTheFunction();
    const path = ['cohorts', A, 'completions', amara.uid] as const;
    await assertSucceeds(getDoc(doc(as(env, 'facilitatorA'), ...path)));
    await assertSucceeds(getDoc(doc(as(env, 'participantA'), ...path)));
    await assertFails(getDoc(doc(as(env, 'otherParticipantA'), ...path)));
    await assertFails(getDoc(doc(as(env, 'facilitatorB'), ...path)));
  });

  it('are neither edited nor withdrawn by a client: withdrawing goes through a function too', async () => {
    await confirmedByTheFunction();
    const path = ['cohorts', A, 'completions', amara.uid] as const;
    const db = as(env, 'facilitatorA');
    await assertFails(updateDoc(doc(db, ...path), { hoursAttended: 48 }));
    await assertFails(deleteDoc(doc(db, ...path)));
    await assertFails(deleteDoc(doc(as(env, 'participantA'), ...path)));
    await assertSucceeds(getDoc(doc(db, ...path)));
  });
});

describe('what completion means', () => {
  const rule = (uid: string, extra = {}) => ({
    minDaysAttended: 6,
    directorCallRequired: true,
    updatedBy: uid,
    updatedAt: serverTimestamp(),
    ...extra,
  });

  it('is set by the programme team alone, shape-checked, as themselves at server time', async () => {
    const sam = as(env, 'admin');
    const admin = people.admin.uid;
    await assertFails(setDoc(doc(sam, policyPath), rule(admin, { minDaysAttended: 9 })));
    await assertFails(setDoc(doc(sam, policyPath), rule(admin, { minDaysAttended: 5.5 })));
    await assertFails(setDoc(doc(sam, policyPath), rule(admin, { directorCallRequired: 'yes' })));
    await assertFails(setDoc(doc(sam, policyPath), rule(admin, { passMark: 50 })));
    await assertFails(setDoc(doc(sam, policyPath), rule(helen.uid)));
    await assertFails(setDoc(doc(sam, policyPath), rule(admin, { updatedAt: Timestamp.now() })));
    await assertFails(setDoc(doc(as(env, 'facilitatorA'), policyPath), rule(helen.uid)));
    await assertSucceeds(setDoc(doc(sam, policyPath), rule(admin)));
    await assertFails(
      setDoc(doc(sam, 'programmes/programme-collaborative-leadership/policy/other'), rule(admin)),
    );
  });
});
