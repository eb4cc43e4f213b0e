import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  Timestamp,
  where,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accessMatrix,
  expectedAccess,
  operations,
  type KindName,
  type Operation,
} from '../../firestore/access-matrix';
import { myJournalQuery, myMembershipsQuery } from '../../src/lib/firestore/refs';
import { toQuery } from '../../src/lib/firestore/to-full-sdk';
import { cohortTarget, kindOperations } from './access-matrix/kind-operations';
import {
  A,
  as,
  createRulesEnvironment,
  expectAccess,
  firestoreOf,
  people,
  placeFeedbackWindow,
  seedTwoCohorts,
} from './rules-environment';

// A participant removed from cohort A (decision 0027): their membership is gone and a departure
// record says until when they may still read their own entries. Every kind of cohort document in
// the access table is tried as them, in the grace period and after it.

const removed = people.participantA;
const departurePath = `departures/${A}__${removed.uid}`;
const DAY = 86_400_000;
const ownEntries = new Set<KindName>(['privateEntry', 'facilitatorsEntry', 'cohortEntry']);
const cohortKinds = (Object.keys(accessMatrix) as KindName[]).filter((kind) =>
  accessMatrix[kind].path.startsWith('cohorts/'),
);

let env: RulesTestEnvironment;
let freshIds = 0;

async function withRulesOff(work: (db: Firestore) => Promise<unknown>) {
  await env.withSecurityRulesDisabled((context) =>
    work(firestoreOf(context)).then(() => undefined),
  );
}

/** The table's targets as they were, then the removal as removeParticipant writes it. */
async function removeWithAccessUntil(accessEndsAt: Date) {
  await withRulesOff(async (db) => {
    for (const { target, cleanUp } of Object.values(kindOperations)) {
      await setDoc(doc(db, target.path), target.data);
      await cleanUp?.(db);
    }
    await deleteDoc(doc(db, 'cohorts', A, 'members', removed.uid));
    await setDoc(doc(db, departurePath), {
      uid: removed.uid,
      cohortId: A,
      cohortName: 'Collaborative leadership — spring 2027',
      displayName: removed.displayName,
      endedAt: Timestamp.fromMillis(Date.now() - DAY),
      accessEndsAt: Timestamp.fromDate(accessEndsAt),
    });
  });
}

function attempt(kind: KindName, operation: Operation, db: Firestore): Promise<unknown> {
  const ops = kindOperations[kind];
  const actor = { uid: removed.uid, name: removed.displayName };
  switch (operation) {
    case 'get':
      return getDoc(doc(db, ops.target.path));
    case 'appList':
      return ops.appList ? ops.appList(db) : Promise.reject(new Error('no app query'));
    case 'anyList':
      return ops.anyList(db);
    case 'create':
      freshIds += 1;
      return ops.create(db, actor, `removed-new-${freshIds}`);
    case 'update':
      return ops.update(db, actor);
    case 'delete':
      return ops.remove ? ops.remove(db, actor) : deleteDoc(doc(db, ops.target.path));
  }
}

beforeAll(async () => {
  env = await createRulesEnvironment('removed-participant');
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await placeFeedbackWindow(env);
  await withRulesOff(async (db) => {
    cohortTarget.data = (await getDoc(doc(db, cohortTarget.path))).data() ?? {};
    const module = kindOperations.module.target;
    module.data = (await getDoc(doc(db, module.path))).data() ?? {};
  });
});
afterAll(() => env.cleanup());

for (const [period, accessEndsAt] of [
  ['during the grace period', () => new Date(Date.now() + 29 * DAY)],
  ['after the grace period', () => new Date(Date.now() - 60_000)],
] as const) {
  describe(`a removed participant ${period}`, () => {
    const inGrace = period === 'during the grace period';

    for (const kind of cohortKinds) {
      for (const operation of Object.keys(operations) as Operation[]) {
        // Every cell the table tests for the owner is tried again once they are removed.
        if (expectedAccess(kind, 'owner', operation) === null) continue;
        // Their own memberships query still runs: it simply no longer finds cohort A (below).
        const allowed =
          (kind === 'membership' && operation === 'appList') ||
          (inGrace && ownEntries.has(kind) && operation === 'get') ||
          (inGrace && kind === 'privateEntry' && operation === 'appList');
        it(`${accessMatrix[kind].title}: ${operation} is ${allowed ? 'allowed' : 'refused'}`, async () => {
          await removeWithAccessUntil(accessEndsAt());
          await expectAccess(attempt(kind, operation, as(env, 'participantA')), allowed);
        });
      }
    }

    it(`${inGrace ? 'lists' : 'cannot list'} their own entries with the app's query, and never another's`, async () => {
      await removeWithAccessUntil(accessEndsAt());
      const db = as(env, 'participantA');
      await expectAccess(getDocs(toQuery(db, myJournalQuery(A, removed.uid))), inGrace);
      await expectAccess(
        getDocs(toQuery(db, myJournalQuery(A, people.otherParticipantA.uid))),
        false,
      );
      await expectAccess(getDoc(doc(db, 'cohorts', A, 'journal', 'gareth-m2-shared')), false);
    });

    it('no longer finds cohort A among their memberships', async () => {
      await removeWithAccessUntil(accessEndsAt());
      const memberships = await getDocs(
        toQuery(as(env, 'participantA'), myMembershipsQuery(removed.uid)),
      );
      expect(memberships.docs.map((d) => d.ref.path)).toEqual([]);
    });

    it('reads their own departure and finds it with its query, but no one else’s', async () => {
      await removeWithAccessUntil(accessEndsAt());
      const db = as(env, 'participantA');
      await expectAccess(getDoc(doc(db, departurePath)), true);
      await expectAccess(
        getDocs(query(collection(db, 'departures'), where('uid', '==', removed.uid))),
        true,
      );
      await expectAccess(getDocs(collection(db, 'departures')), false);
      await expectAccess(setDoc(doc(db, departurePath), { uid: removed.uid }), false);
      await expectAccess(deleteDoc(doc(db, departurePath)), false);
    });
  });
}

describe('a departure record', () => {
  beforeEach(() => removeWithAccessUntil(new Date(Date.now() + 29 * DAY)));

  it('is read by the cohort’s staff, never by another participant or another cohort', async () => {
    await expectAccess(getDoc(doc(as(env, 'facilitatorA'), departurePath)), true);
    await expectAccess(getDoc(doc(as(env, 'admin'), departurePath)), true);
    await expectAccess(getDoc(doc(as(env, 'otherParticipantA'), departurePath)), false);
    await expectAccess(getDoc(doc(as(env, 'facilitatorB'), departurePath)), false);
    await expectAccess(getDoc(doc(as(env, 'signedOut'), departurePath)), false);
  });
});
