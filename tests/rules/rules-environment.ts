import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, serverTimestamp, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  cohortA,
  cohortB,
  membershipOf,
  personWithoutCohort,
  programmeAdmin,
  type DemoPerson,
} from '../../scripts/seed/demo-people';
import { addDaysIso, todayIso } from '../../src/lib/dates';
import { cohortAContent } from '../../scripts/seed/demo-content';
import { demoNetwork } from '../../scripts/seed/demo-network';
import {
  demoProgrammes,
  demoProgrammeShown,
  demoTimetables,
} from '../../scripts/seed/demo-programme';

export const rulesSource = readFileSync(resolve(__dirname, '../../firestore.rules'), 'utf8');

/** Each suite gets its own demo project, so suites never see each other's data or rules. */
export async function createRulesEnvironment(suite: string, rules = rulesSource) {
  return initializeTestEnvironment({
    projectId: `demo-rules-${suite}`,
    firestore: { rules },
  });
}

// Context Firestore instances are compat objects; the modular functions accept them.
export const firestoreOf = (context: RulesTestContext) =>
  context.firestore() as unknown as Firestore;

export const people = {
  admin: programmeAdmin,
  facilitatorA: cohortA.facilitators[0] as DemoPerson,
  participantA: cohortA.participants[0] as DemoPerson,
  otherParticipantA: cohortA.participants[1] as DemoPerson,
  thirdParticipantA: cohortA.participants[2] as DemoPerson,
  associateA: cohortA.facilitators[1] as DemoPerson,
  facilitatorB: cohortB.facilitators[0] as DemoPerson,
  participantB: cohortB.participants[0] as DemoPerson,
  noCohort: personWithoutCohort,
};

export type Who = keyof typeof people | 'signedOut';

export const programmeTeamClaims = {
  admin: true,
  email_verified: true,
  firebase: { sign_in_provider: 'password' as const, sign_in_second_factor: 'phone' },
};

export function as(env: RulesTestEnvironment, who: Who): Firestore {
  if (who === 'signedOut') return firestoreOf(env.unauthenticatedContext());
  const person = people[who];
  // The programme team's claim counts only on a confirmed address and a sign-in that passed the
  // texted code, as on every real sign-in of the team.
  const claims = who === 'admin' ? programmeTeamClaims : {};
  return firestoreOf(env.authenticatedContext(person.uid, claims));
}

/** Two cohorts with their people and timetables, written with the rules switched off. */
export async function seedTwoCohorts(env: RulesTestEnvironment): Promise<void> {
  const timetables = demoTimetables('2027-01-04');
  await env.withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    for (const { id, data } of demoProgrammes) await setDoc(doc(db, 'programmes', id), data);
    for (const [cohort, timetable] of [
      [cohortA, timetables.a],
      [cohortB, timetables.b],
    ] as const) {
      await setDoc(doc(db, 'cohorts', cohort.id), {
        ...timetable.cohort,
        programme: demoProgrammeShown(timetable.cohort.programmeId),
        seatsTaken: cohort.participants.length,
      });
      for (const person of cohort.facilitators) {
        await setDoc(
          doc(db, 'cohorts', cohort.id, 'members', person.uid),
          membershipOf(person, 'facilitator'),
        );
      }
      for (const person of cohort.participants) {
        await setDoc(
          doc(db, 'cohorts', cohort.id, 'members', person.uid),
          membershipOf(person, 'participant'),
        );
      }
      for (const { id, ...module } of timetable.modules) {
        await setDoc(doc(db, 'cohorts', cohort.id, 'modules', id), module);
      }
    }
    for (const { path, data } of [...cohortAContent(timetables.a), ...demoNetwork()]) {
      await setDoc(doc(db, path), data);
    }
    for (const person of Object.values(people)) {
      await setDoc(doc(db, 'users', person.uid), {
        displayName: person.displayName,
        organisation: person.organisation,
        jobTitle: person.jobTitle,
      });
    }
  });
}

/**
 * Moves cohort A's module `number` to have ended `daysAgo` days ago and the next module to start
 * in `nextInDays`, so the feedback window the rules compute from today's time is known.
 */
export async function placeFeedbackWindow(
  env: RulesTestEnvironment,
  { number = 2, daysAgo = 3, nextInDays = 14 } = {},
): Promise<void> {
  const today = todayIso();
  await env.withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    await updateDoc(doc(db, 'cohorts', A, 'modules', `module-${number}`), {
      days: [addDaysIso(today, -daysAgo - 1), addDaysIso(today, -daysAgo)],
    });
    await updateDoc(doc(db, 'cohorts', A, 'modules', `module-${number + 1}`), {
      days: [addDaysIso(today, nextInDays), addDaysIso(today, nextInDays + 1)],
    });
  });
}

/** A well-formed new journal entry by cohort A's first participant, with server times. */
export function newJournalEntry(overrides: Record<string, unknown> = {}) {
  return {
    authorUid: people.participantA.uid,
    authorName: people.participantA.displayName,
    moduleId: 'module-2',
    title: 'A reflection',
    body: 'Some words',
    visibility: 'private',
    revision: 0,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    ...overrides,
  };
}

/** Runs an operation and checks the rules' verdict either way. */
export async function expectAccess(operation: Promise<unknown>, allowed: boolean): Promise<void> {
  if (allowed) await assertSucceeds(operation);
  else await assertFails(operation);
}

export const A = cohortA.id;
export const B = cohortB.id;
