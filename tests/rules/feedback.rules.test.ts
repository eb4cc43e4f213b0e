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
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { addDaysIso, todayIso } from '../../src/lib/dates';
import {
  feedbackSummariesQuery,
  myModuleFeedbackQuery,
} from '../../src/lib/firestore/feedback-refs';
import {
  A,
  as,
  createRulesEnvironment,
  firestoreOf,
  people,
  placeFeedbackWindow,
  seedTwoCohorts,
} from './rules-environment';
import { toQuery } from '../../src/lib/firestore/to-full-sdk';

// Module feedback is anonymous because of these rules, not because of the screens: each answer
// is its author's alone, and facilitators see only a summary that no client can write.

let env: RulesTestEnvironment;
const amara = people.participantA;
const gareth = people.otherParticipantA;

beforeAll(async () => {
  env = await createRulesEnvironment('feedback');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await placeFeedbackWindow(env);
  // The demo's module 2 answers are partly published, so fixed; these tests give their own.
  await env.withSecurityRulesDisabled(async (context) => {
    const answers = await getDocs(collection(firestoreOf(context), 'cohorts', A, 'moduleFeedback'));
    await Promise.all(answers.docs.map((answer) => deleteDoc(answer.ref)));
  });
});
afterAll(() => env.cleanup());

const answerRef = (db: Firestore, uid: string, moduleId = 'module-2') =>
  doc(db, 'cohorts', A, 'moduleFeedback', `${moduleId}__${uid}`);

const answer = (uid: string, overrides: Record<string, unknown> = {}) => ({
  uid,
  moduleId: 'module-2',
  overall: 4,
  sessions: { '1-10:00': 5, '2-09:00': 2 },
  helped: 'Hearing how the council sees it',
  change: 'More time in the action learning sets',
  updatedAt: serverTimestamp(),
  ...overrides,
});

const give = (db: Firestore, uid: string, overrides: Record<string, unknown> = {}) =>
  setDoc(
    answerRef(db, uid, (overrides['moduleId'] as string) ?? 'module-2'),
    answer(uid, overrides),
  );

async function seedAnswer(uid: string) {
  await env.withSecurityRulesDisabled((context) =>
    setDoc(answerRef(firestoreOf(context), uid), { ...answer(uid), updatedAt: new Date() }),
  );
}

async function seedSummary(responses: number) {
  await env.withSecurityRulesDisabled((context) =>
    setDoc(doc(firestoreOf(context), 'cohorts', A, 'feedbackSummaries', 'module-2'), {
      moduleId: 'module-2',
      responses,
      overall: { counts: [0, 0, 1, 1, responses - 2], average: 4.3 },
      sessions: [],
      helped: ['The sets'],
      change: [],
      publishedAt: new Date(),
    }),
  );
}

describe('module feedback answers', () => {
  it('are readable by their author alone: not by facilitators, the programme team or peers', async () => {
    await seedAnswer(amara.uid);
    await assertSucceeds(getDoc(answerRef(as(env, 'participantA'), amara.uid)));
    await assertSucceeds(
      getDocs(toQuery(as(env, 'participantA'), myModuleFeedbackQuery(A, amara.uid))),
    );
    for (const who of ['facilitatorA', 'associateA', 'admin', 'otherParticipantA'] as const) {
      const db = as(env, who);
      await assertFails(getDoc(answerRef(db, amara.uid)));
      // Not even whether someone has answered: an absent answer is refused the same way.
      await assertFails(getDoc(answerRef(db, people.thirdParticipantA.uid)));
      await assertFails(getDocs(toQuery(db, myModuleFeedbackQuery(A, amara.uid))));
      await assertFails(
        getDocs(
          query(
            collection(db, 'cohorts', A, 'moduleFeedback'),
            where('moduleId', '==', 'module-2'),
          ),
        ),
      );
    }
    await assertFails(getDoc(answerRef(as(env, 'participantB'), amara.uid)));
    await assertFails(getDoc(answerRef(as(env, 'signedOut'), amara.uid)));
  });

  it('may be changed by their author while the window is open, and by nobody else', async () => {
    const own = as(env, 'participantA');
    await assertSucceeds(give(own, amara.uid));
    await assertSucceeds(give(own, amara.uid, { overall: 2, helped: 'On reflection, the sets' }));
    await assertFails(give(as(env, 'otherParticipantA'), amara.uid));
    await assertFails(
      setDoc(answerRef(as(env, 'otherParticipantA'), gareth.uid), answer(amara.uid)),
    );
    await assertFails(give(as(env, 'facilitatorA'), people.facilitatorA.uid));
    await assertFails(deleteDoc(answerRef(own, amara.uid)));
    await assertFails(updateDoc(answerRef(own, amara.uid), { moduleId: 'module-1' }));
  });

  it('are fixed once published: an answer in the summary can never be changed to single it out', async () => {
    // The function marks an answer when it joins the summary facilitators read.
    await env.withSecurityRulesDisabled((context) =>
      setDoc(answerRef(firestoreOf(context), amara.uid), {
        ...answer(amara.uid),
        updatedAt: new Date(),
        publishedAt: new Date(),
      }),
    );
    const own = as(env, 'participantA');
    await assertSucceeds(getDoc(answerRef(own, amara.uid)));
    await assertFails(give(own, amara.uid, { overall: 1, helped: 'Something only I would say' }));
    await assertFails(
      updateDoc(answerRef(own, amara.uid), { overall: 1, updatedAt: serverTimestamp() }),
    );
    // Nor can anyone mark their own answer as published.
    await assertFails(
      give(as(env, 'otherParticipantA'), gareth.uid, { publishedAt: serverTimestamp() }),
    );
  });

  it('take ratings of 1 to 5 and two answers of at most 2,000 characters, nothing more', async () => {
    const own = as(env, 'participantA');
    await assertFails(give(own, amara.uid, { overall: 6 }));
    await assertFails(give(own, amara.uid, { overall: 0 }));
    await assertFails(give(own, amara.uid, { overall: '5' }));
    await assertFails(give(own, amara.uid, { sessions: { '1-10:00': 9 } }));
    await assertFails(give(own, amara.uid, { helped: 'x'.repeat(2001) }));
    await assertFails(give(own, amara.uid, { name: amara.displayName }));
    await assertFails(give(own, amara.uid, { updatedAt: new Date('2027-01-01') }));
    await assertFails(
      setDoc(answerRef(own, amara.uid, 'module-1'), answer(amara.uid, { moduleId: 'module-2' })),
    );
    await assertSucceeds(give(own, amara.uid, { sessions: {}, helped: '', change: '' }));
  });

  it('open the day after the module ends and close when the next one starts', async () => {
    const own = as(env, 'participantA');
    await placeFeedbackWindow(env, { daysAgo: -1 });
    await assertFails(give(own, amara.uid));
    await placeFeedbackWindow(env, { daysAgo: 20, nextInDays: 0 });
    await assertFails(give(own, amara.uid));
    await placeFeedbackWindow(env, { daysAgo: 20, nextInDays: 1 });
    await assertSucceeds(give(own, amara.uid));
  });

  it('stay open six weeks after the last module, which has no next one', async () => {
    const own = as(env, 'participantA');
    const lastModule = (daysAgo: number) =>
      env.withSecurityRulesDisabled((context) =>
        updateDoc(doc(firestoreOf(context), 'cohorts', A, 'modules', 'module-4'), {
          days: [addDaysIso(todayIso(), -daysAgo - 1), addDaysIso(todayIso(), -daysAgo)],
        }),
      );
    await lastModule(10);
    await assertSucceeds(give(own, amara.uid, { moduleId: 'module-4' }));
    await lastModule(50);
    await assertFails(give(own, amara.uid, { moduleId: 'module-4' }));
  });

  it('close when the cohort is archived', async () => {
    await env.withSecurityRulesDisabled((context) =>
      updateDoc(doc(firestoreOf(context), 'cohorts', A), { archived: true }),
    );
    await assertFails(give(as(env, 'participantA'), amara.uid));
  });
});

describe('module feedback summaries', () => {
  it('are read by the cohort’s facilitators and the programme team only', async () => {
    await seedSummary(3);
    for (const who of ['facilitatorA', 'associateA', 'admin'] as const) {
      await assertSucceeds(getDocs(toQuery(as(env, who), feedbackSummariesQuery(A))));
    }
    for (const who of ['participantA', 'facilitatorB', 'participantB', 'noCohort'] as const) {
      await assertFails(getDocs(toQuery(as(env, who), feedbackSummariesQuery(A))));
    }
  });

  it('are never readable with fewer than 3 answers, even if one were stored', async () => {
    await seedSummary(2);
    const helen = as(env, 'facilitatorA');
    await assertFails(getDoc(doc(helen, 'cohorts', A, 'feedbackSummaries', 'module-2')));
    await assertFails(getDocs(collection(helen, 'cohorts', A, 'feedbackSummaries')));
  });

  it('are written by the function alone', async () => {
    await seedSummary(3);
    for (const who of ['facilitatorA', 'admin', 'participantA'] as const) {
      const db = as(env, who);
      await assertFails(
        updateDoc(doc(db, 'cohorts', A, 'feedbackSummaries', 'module-2'), { responses: 9 }),
      );
      await assertFails(deleteDoc(doc(db, 'cohorts', A, 'feedbackSummaries', 'module-2')));
    }
  });
});
