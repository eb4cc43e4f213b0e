import { timingSafeEqual } from 'node:crypto';
import { programmeNameOf } from '../cohort-data';
import { inviterName } from '../emails/invitation';
import { invitationSignature } from '../mail/invitation-link';
import type { Services } from '../services';

// The sign-up page is opened before the invitee has an account, so it cannot read the invitation
// through the rules. The invitation email's link carries a signature over the cohort and address
// instead: only someone holding that email can ask which cohort invited them and who did, and an
// address or cohort id guessed without it gets the same empty answer as a withdrawn invitation.

export type InvitationPreview = {
  cohortName: string;
  /** The programme the cohort belongs to, from its record; absent for a cohort without one. */
  programmeName?: string;
  inviterName: string;
  role: 'participant' | 'facilitator';
  /** As the facilitator's spreadsheet gave them, to greet the person and fill in the form. */
  person: { name: string; organisation: string; jobTitle: string };
};

const MAX_ID = 200;

/** What the sign-up page may say about an invitation, or null for anything it cannot prove. */
export async function previewInvitation(
  services: Services,
  given: { cohortId: unknown; email: unknown; signature: unknown },
): Promise<InvitationPreview | null> {
  const { cohortId, email, signature } = given;
  if (
    typeof cohortId !== 'string' ||
    typeof email !== 'string' ||
    typeof signature !== 'string' ||
    cohortId.length === 0 ||
    cohortId.length > MAX_ID ||
    email.length > MAX_ID ||
    cohortId.includes('/') ||
    email.includes('/')
  ) {
    return null;
  }
  const address = email.trim().toLowerCase();
  const expected = Buffer.from(invitationSignature(cohortId, address, services.linkSecret));
  const offered = Buffer.from(signature);
  if (expected.length !== offered.length || !timingSafeEqual(expected, offered)) return null;
  const [cohort, invitation] = await Promise.all([
    services.db.doc(`cohorts/${cohortId}`).get(),
    services.db.doc(`cohorts/${cohortId}/invitations/${address}`).get(),
  ]);
  if (!cohort.exists || !invitation.exists || cohort.get('archived') === true) return null;
  const programmeName = await programmeNameOf(services, cohortId);
  return {
    cohortName: cohort.get('name') as string,
    ...(programmeName ? { programmeName } : {}),
    inviterName: await inviterName(services, cohortId, invitation.get('invitedBy') as string),
    role: invitation.get('role') === 'facilitator' ? 'facilitator' : 'participant',
    person: {
      name: String(invitation.get('name') ?? ''),
      organisation: String(invitation.get('organisation') ?? ''),
      jobTitle: String(invitation.get('jobTitle') ?? ''),
    },
  };
}
