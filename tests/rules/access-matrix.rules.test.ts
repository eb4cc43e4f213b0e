import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { deleteDoc, doc, getDoc, setDoc, type Firestore } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessMatrix,
  expectedAccess,
  operations,
  roles,
  type KindName,
  type Operation,
  type Role,
} from '../../firestore/access-matrix';
import { cohortTarget, kindOperations, type Actor } from './access-matrix/kind-operations';
import {
  as,
  createRulesEnvironment,
  expectAccess,
  firestoreOf,
  people,
  placeFeedbackWindow,
  seedTwoCohorts,
  type Who,
} from './rules-environment';

// Generated from firestore/access-matrix.ts: one test per cell of the table.

const whoPlays: Record<Role, Who> = {
  admin: 'admin',
  facilitator: 'facilitatorA',
  owner: 'participantA',
  participant: 'otherParticipantA',
  otherCohort: 'participantB',
  noCohort: 'noCohort',
  signedOut: 'signedOut',
};

function actorFor(who: Who): Actor {
  if (who === 'signedOut') return { uid: 'signed-out-visitor', name: 'Visitor' };
  return { uid: people[who].uid, name: people[who].displayName };
}

let env: RulesTestEnvironment;
let freshIds = 0;
// One client per person for the whole suite: hundreds of short-lived clients exhaust the emulator.
const clients = new Map<Who, Firestore>();
const clientOf = (who: Who) => clients.get(who) ?? clients.set(who, as(env, who)).get(who)!;

async function withRulesOff(work: (db: Firestore) => Promise<unknown>) {
  await env.withSecurityRulesDisabled((context) =>
    work(firestoreOf(context)).then(() => undefined),
  );
}

async function restoreTargets() {
  await withRulesOff(async (db) => {
    for (const { target, cleanUp } of Object.values(kindOperations)) {
      await setDoc(doc(db, target.path), target.data);
      await cleanUp?.(db);
    }
  });
}

beforeAll(async () => {
  env = await createRulesEnvironment('access-matrix');
  await env.clearFirestore();
  await seedTwoCohorts(env);
  // Module 2's feedback is open today, whatever day the suite runs.
  await placeFeedbackWindow(env);
  await withRulesOff(async (db) => {
    cohortTarget.data = (await getDoc(doc(db, cohortTarget.path))).data() ?? {};
    const module = kindOperations.module.target;
    module.data = (await getDoc(doc(db, module.path))).data() ?? {};
  });
  await restoreTargets();
});
afterAll(() => env.cleanup());

function attempt(kind: KindName, operation: Operation, who: Who): Promise<unknown> {
  const ops = kindOperations[kind];
  const db = clientOf(who);
  const actor = actorFor(who);
  switch (operation) {
    case 'get':
      return getDoc(doc(db, ops.target.path));
    case 'appList':
      if (!ops.appList) throw new Error(`${kind} has no app query`);
      return ops.appList(db);
    case 'anyList':
      return ops.anyList(db);
    case 'create':
      freshIds += 1;
      return ops.create(db, actor, `matrix-new-${freshIds}`);
    case 'update':
      return ops.update(db, actor);
    case 'delete':
      return ops.remove ? ops.remove(db, actor) : deleteDoc(doc(db, ops.target.path));
  }
}

describe('the access table', () => {
  it('marks "never done by the app" exactly where the app has no list query', () => {
    for (const kind of Object.keys(accessMatrix) as KindName[]) {
      for (const role of Object.keys(roles) as Role[]) {
        const untested = expectedAccess(kind, role, 'appList') === null;
        expect(untested, `${kind} / ${role}`).toBe(kindOperations[kind].appList === undefined);
      }
    }
  });
});

for (const kind of Object.keys(accessMatrix) as KindName[]) {
  describe(accessMatrix[kind].title, () => {
    for (const role of Object.keys(roles) as Role[]) {
      for (const operation of Object.keys(operations) as Operation[]) {
        const allowed = expectedAccess(kind, role, operation);
        if (allowed === null) continue;
        it(`${role}: ${operation} is ${allowed ? 'allowed' : 'refused'}`, async () => {
          await restoreTargets();
          const prepare = kindOperations[kind].prepareCreate;
          if (operation === 'create' && prepare) {
            const freshId = `matrix-new-${freshIds + 1}`;
            await withRulesOff((db) => prepare(db, actorFor(whoPlays[role]), freshId));
          }
          await expectAccess(attempt(kind, operation, whoPlays[role]), allowed);
        });
      }
    }
  });
}
