import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  collectionGroup,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import {
  A,
  as,
  B,
  createRulesEnvironment,
  firestoreOf,
  newJournalEntry,
  people,
  seedTwoCohorts,
} from './rules-environment';

// Each test is an attack that must be refused, next to the honest write it imitates, which must
// succeed: so a refusal for the wrong reason (a broken fixture) cannot pass for a defence.

let env: RulesTestEnvironment;
let amara: Firestore;

beforeAll(async () => {
  env = await createRulesEnvironment('attacks');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  amara = as(env, 'participantA');
});
afterAll(() => env.cleanup());

const me = people.participantA;
const entryPath = `cohorts/${A}/journal/amara-m2-private`;

const newEntry = (db: Firestore, data: Record<string, unknown>, cohort = A) =>
  setDoc(doc(collection(db, 'cohorts', cohort, 'journal')), data);

function goal(overrides: Record<string, unknown> = {}) {
  return {
    ownerUid: me.uid,
    text: 'Lead one joint project',
    source: 'participant',
    createdBy: me.uid,
    checkIns: {},
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    ...overrides,
  };
}

const newGoal = (data: Record<string, unknown>) =>
  setDoc(doc(collection(amara, 'cohorts', A, 'goals')), data);

describe('escalation', () => {
  it('nobody writes their own role or membership', async () => {
    const myMembership = doc(amara, 'cohorts', A, 'members', me.uid);
    await assertFails(updateDoc(myMembership, { role: 'facilitator' }));
    await assertFails(
      setDoc(doc(amara, 'cohorts', B, 'members', me.uid), {
        uid: me.uid,
        role: 'participant',
        displayName: me.displayName,
      }),
    );
    const facilitator = as(env, 'facilitatorA');
    await assertFails(
      updateDoc(doc(facilitator, 'cohorts', A, 'members', people.facilitatorA.uid), {
        role: 'participant',
      }),
    );
    await assertSucceeds(
      updateDoc(doc(as(env, 'admin'), 'cohorts', A, 'members', me.uid), { displayName: 'A. O.' }),
    );
  });

  it('an owner or author field cannot be changed', async () => {
    await assertSucceeds(
      updateDoc(doc(amara, entryPath), {
        title: 'Mine',
        revision: 1,
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(amara, entryPath), {
        authorUid: people.otherParticipantA.uid,
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(newGoal(goal({ ownerUid: people.otherParticipantA.uid, createdBy: me.uid })));
    await assertFails(
      newEntry(amara, newJournalEntry({ authorUid: people.otherParticipantA.uid })),
    );
    const reading = doc(amara, 'cohorts', A, 'readings', `${me.uid}__m1-systems`);
    await assertFails(
      updateDoc(reading, { uid: people.otherParticipantA.uid, updatedAt: serverTimestamp() }),
    );
    await assertSucceeds(updateDoc(reading, { takeaway: 'Mine', updatedAt: serverTimestamp() }));
  });

  it('a document cannot be moved or written into another cohort', async () => {
    await assertSucceeds(newEntry(amara, newJournalEntry()));
    await assertFails(newEntry(amara, newJournalEntry(), B));
    await assertFails(newEntry(amara, newJournalEntry({ moduleId: 'module-9-of-another-cohort' })));
    await assertFails(
      updateDoc(doc(amara, entryPath), {
        moduleId: 'no-such-module',
        updatedAt: serverTimestamp(),
      }),
    );
  });
});

describe('email choices', () => {
  const choices = (overrides: Record<string, unknown> = {}) => ({
    moduleReminders: true,
    callReminders: false,
    announcements: true,
    timetableChanges: true,
    replies: 'daily',
    updatedAt: serverTimestamp(),
    ...overrides,
  });
  const mine = () => doc(amara, 'notificationSettings', me.uid);

  it("are one's own, well formed, with the server's time", async () => {
    await assertSucceeds(setDoc(mine(), choices()));
    await assertFails(
      setDoc(doc(amara, 'notificationSettings', people.participantB.uid), choices()),
    );
    await assertFails(setDoc(mine(), choices({ replies: 'hourly' })));
    await assertFails(setDoc(mine(), choices({ announcements: 'no' })));
    await assertFails(setDoc(mine(), choices({ unsubscribedFromEverything: true })));
    await assertFails(setDoc(mine(), choices({ updatedAt: Timestamp.fromMillis(0) })));
    const { replies: _replies, ...withoutReplies } = choices();
    await assertFails(setDoc(mine(), withoutReplies));
  });

  it('cannot be used to read or plant anything in the email ledger', async () => {
    await assertFails(
      setDoc(doc(amara, 'mailLedger', 'invitation__x'), { status: 'sent', message: {} }),
    );
    await assertFails(getDocs(collection(amara, 'mailLedger')));
    await assertFails(setDoc(doc(amara, 'replyDigests', me.uid), { pending: {} }));
  });
});

describe("what's new", () => {
  it('is marked seen with the server time and nothing else; changes carry the server time', async () => {
    const mine = doc(amara, 'cohorts', A, 'whatsNew', me.uid);
    await assertSucceeds(setDoc(mine, { seenAt: serverTimestamp() }, { merge: true }));
    await assertFails(setDoc(mine, { seenAt: Timestamp.fromMillis(0) }, { merge: true }));
    await assertFails(
      setDoc(
        mine,
        { items: [{ id: 'x', kind: 'reply', title: 'Fake', path: '/', at: Timestamp.now() }] },
        { merge: true },
      ),
    );
    await assertFails(
      setDoc(doc(amara, 'cohorts', A, 'whatsNew', people.participantB.uid), {
        seenAt: serverTimestamp(),
      }),
    );
    const facilitator = as(env, 'facilitatorA');
    const material = doc(facilitator, 'cohorts', A, 'materials', 'm1-systems');
    let current: Record<string, unknown> = {};
    await env.withSecurityRulesDisabled(async (context) => {
      const snapshot = await getDoc(
        doc(firestoreOf(context), 'cohorts', A, 'materials', 'm1-systems'),
      );
      current = snapshot.data() ?? {};
    });
    await assertSucceeds(setDoc(material, { ...current, changedAt: serverTimestamp() }));
    await assertFails(setDoc(material, { ...current, changedAt: Timestamp.fromMillis(0) }));
    let module: Record<string, unknown> = {};
    await env.withSecurityRulesDisabled(async (context) => {
      const snapshot = await getDoc(doc(firestoreOf(context), 'cohorts', A, 'modules', 'module-4'));
      module = snapshot.data() ?? {};
    });
    const moduleRef = doc(facilitator, 'cohorts', A, 'modules', 'module-4');
    const revision = (module['revision'] as number) + 1;
    await assertFails(
      setDoc(moduleRef, { ...module, revision, changedAt: Timestamp.fromMillis(0) }),
    );
    await assertSucceeds(setDoc(moduleRef, { ...module, revision, changedAt: serverTimestamp() }));
  });
});

describe('two tabs or devices', () => {
  it('a save must name the next revision, so stale text never silently overwrites newer text', async () => {
    const save = (revision: number) =>
      updateDoc(doc(amara, entryPath), {
        body: `Revision ${revision}`,
        revision,
        updatedAt: serverTimestamp(),
      });
    await assertSucceeds(save(1));
    await assertFails(save(1));
    await assertFails(save(5));
    await assertSucceeds(save(2));
    await assertFails(newEntry(amara, newJournalEntry({ revision: 3 })));
  });
});

describe('shape', () => {
  it('extra or missing keys are refused', async () => {
    await assertFails(newEntry(amara, newJournalEntry({ pinned: true })));
    const { visibility: _visibility, ...withoutVisibility } = newJournalEntry();
    await assertFails(newEntry(amara, withoutVisibility));
    await assertFails(
      updateDoc(doc(amara, entryPath), { featured: true, updatedAt: serverTimestamp() }),
    );
    await assertFails(newGoal(goal({ priority: 1 })));
  });

  it('wrong types are refused', async () => {
    await assertFails(newEntry(amara, newJournalEntry({ body: 42 })));
    await assertFails(newEntry(amara, newJournalEntry({ visibility: 'public' })));
    await assertFails(newEntry(amara, newJournalEntry({ title: ['a', 'list'] })));
    await assertFails(newGoal(goal({ checkIns: 'none' })));
    const goalRef = doc(amara, 'cohorts', A, 'goals', 'own-goal');
    await assertSucceeds(setDoc(goalRef, goal()));
    await assertFails(
      updateDoc(goalRef, {
        'checkIns.1': { progress: '3', note: '' },
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(goalRef, { 'checkIns.1': { progress: 7, note: '' }, updatedAt: serverTimestamp() }),
    );
  });

  it('text over the documented limits is refused, and text at the limit is accepted', async () => {
    await assertSucceeds(newEntry(amara, newJournalEntry({ body: 'x'.repeat(50_000) })));
    await assertFails(newEntry(amara, newJournalEntry({ body: 'x'.repeat(50_001) })));
    await assertFails(newEntry(amara, newJournalEntry({ title: 'x'.repeat(161) })));
    await assertFails(newGoal(goal({ text: 'x'.repeat(501) })));
    await assertFails(
      setDoc(doc(collection(amara, 'cohorts', A, 'journal', 'gareth-m2-shared', 'comments')), {
        authorUid: me.uid,
        authorName: me.displayName,
        body: 'x'.repeat(2001),
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('creation and update times come from the server, never the client', async () => {
    const past = Timestamp.fromDate(new Date('2020-01-01T00:00:00Z'));
    await assertFails(newEntry(amara, newJournalEntry({ createdAt: past })));
    await assertFails(newEntry(amara, newJournalEntry({ updatedAt: past })));
    await assertFails(newGoal(goal({ createdAt: past })));
    await assertFails(updateDoc(doc(amara, entryPath), { body: 'Backdated', updatedAt: past }));
  });

  it('fields that must never change cannot be changed', async () => {
    await assertFails(
      updateDoc(doc(amara, entryPath), {
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    );
    const facilitator = as(env, 'facilitatorA');
    await assertFails(
      updateDoc(doc(facilitator, 'cohorts', A, 'announcements', 'welcome'), {
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(facilitator, 'cohorts', A, 'modules', 'module-3'), { title: 'Same revision' }),
    );
    await assertFails(
      updateDoc(doc(amara, 'cohorts', A, 'readings', `${me.uid}__m1-systems`), {
        materialId: 'm3-power',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(amara, 'cohorts', A, 'goals', `${me.uid}-call-1`), {
        text: 'Reworded by the participant',
        updatedAt: serverTimestamp(),
      }),
    );
  });
});

describe('queries', () => {
  it('collection-group queries cannot reach across cohorts', async () => {
    await assertFails(
      getDocs(query(collectionGroup(amara, 'journal'), where('visibility', '==', 'cohort'))),
    );
    await assertFails(getDocs(collectionGroup(amara, 'members')));
    await assertFails(
      getDocs(query(collectionGroup(amara, 'members'), where('role', '==', 'participant'))),
    );
    await assertFails(
      getDocs(query(collectionGroup(amara, 'goals'), where('ownerUid', '==', me.uid))),
    );
    await assertFails(getDocs(collectionGroup(amara, 'invitations')));
    await assertSucceeds(
      getDocs(query(collectionGroup(amara, 'members'), where('uid', '==', me.uid))),
    );
    // Replies: one's own, across cohorts, for the data download; never anyone else's.
    await assertSucceeds(
      getDocs(query(collectionGroup(amara, 'comments'), where('authorUid', '==', me.uid))),
    );
    await assertFails(
      getDocs(
        query(
          collectionGroup(amara, 'comments'),
          where('authorUid', '==', people.otherParticipantA.uid),
        ),
      ),
    );
    await assertFails(getDocs(collectionGroup(as(env, 'signedOut'), 'comments')));
    await assertFails(getDocs(collectionGroup(amara, 'comments')));
  });

  it('lists without the filters the rules need are refused', async () => {
    const unfiltered = (name: string) => getDocs(collection(amara, 'cohorts', A, name));
    for (const name of ['journal', 'readings', 'goals', 'directorCalls', 'invitations']) {
      await assertFails(unfiltered(name));
    }
    await assertFails(
      getDocs(
        query(collection(amara, 'cohorts', A, 'journal'), where('moduleId', '==', 'module-2')),
      ),
    );
    await assertSucceeds(
      getDocs(query(collection(amara, 'cohorts', A, 'journal'), where('authorUid', '==', me.uid))),
    );
  });
});
