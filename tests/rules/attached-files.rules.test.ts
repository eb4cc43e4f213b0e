import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, getDoc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  A,
  as,
  B,
  createRulesEnvironment,
  firestoreOf,
  people,
  seedTwoCohorts,
} from './rules-environment';

// A file's record names where its object lies, and the functions issue download URLs for it: a
// facilitator who could write it could point a cohort's members at another cohort's object, so
// only the functions write it (decision 0035).
let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnvironment('attached-files');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await env.withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    await setDoc(doc(db, 'cohorts', A, 'materials', 'with-file'), { ...material, files: [slides] });
    await setDoc(doc(db, 'cohorts', A, 'announcements', 'with-file'), {
      ...announcement(),
      createdAt: new Date('2026-11-01T09:00:00Z'),
      updatedAt: new Date('2026-11-01T09:00:00Z'),
      files: [slides],
    });
  });
});
afterAll(() => env.cleanup());

const slides = {
  id: 'f1',
  name: 'Module 3 slides.pdf',
  size: 120_000,
  type: 'application/pdf',
  path: `cohorts/${A}/materials/with-file/f1/Module-3-slides.pdf`,
};
const elsewhere = { ...slides, id: 'f2', path: `cohorts/${B}/materials/theirs/f2/plan.pdf` };
const material = {
  moduleId: 'module-3',
  title: 'Slides from the day',
  source: '',
  kind: 'other',
  minutes: 10,
  required: false,
  url: '',
  order: 5,
};
const announcement = () => ({
  title: 'Slides are up',
  body: '',
  authorUid: people.facilitatorA.uid,
  authorName: people.facilitatorA.displayName,
  createdAt: serverTimestamp(),
  updatedAt: serverTimestamp(),
});

describe('files attached to a material', () => {
  const ref = (id: string) => doc(as(env, 'facilitatorA'), 'cohorts', A, 'materials', id);

  it('are kept as they are when a facilitator edits the material', async () => {
    await assertSucceeds(updateDoc(ref('with-file'), { title: 'Slides and notes' }));
    await assertSucceeds(setDoc(ref('new'), material));
    const read = await getDoc(doc(as(env, 'participantA'), 'cohorts', A, 'materials', 'with-file'));
    expect(read.get('files')).toEqual([slides]);
  });

  it('are never written by a client, not even by the cohort’s facilitator', async () => {
    await assertFails(setDoc(ref('new'), { ...material, files: [slides] }));
    await assertFails(updateDoc(ref('with-file'), { files: [slides, elsewhere] }));
    await assertFails(updateDoc(ref('with-file'), { files: [elsewhere] }));
    await assertFails(updateDoc(ref('with-file'), { files: [] }));
    await assertFails(setDoc(ref('with-file'), material));
  });
});

describe('files attached to an announcement', () => {
  const ref = (id: string) => doc(as(env, 'facilitatorA'), 'cohorts', A, 'announcements', id);

  it('are kept as they are when its author edits it', async () => {
    await assertSucceeds(
      updateDoc(ref('with-file'), { title: 'Slides and notes', updatedAt: serverTimestamp() }),
    );
    await assertSucceeds(setDoc(ref('new'), announcement()));
  });

  it('are never written by a client', async () => {
    await assertFails(setDoc(ref('new'), { ...announcement(), files: [elsewhere] }));
    await assertFails(
      updateDoc(ref('with-file'), { files: [elsewhere], updatedAt: serverTimestamp() }),
    );
  });
});
