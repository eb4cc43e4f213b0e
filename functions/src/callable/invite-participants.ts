import { FieldValue, type DocumentReference, type Timestamp } from 'firebase-admin/firestore';
import { isEmailAddress } from '@/lib/people-csv';
import type { Services } from '../services';

/** What happened to each address a facilitator pasted, in the order given. */
export type InviteOutcome =
  'invited' | 'already-invited' | 'already-member' | 'not-an-email' | 'no-seat';
export type InviteResult = { address: string; outcome: InviteOutcome };

export const MAX_ADDRESSES = 50;

export class InviteRefused extends Error {}

/** What the invitation says of the person, to greet them at sign-up, and an offer's deadline. */
export type InvitationDetails = {
  name?: string;
  organisation?: string;
  jobTitle?: string;
  offerExpiresAt?: Timestamp;
};

/**
 * Invites one address as a participant if a seat is free, in a transaction on the cohort, so two
 * facilitators inviting at the same moment are served one after the other on fresh data: the seat
 * limit holds and contention never surfaces as an error.
 */
export async function takeSeat(
  services: Services,
  cohortRef: DocumentReference,
  address: string,
  invitedBy: string,
  details: InvitationDetails,
): Promise<'invited' | 'already-invited' | 'no-seat'> {
  const invitationRef = cohortRef.collection('invitations').doc(address);
  return services.db.runTransaction(
    async (transaction) => {
      const [cohort, invitation] = await Promise.all([
        transaction.get(cohortRef),
        transaction.get(invitationRef),
      ]);
      if (!cohort.exists || cohort.get('archived') === true) {
        throw new InviteRefused('This cohort is archived: nobody new can be invited.');
      }
      if (invitation.exists) return 'already-invited';
      const taken = (cohort.get('seatsTaken') as number | undefined) ?? 0;
      if (taken >= (cohort.get('seatLimit') as number)) return 'no-seat';
      transaction.create(invitationRef, invitationData(address, invitedBy, details));
      transaction.update(cohortRef, {
        seatsTaken: taken + 1,
        // Older cohorts named the last address invited here, for every member to read.
        lastSeatChange: FieldValue.delete(),
      });
      return 'invited';
    },
    { maxAttempts: 30 },
  );
}

/** A participant invitation as the server writes it; empty details are left out. */
export function invitationData(address: string, invitedBy: string, details: InvitationDetails) {
  const given = Object.entries(details).filter(([, value]) => value !== undefined && value !== '');
  return {
    email: address,
    role: 'participant',
    invitedBy,
    createdAt: FieldValue.serverTimestamp(),
    ...Object.fromEntries(given),
  };
}

export async function isMember(
  services: Services,
  cohortId: string,
  address: string,
): Promise<boolean> {
  try {
    const user = await services.auth.getUserByEmail(address);
    return (await services.db.doc(`cohorts/${cohortId}/members/${user.uid}`).get()).exists;
  } catch {
    return false;
  }
}

export async function requireInviter(
  cohortRef: DocumentReference,
  caller: { uid: string; admin: boolean },
) {
  const role = (await cohortRef.collection('members').doc(caller.uid).get()).get('role');
  if (!caller.admin && role !== 'facilitator') {
    throw new InviteRefused('Only the cohort’s facilitators and the programme team invite people.');
  }
}

/** Invites each address as a participant, each seat taken in its own transaction (takeSeat). */
export async function inviteParticipants(
  services: Services,
  caller: { uid: string; admin: boolean },
  cohortId: string,
  addresses: string[],
): Promise<InviteResult[]> {
  if (addresses.length > MAX_ADDRESSES) {
    throw new InviteRefused(`Invite at most ${MAX_ADDRESSES} addresses at a time.`);
  }
  const cohortRef = services.db.doc(`cohorts/${cohortId}`);
  await requireInviter(cohortRef, caller);
  const results: InviteResult[] = [];
  const seen = new Set<string>();
  for (const given of addresses) {
    const address = given.trim().toLowerCase();
    if (!isEmailAddress(address)) {
      results.push({ address: given, outcome: 'not-an-email' });
      continue;
    }
    if (seen.has(address)) {
      results.push({ address, outcome: 'already-invited' });
      continue;
    }
    seen.add(address);
    if (await isMember(services, cohortId, address)) {
      results.push({ address, outcome: 'already-member' });
      continue;
    }
    const outcome = await takeSeat(services, cohortRef, address, caller.uid, {});
    results.push({ address, outcome });
  }
  return results;
}
