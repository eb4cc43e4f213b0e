// Writes the demo cohorts and accounts into the local emulators. Re-runnable: it replaces what it made.
import { initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore, type Firestore } from 'firebase-admin/firestore';
import {
  alumniCohort,
  cohortA,
  cohortB,
  DEMO_PASSWORD,
  DEMO_PROJECT_ID,
  everyDemoPerson,
  membershipOf,
  programmeAdmin,
  programmeAdminPhone,
  publicHealthCohort,
} from './demo-people.ts';
import { cohortAContent, type DemoDocument } from './demo-content.ts';
import { alumniCompletions } from './demo-completion.ts';
import { deferredParticipant } from './demo-deferral.ts';
import { cohortAInvitees, cohortAWaitingList } from './demo-waiting-list.ts';
import { demoNetwork } from './demo-network.ts';
import {
  demoProgrammes,
  demoProgrammeShown,
  demoTimetables,
  type DemoTimetable,
} from './demo-programme.ts';
import { PRIVACY_NOTICE_VERSION } from '../../src/features/notices/notice-version.ts';

type DemoCohort = typeof cohortA;

function assertEmulatorsOnly(): void {
  const missing = ['FIRESTORE_EMULATOR_HOST', 'FIREBASE_AUTH_EMULATOR_HOST'].filter(
    (name) => !process.env[name],
  );
  if (missing.length > 0) {
    throw new Error(
      `The seed only writes to the local emulators; ${missing.join(' and ')} not set.`,
    );
  }
}

export function demoApp(): App {
  assertEmulatorsOnly();
  return initializeApp({ projectId: DEMO_PROJECT_ID }, `seed-${Date.now()}`);
}

async function resetAccounts(app: App): Promise<void> {
  const auth = getAuth(app);
  await auth.deleteUsers(everyDemoPerson.map((p) => p.uid));
  for (const person of everyDemoPerson) {
    await auth.createUser({
      uid: person.uid,
      email: person.email,
      emailVerified: true,
      password: DEMO_PASSWORD,
      displayName: person.displayName,
    });
  }
  await auth.setCustomUserClaims(programmeAdmin.uid, { admin: true });
  await auth.updateUser(programmeAdmin.uid, {
    multiFactor: {
      enrolledFactors: [
        {
          uid: 'sams-phone',
          phoneNumber: programmeAdminPhone,
          factorId: 'phone',
          displayName: 'Work phone',
        },
      ],
    },
  });
}

async function writeCohort(
  db: Firestore,
  cohort: DemoCohort,
  timetable: DemoTimetable,
  pendingInvitations = 0,
): Promise<void> {
  const cohortRef = db.collection('cohorts').doc(cohort.id);
  await db.recursiveDelete(cohortRef);
  const batch = db.batch();
  batch.set(cohortRef, {
    ...timetable.cohort,
    programme: demoProgrammeShown(timetable.cohort.programmeId),
    seatsTaken: cohort.participants.length + pendingInvitations,
  });
  for (const person of cohort.facilitators) {
    batch.set(cohortRef.collection('members').doc(person.uid), membershipOf(person, 'facilitator'));
  }
  for (const person of cohort.participants) {
    batch.set(cohortRef.collection('members').doc(person.uid), membershipOf(person, 'participant'));
  }
  for (const { id, ...module } of timetable.modules) {
    batch.set(cohortRef.collection('modules').doc(id), module);
  }
  await batch.commit();
}

async function writeProfiles(db: Firestore): Promise<void> {
  const batch = db.batch();
  for (const person of everyDemoPerson) {
    batch.set(db.collection('users').doc(person.uid), {
      displayName: person.displayName,
      organisation: person.organisation,
      jobTitle: person.jobTitle,
      // Every demo person signed up having been shown the current notice.
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    });
  }
  await batch.commit();
}

async function writeProgrammes(db: Firestore): Promise<void> {
  const batch = db.batch();
  for (const { id, data } of demoProgrammes) batch.set(db.collection('programmes').doc(id), data);
  await batch.commit();
}

async function writeDocuments(db: Firestore, documents: DemoDocument[]): Promise<void> {
  const batch = db.batch();
  for (const { path, data } of documents) batch.set(db.doc(path), data);
  await batch.commit();
}

// What the server keeps about emails and email choices starts empty with the demo data, so a
// fresh start sends each reminder again; the network starts as the demo wrote it.
const replacedCollections = [
  'mailLedger',
  'mailProblems',
  'replyDigests',
  'notificationSettings',
  'programmeTeam',
  'auditLog',
  'networkProfiles',
  'networkPosts',
  'networkReports',
  'networkCohorts',
  'departures',
  'calendarFeeds',
  'calendarLedger',
];

export async function seedDemoData(): Promise<void> {
  const app = demoApp();
  const db = getFirestore(app);
  const timetables = demoTimetables();
  // Cohort A's invitations go before the mail ledger that says their emails were sent, and come
  // back with it in one batch, so a late invitationEmail trigger never sees one without the other.
  await db.recursiveDelete(db.collection(`cohorts/${cohortA.id}/invitations`));
  await Promise.all(replacedCollections.map((name) => db.recursiveDelete(db.collection(name))));
  await resetAccounts(app);
  await writeProfiles(db);
  await writeProgrammes(db);
  await writeCohort(db, cohortA, timetables.a, cohortAInvitees.length);
  await writeCohort(db, cohortB, timetables.b);
  await writeCohort(db, alumniCohort, timetables.alumni);
  await writeCohort(db, publicHealthCohort, timetables.publicHealth);
  await writeDocuments(db, [...cohortAContent(timetables.a), ...demoNetwork()]);
  await writeDocuments(db, alumniCompletions(timetables.alumni));
  await writeDocuments(db, deferredParticipant(timetables.alumni));
  await writeDocuments(db, cohortAWaitingList());
  await writeRetention(db);
}

/**
 * Two years after a cohort ends, so the autumn 2025 alumni, whose cohort ended about a year ago,
 * are well inside the period and get no warning from a demo morning. Written as the seed, not as
 * a member of the programme team, so the audit log (staff actions only) starts empty.
 */
export const DEMO_RETENTION_MONTHS = 24;
async function writeRetention(db: Firestore): Promise<void> {
  await db.doc('settings/retention').set({
    cohortMonthsAfterEnd: DEMO_RETENTION_MONTHS,
    updatedBy: 'demo-seed',
    updatedAt: FieldValue.serverTimestamp(),
  });
}
