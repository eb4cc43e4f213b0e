import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  deleteDoc,
  deleteField,
  doc,
  serverTimestamp,
  setDoc,
  updateDoc,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import {
  A,
  as,
  createRulesEnvironment,
  firestoreOf,
  people,
  seedTwoCohorts,
} from './rules-environment';

// The slides and notes of a module are materials marked `phase: 'after'`: shared like pre-reading,
// but never required and never marked as read, so nothing counts them as pre-reading.
let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnvironment('after-the-module');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await env.withSecurityRulesDisabled((context) =>
    setDoc(doc(firestoreOf(context), 'cohorts', A, 'materials', 'm1-slides'), slides),
  );
});
afterAll(() => env.cleanup());

const slides = {
  moduleId: 'module-1',
  title: 'Slides from day 1',
  source: 'Helen Marsh',
  kind: 'other',
  minutes: 10,
  required: false,
  url: '',
  order: 30,
  phase: 'after',
};
const materialRef = (who: Parameters<typeof as>[1], id: string) =>
  doc(as(env, who), 'cohorts', A, 'materials', id);

describe('an after-the-module item', () => {
  it('is posted by the cohort’s facilitators, and by nobody else', async () => {
    await assertSucceeds(setDoc(materialRef('facilitatorA', 'notes'), slides));
    await assertFails(setDoc(materialRef('participantA', 'notes'), slides));
    await assertFails(setDoc(materialRef('facilitatorB', 'notes'), slides));
  });

  it('takes "after" as its only phase, and is never required', async () => {
    await assertFails(setDoc(materialRef('facilitatorA', 'x'), { ...slides, phase: 'before' }));
    await assertFails(setDoc(materialRef('facilitatorA', 'x'), { ...slides, phase: true }));
    await assertFails(setDoc(materialRef('facilitatorA', 'x'), { ...slides, phase: null }));
    await assertFails(setDoc(materialRef('facilitatorA', 'x'), { ...slides, required: true }));
  });

  it('moves between pre-reading and after the module as the facilitator edits it', async () => {
    await assertSucceeds(
      setDoc(
        materialRef('facilitatorA', 'm1-systems'),
        { phase: 'after', required: false, changedAt: serverTimestamp() },
        { merge: true },
      ),
    );
    await assertSucceeds(
      setDoc(
        materialRef('facilitatorA', 'm1-slides'),
        { phase: deleteField(), required: true, changedAt: serverTimestamp() },
        { merge: true },
      ),
    );
    await assertFails(updateDoc(materialRef('participantA', 'm1-systems'), { phase: 'after' }));
  });

  it('is never marked as read, while pre-reading of the same module is', async () => {
    const reading = (materialId: string) =>
      setDoc(
        doc(
          as(env, 'participantA'),
          'cohorts',
          A,
          'readings',
          `${people.participantA.uid}__${materialId}`,
        ),
        {
          uid: people.participantA.uid,
          materialId,
          moduleId: 'module-1',
          read: true,
          takeaway: '',
          updatedAt: serverTimestamp(),
        },
      );
    await assertFails(reading('m1-slides'));
    await env.withSecurityRulesDisabled((context) =>
      deleteDoc(
        doc(
          firestoreOf(context),
          'cohorts',
          A,
          'readings',
          `${people.participantA.uid}__m1-systems`,
        ),
      ),
    );
    await assertSucceeds(reading('m1-systems'));
  });
});

describe('materials of an archived cohort', () => {
  it('are deleted by its facilitators only while it is open', async () => {
    await assertSucceeds(deleteDoc(materialRef('facilitatorA', 'm1-slides')));
    await env.withSecurityRulesDisabled((context) =>
      updateDoc(doc(firestoreOf(context), 'cohorts', A), { archived: true }),
    );
    await assertFails(deleteDoc(materialRef('facilitatorA', 'm1-systems')));
    await assertFails(deleteDoc(materialRef('admin', 'm1-systems')));
  });
});
