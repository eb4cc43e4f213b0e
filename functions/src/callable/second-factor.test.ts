import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cohortA, programmeAdmin } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminAuth, adminDb } from '../admin';
import { callFunction, idTokenOf, idTokenWithSecondFactorOf } from '../testing/callables';

const [helen] = cohortA.facilitators;
const [amara] = cohortA.participants;
const samsPhone = '+447700900123';

const enrolSamsPhone = () =>
  adminAuth().updateUser(programmeAdmin.uid, {
    multiFactor: {
      enrolledFactors: [{ uid: 'sams-phone', phoneNumber: samsPhone, factorId: 'phone' }],
    },
  });

const changes = {
  programmeTeam: { email: helen!.email, member: true },
  staffAction: { action: 'cohort.archive', cohortId: cohortA.id },
  eraseParticipant: { cohortId: cohortA.id, uid: amara!.uid, confirmName: amara!.displayName },
} as const;

describe('the programme team’s powers once a second factor is enrolled', () => {
  beforeEach(seedDemoData);
  afterEach(() =>
    adminAuth().updateUser(programmeAdmin.uid, { multiFactor: { enrolledFactors: null } }),
  );

  it('refuses a sign-in that skipped the second factor, and changes nothing', async () => {
    const passwordOnly = await idTokenOf(programmeAdmin.email);
    await enrolSamsPhone();
    for (const [name, data] of Object.entries(changes)) {
      const refused = await callFunction(name, passwordOnly, data);
      expect(refused.status, name).toBe(401);
      expect(refused.error?.details?.reason, name).toBe('second-factor-required');
    }
    expect((await adminAuth().getUser(helen!.uid)).customClaims?.['admin']).toBeUndefined();
    expect((await adminDb().doc(`cohorts/${cohortA.id}`).get()).get('archived')).toBe(false);
    expect((await adminDb().doc(`cohorts/${cohortA.id}/members/${amara!.uid}`).get()).exists).toBe(
      true,
    );
    expect((await adminDb().collection('auditLog').get()).empty).toBe(true);
  });

  it('accepts a sign-in that passed the code texted to the phone', async () => {
    await enrolSamsPhone();
    const withCode = await idTokenWithSecondFactorOf(programmeAdmin.email);
    for (const [name, data] of Object.entries(changes)) {
      expect((await callFunction(name, withCode, data)).status, name).toBe(200);
    }
    expect((await adminAuth().getUser(helen!.uid)).customClaims?.['admin']).toBe(true);
  });

  it('still lets an account that has enrolled nothing use its password alone', async () => {
    const passwordOnly = await idTokenOf(programmeAdmin.email);
    const answer = await callFunction('staffAction', passwordOnly, changes.staffAction);
    expect(answer.status).toBe(200);
  });
});
