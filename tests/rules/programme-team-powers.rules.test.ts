import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { COLLABORATIVE_PROGRAMME_ID, demoProgrammeShown } from '../../scripts/seed/demo-programme';
import { auditLogQuery } from '../../src/lib/firestore/audit-refs';
import { toQuery } from '../../src/lib/firestore/to-full-sdk';
import {
  as,
  B,
  createRulesEnvironment,
  expectAccess,
  firestoreOf,
  people,
  programmeTeamClaims,
  seedTwoCohorts,
} from './rules-environment';

// Anyone can sign up with any address unconfirmed, so an admin claim that reached such an account
// (a mistake, or a grant made before the check existed) must not open anything; nor may a
// member's password alone, without the code texted to their phone.

let env: RulesTestEnvironment;
let confirmed: Firestore;
let unconfirmed: Firestore;
let passwordOnly: Firestore;
const admin = people.admin;
const at = Timestamp.fromDate(new Date('2027-01-01T09:00:00Z'));

beforeAll(async () => {
  env = await createRulesEnvironment('programme-team-powers');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await env.withSecurityRulesDisabled(async (context) => {
    await setDoc(doc(firestoreOf(context), 'auditLog', 'r1'), {
      action: 'cohort.archive',
      actor: { uid: admin.uid, label: admin.displayName },
      cohortId: B,
      at,
    });
  });
  confirmed = as(env, 'admin');
  unconfirmed = firestoreOf(
    env.authenticatedContext(admin.uid, {
      ...programmeTeamClaims,
      email: admin.email,
      email_verified: false,
    }),
  );
  passwordOnly = firestoreOf(
    env.authenticatedContext(admin.uid, {
      ...programmeTeamClaims,
      email: admin.email,
      firebase: { sign_in_provider: 'password' as const },
    }),
  );
});
afterAll(() => env.cleanup());

describe('the admin claim on an unconfirmed address, or without the texted code', () => {
  it('reads no cohort, membership or list the programme team reads', async () => {
    for (const [db, allowed] of [
      [confirmed, true],
      [unconfirmed, false],
      [passwordOnly, false],
    ] as const) {
      await expectAccess(getDoc(doc(db, 'cohorts', B)), allowed);
      await expectAccess(getDocs(collection(db, 'cohorts')), allowed);
      await expectAccess(getDocs(collection(db, 'cohorts', B, 'members')), allowed);
      await expectAccess(getDocs(toQuery(db, auditLogQuery())), allowed);
      await expectAccess(getDoc(doc(db, 'erasures', 'any')), allowed);
    }
  });

  it('creates no cohort and sets no retention period', async () => {
    const create = (db: Firestore) =>
      setDoc(doc(db, 'cohorts', 'new-cohort'), {
        programmeId: COLLABORATIVE_PROGRAMME_ID,
        programme: demoProgrammeShown(COLLABORATIVE_PROGRAMME_ID),
        name: 'Collaborative leadership — spring 2028',
        startDate: '2028-01-10',
        endDate: '2028-07-20',
        seatLimit: 16,
        archived: false,
        seatsTaken: 0,
      });
    const retention = (db: Firestore) =>
      setDoc(doc(db, 'settings', 'audit'), {
        retentionMonths: 24,
        updatedBy: admin.uid,
        updatedAt: serverTimestamp(),
      });
    await expectAccess(create(unconfirmed), false);
    await expectAccess(retention(unconfirmed), false);
    await expectAccess(create(passwordOnly), false);
    await expectAccess(retention(passwordOnly), false);
    await expectAccess(create(confirmed), true);
    await expectAccess(retention(confirmed), true);
  });
});

describe('the audit log', () => {
  it('is read by the programme team with either filter or both', async () => {
    for (const filters of [{ action: 'cohort.archive' }, { action: 'erasure', cohortId: B }]) {
      await expectAccess(getDocs(toQuery(confirmed, auditLogQuery(filters))), true);
    }
  });

  it('is never written by a client, not even by the programme team', async () => {
    const record = doc(confirmed, 'auditLog', 'r1');
    await expectAccess(updateDoc(record, { 'actor.label': 'Someone else' }), false);
    await expectAccess(deleteDoc(record), false);
    await expectAccess(
      setDoc(doc(confirmed, 'auditLog', 'forged'), {
        action: 'erasure',
        actor: { uid: people.facilitatorB.uid, label: people.facilitatorB.displayName },
        at: serverTimestamp(),
      }),
      false,
    );
  });

  it('keeps a retention period the rules can check: whole months in range, own uid, server time', async () => {
    const write = (data: Record<string, unknown>) =>
      setDoc(doc(confirmed, 'settings', 'audit'), {
        retentionMonths: 24,
        updatedBy: admin.uid,
        updatedAt: serverTimestamp(),
        ...data,
      });
    await expectAccess(write({ retentionMonths: 5 }), false);
    await expectAccess(write({ retentionMonths: 85 }), false);
    await expectAccess(write({ retentionMonths: 12.5 }), false);
    await expectAccess(write({ updatedBy: people.facilitatorA.uid }), false);
    await expectAccess(write({ updatedAt: at }), false);
    await expectAccess(write({ note: 'extra' }), false);
    await expectAccess(getDoc(doc(confirmed, 'settings', 'other')), false);
    await expectAccess(setDoc(doc(confirmed, 'settings', 'other'), { retentionMonths: 24 }), false);
    await expectAccess(write({ retentionMonths: 84 }), true);
    await expectAccess(deleteDoc(doc(confirmed, 'settings', 'audit')), false);
  });
});

describe('how long a cohort’s content is kept', () => {
  const retention = (db: Firestore, data: Record<string, unknown> = {}) =>
    setDoc(doc(db, 'settings', 'retention'), {
      cohortMonthsAfterEnd: 12,
      updatedBy: admin.uid,
      updatedAt: serverTimestamp(),
      ...data,
    });

  it('is set by the programme team alone, not by an unconfirmed admin, a facilitator or a participant', async () => {
    const facilitator = as(env, 'facilitatorA');
    const participant = as(env, 'participantA');
    await expectAccess(retention(unconfirmed), false);
    await expectAccess(retention(facilitator, { updatedBy: people.facilitatorA.uid }), false);
    await expectAccess(retention(participant, { updatedBy: people.participantA.uid }), false);
    await expectAccess(retention(confirmed), true);
    await expectAccess(deleteDoc(doc(confirmed, 'settings', 'retention')), false);
    // The privacy notice says the period to anyone, signed in or not.
    await expectAccess(getDoc(doc(participant, 'settings', 'retention')), true);
    await expectAccess(
      getDoc(doc(firestoreOf(env.unauthenticatedContext()), 'settings', 'retention')),
      true,
    );
  });

  it('keeps a period the rules can check: whole months from 1 to 84, own uid, server time', async () => {
    await expectAccess(retention(confirmed, { cohortMonthsAfterEnd: 0 }), false);
    await expectAccess(retention(confirmed, { cohortMonthsAfterEnd: 85 }), false);
    await expectAccess(retention(confirmed, { cohortMonthsAfterEnd: 6.5 }), false);
    await expectAccess(retention(confirmed, { cohortMonthsAfterEnd: '12' }), false);
    await expectAccess(retention(confirmed, { updatedBy: people.facilitatorA.uid }), false);
    await expectAccess(retention(confirmed, { updatedAt: at }), false);
    await expectAccess(retention(confirmed, { note: 'extra' }), false);
    await expectAccess(retention(confirmed, { cohortMonthsAfterEnd: 1 }), true);
    await expectAccess(retention(confirmed, { cohortMonthsAfterEnd: 84 }), true);
  });
});
