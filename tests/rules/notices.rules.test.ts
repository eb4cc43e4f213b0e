import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { doc, getDoc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import {
  as,
  createRulesEnvironment,
  expectAccess,
  firestoreOf,
  people,
  seedTwoCohorts,
} from './rules-environment';

// What the public notices read, and the version of the privacy notice a profile records.

let env: RulesTestEnvironment;
const admin = people.admin;
const controller = (overrides: Record<string, unknown> = {}) => ({
  controllerName: 'The Leadership Academy',
  contactEmail: 'privacy@example.org',
  dpoContact: '',
  updatedBy: admin.uid,
  updatedAt: serverTimestamp(),
  ...overrides,
});

beforeAll(async () => {
  env = await createRulesEnvironment('notices');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await env.withSecurityRulesDisabled(async (context) => {
    await setDoc(doc(firestoreOf(context), 'settings', 'retention'), { cohortMonthsAfterEnd: 12 });
  });
});
afterAll(() => env.cleanup());

describe('the controller named on the privacy notice', () => {
  it('is set by the programme team only in its exact shape', async () => {
    const db = as(env, 'admin');
    await expectAccess(setDoc(doc(db, 'settings', 'privacy'), controller()), true);
    for (const bad of [
      { contactEmail: 'not an address' },
      { contactEmail: '' },
      { controllerName: '' },
      { dpoContact: 'x'.repeat(301) },
      { updatedBy: people.facilitatorA.uid },
      { updatedAt: new Date('2027-01-01') },
      { extra: true },
    ]) {
      await expectAccess(setDoc(doc(db, 'settings', 'privacy'), controller(bad)), false);
    }
    const unconfirmed = firestoreOf(
      env.authenticatedContext(admin.uid, { admin: true, email_verified: false }),
    );
    await expectAccess(setDoc(doc(unconfirmed, 'settings', 'privacy'), controller()), false);
  });
});

describe('the retention period the privacy notice states', () => {
  it('is read by anyone, signed in or not, and written by no client', async () => {
    await expectAccess(getDoc(doc(as(env, 'signedOut'), 'settings', 'retention')), true);
    await expectAccess(getDoc(doc(as(env, 'participantA'), 'settings', 'retention')), true);
    await expectAccess(
      setDoc(doc(as(env, 'participantA'), 'settings', 'retention'), { cohortMonthsAfterEnd: 1 }),
      false,
    );
  });
});

describe('the version of the privacy notice on a profile', () => {
  it('is recorded by its owner as a whole number, at sign-up or later', async () => {
    const db = as(env, 'noCohort');
    const own = doc(db, 'users', people.noCohort.uid);
    await expectAccess(updateDoc(own, { privacyNoticeVersion: 1 }), true);
    await expectAccess(updateDoc(own, { privacyNoticeVersion: '1' }), false);
    await expectAccess(updateDoc(own, { privacyNoticeVersion: 0 }), false);
    await expectAccess(updateDoc(own, { privacyNoticeVersion: 1.5 }), false);
    const fresh = doc(as(env, 'participantB'), 'users', 'someone-new');
    await expectAccess(setDoc(fresh, { displayName: 'New', privacyNoticeVersion: 1 }), false);
    await expectAccess(
      updateDoc(doc(as(env, 'participantA'), 'users', people.noCohort.uid), {
        privacyNoticeVersion: 1,
      }),
      false,
    );
  });
});
