import { FieldValue } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA, cohortB } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { invitationSignature } from '../mail/invitation-link';
import { callFunction } from '../testing/callables';
import { testServices } from '../testing/test-services';
import type { InvitationPreview } from './invitation-preview';

const email = 'late.joiner@example.org';
const key = (cohortId: string, address: string) =>
  invitationSignature(cohortId, address, testServices().linkSecret);
const preview = (data: Record<string, unknown>) =>
  callFunction<{ invitation: InvitationPreview | null }>('invitationPreview', null, data);

describe('the sign-up page asking about an invitation', () => {
  beforeEach(async () => {
    await seedDemoData();
    await adminDb().doc(`cohorts/${cohortA.id}/invitations/${email}`).set({
      email,
      role: 'participant',
      invitedBy: cohortA.facilitators[0]!.uid,
      createdAt: FieldValue.serverTimestamp(),
    });
  });

  it('hears the cohort and who invited them, with the key from their email, signed out', async () => {
    const answer = await preview({
      cohortId: cohortA.id,
      email,
      signature: key(cohortA.id, email),
    });
    expect(answer.status).toBe(200);
    expect(answer.result?.invitation).toEqual({
      cohortName: 'Collaborative leadership — spring 2027',
      programmeName: 'Collaborative leadership',
      inviterName: cohortA.facilitators[0]!.displayName,
      role: 'participant',
      // Invited by address alone: nothing to fill in on the sign-up form.
      person: { name: '', organisation: '', jobTitle: '' },
    });
    // The address as typed in the link may differ in case from the invitation's id.
    const shouted = await preview({
      cohortId: cohortA.id,
      email: email.toUpperCase(),
      signature: key(cohortA.id, email),
    });
    expect(shouted.result?.invitation?.cohortName).toBe('Collaborative leadership — spring 2027');
  });

  it('hears nothing without the right key: guessed, another address’s, or another cohort’s', async () => {
    const guesses = [
      { cohortId: cohortA.id, email, signature: 'guess' },
      { cohortId: cohortA.id, email, signature: key(cohortA.id, 'someone.else@example.org') },
      { cohortId: cohortA.id, email, signature: key(cohortB.id, email) },
      { cohortId: cohortA.id, email },
      { cohortId: `${cohortA.id}/invitations/${email}`, email, signature: key(cohortA.id, email) },
    ];
    for (const guess of guesses) {
      const answer = await preview(guess);
      expect(answer.status).toBe(200);
      expect(answer.result).toEqual({ invitation: null });
    }
  });

  it('hears nothing once the invitation is withdrawn or used, though the key was right', async () => {
    await adminDb().doc(`cohorts/${cohortA.id}/invitations/${email}`).delete();
    const answer = await preview({
      cohortId: cohortA.id,
      email,
      signature: key(cohortA.id, email),
    });
    expect(answer.result).toEqual({ invitation: null });
  });
});
