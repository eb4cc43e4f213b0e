import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  deleteDoc,
  doc,
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

// Each refused confirmation sits next to the honest one it imitates, which must succeed.

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

describe('completion confirmations', () => {
  it('are made by the cohort’s facilitator, as themselves, at server time, after the last module', async () => {
    const db = as(env, 'facilitatorA');
    await assertFails(confirm(db, { ...honest(), confirmedBy: people.facilitatorB.uid }));
    await assertFails(confirm(db, { ...honest(), confirmedAt: Timestamp.now() }));
    await assertFails(confirm(db, { ...honest(), certificateText: 'Distinction' }));
    await assertFails(confirm(db, { ...honest(), daysAttended: 9 }));
    await assertFails(confirm(db, { ...honest(), hoursAttended: '40' }));
    await assertSucceeds(confirm(db, honest()));
  });

  it('name the participant as their membership does, and a facilitator as programme director', async () => {
    const db = as(env, 'facilitatorA');
    await assertFails(confirm(db, { ...honest(), displayName: 'Amara Okafor OBE' }));
    await assertFails(
      confirm(db, { ...honest(), directorUid: amara.uid, directorName: amara.displayName }),
    );
    await assertFails(confirm(db, { ...honest(), directorName: 'Professor Helen Marsh' }));
    await assertSucceeds(confirm(db, honest()));
  });

  it('wait until the day after module 4 ends', async () => {
    await lastModuleEnded(0);
    await assertFails(confirm(as(env, 'facilitatorA'), honest()));
    await lastModuleEnded(1);
    await assertSucceeds(confirm(as(env, 'facilitatorA'), honest()));
  });

  it('are for participants of the cohort only, and never a participant’s own doing', async () => {
    await assertFails(
      confirm(as(env, 'facilitatorA'), honest(helen.uid, helen.displayName), A, helen.uid),
    );
    await assertFails(confirm(as(env, 'participantA'), { ...honest(), confirmedBy: amara.uid }));
    await assertFails(confirm(as(env, 'facilitatorB'), honest(), B));
  });

  it('are withdrawn, never edited', async () => {
    const db = as(env, 'facilitatorA');
    await assertSucceeds(confirm(db, honest()));
    await assertFails(
      updateDoc(doc(db, 'cohorts', A, 'completions', amara.uid), { hoursAttended: 48 }),
    );
    await assertFails(
      deleteDoc(doc(as(env, 'participantA'), 'cohorts', A, 'completions', amara.uid)),
    );
    await assertSucceeds(deleteDoc(doc(db, 'cohorts', A, 'completions', amara.uid)));
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
