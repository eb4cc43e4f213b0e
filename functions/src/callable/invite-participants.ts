import { FieldValue } from 'firebase-admin/firestore';
import type { Services } from '../services';

/** What happened to each address a facilitator pasted, in the order given. */
export type InviteOutcome =
  'invited' | 'already-invited' | 'already-member' | 'not-an-email' | 'no-seat';
export type InviteResult = { address: string; outcome: InviteOutcome };

export const MAX_ADDRESSES = 50;
// No slash either: an address is a document id, and a slash would make it a path to another one.
const EMAIL = /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/;

export class InviteRefused extends Error {}

async function isMember(services: Services, cohortId: string, address: string): Promise<boolean> {
  try {
    const user = await services.auth.getUserByEmail(address);
    return (await services.db.doc(`cohorts/${cohortId}/members/${user.uid}`).get()).exists;
  } catch {
    return false;
  }
}

/**
 * Invites each address as a participant. Every seat is taken in a transaction on the cohort, so
 * two facilitators inviting at the same moment are served one after the other on fresh data:
 * the seat limit holds and contention never surfaces as an error.
 */
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
  const role = (await cohortRef.collection('members').doc(caller.uid).get()).get('role');
  if (!caller.admin && role !== 'facilitator') {
    throw new InviteRefused('Only the cohort’s facilitators and the programme team invite people.');
  }
  const results: InviteResult[] = [];
  const seen = new Set<string>();
  for (const given of addresses) {
    const address = given.trim().toLowerCase();
    if (!EMAIL.test(address) || address.length > 254) {
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
    const invitationRef = cohortRef.collection('invitations').doc(address);
    const outcome = await services.db.runTransaction(
      async (transaction): Promise<InviteOutcome> => {
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
        transaction.create(invitationRef, {
          email: address,
          role: 'participant',
          invitedBy: caller.uid,
          createdAt: FieldValue.serverTimestamp(),
        });
        transaction.update(cohortRef, {
          seatsTaken: taken + 1,
          // Older cohorts named the last address invited here, for every member to read.
          lastSeatChange: FieldValue.delete(),
        });
        return 'invited';
      },
      { maxAttempts: 30 },
    );
    results.push({ address, outcome });
  }
  return results;
}
