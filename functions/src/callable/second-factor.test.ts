import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA, programmeAdmin } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminAuth, adminDb } from '../admin';
import { callFunction, idTokenOf } from '../testing/callables';

const [helen] = cohortA.facilitators;
const [amara] = cohortA.participants;

const changes = {
  programmeTeam: { email: cohortA.facilitators[1]!.email, member: true },
  staffAction: { action: 'cohort.archive', cohortId: cohortA.id },
  eraseParticipant: { cohortId: cohortA.id, uid: amara!.uid, confirmName: amara!.displayName },
} as const;

const nothingChanged = async () => {
  const tom = cohortA.facilitators[1]!;
  expect((await adminAuth().getUser(tom.uid)).customClaims?.['admin']).toBeUndefined();
  expect((await adminDb().doc(`cohorts/${cohortA.id}`).get()).get('archived')).toBe(false);
  expect((await adminDb().doc(`cohorts/${cohortA.id}/members/${amara!.uid}`).get()).exists).toBe(
    true,
  );
  expect((await adminDb().collection('auditLog').get()).empty).toBe(true);
};

describe('the programme team’s powers need a sign-in with the texted code', () => {
  beforeEach(seedDemoData);

  it('refuses a member who signed in with a password alone, and changes nothing', async () => {
    // Helen is newly on the team and has not enrolled a phone yet: her sign-in has no factor.
    await adminAuth().setCustomUserClaims(helen!.uid, { admin: true });
    const passwordOnly = await idTokenOf(helen!.email);
    const listingTheTeam = ['programmeTeam', {}] as const;
    for (const [name, data] of [...Object.entries(changes), listingTheTeam]) {
      const refused = await callFunction(name, passwordOnly, data);
      expect(refused.status, name).toBe(401);
      expect(refused.error?.details?.reason, name).toBe('second-factor-required');
    }
    await nothingChanged();
  });

  it('accepts a sign-in that passed the code texted to the phone', async () => {
    const withCode = await idTokenOf(programmeAdmin.email);
    for (const [name, data] of Object.entries(changes)) {
      expect((await callFunction(name, withCode, data)).status, name).toBe(200);
    }
    expect((await adminAuth().getUser(cohortA.facilitators[1]!.uid)).customClaims?.['admin']).toBe(
      true,
    );
  });

  it('refuses a member removed from the team within the hour their token still lives', async () => {
    const withCode = await idTokenOf(programmeAdmin.email);
    await adminAuth().setCustomUserClaims(programmeAdmin.uid, null);
    const seatChange = ['removeParticipant', { cohortId: cohortA.id, uid: amara!.uid }] as const;
    for (const [name, data] of [...Object.entries(changes), seatChange]) {
      expect((await callFunction(name, withCode, data)).status, name).toBe(403);
    }
    await nothingChanged();
  });
});
