import {
  FieldValue,
  Timestamp,
  type DocumentReference,
  type Transaction,
} from 'firebase-admin/firestore';
import { REMOVAL_GRACE_DAYS } from '@/lib/retention';
import { recordAudit } from '../audit/record';
import type { Services } from '../services';

// A seat is freed only here, in the same transaction that removes the pending participant
// invitation or the participant holding it, so the cohort's count always equals participants plus
// pending participant invitations (decision 0024).

export class SeatChangeRefused extends Error {}

export type Caller = { uid: string; admin: boolean; label: string };
export type SeatOutcome = 'freed' | 'already-gone';

/** Each id names one document: a slash would turn it into a path to some other one. */
function requireIds(...ids: string[]) {
  if (ids.some((id) => id.length === 0 || id.includes('/'))) {
    throw new SeatChangeRefused('That is not a cohort, invitation or person of this portal.');
  }
}

async function requireStaff(services: Services, caller: Caller, cohortId: string) {
  if (caller.admin) return;
  const role = (await services.db.doc(`cohorts/${cohortId}/members/${caller.uid}`).get()).get(
    'role',
  );
  if (role !== 'facilitator') {
    throw new SeatChangeRefused(
      'Only the cohort’s facilitators and the programme team change who holds a seat.',
    );
  }
}

async function freeSeat(
  services: Services,
  cohortId: string,
  held: DocumentReference,
  alsoRecord?: (
    transaction: Transaction,
    holder: FirebaseFirestore.DocumentData,
    cohort: FirebaseFirestore.DocumentData,
  ) => void,
): Promise<SeatOutcome> {
  const cohortRef = services.db.doc(`cohorts/${cohortId}`);
  return services.db.runTransaction(
    async (transaction): Promise<SeatOutcome> => {
      const [cohort, holder] = await Promise.all([
        transaction.get(cohortRef),
        transaction.get(held),
      ]);
      if (!cohort.exists) throw new SeatChangeRefused('This cohort no longer exists.');
      if (cohort.get('archived') === true) {
        throw new SeatChangeRefused('This cohort is archived: nobody can be removed from it.');
      }
      if (!holder.exists) return 'already-gone';
      if (holder.get('role') !== 'participant') {
        throw new SeatChangeRefused('Only participants hold a seat: this is not one.');
      }
      transaction.delete(held);
      transaction.update(cohortRef, {
        seatsTaken: FieldValue.increment(-1),
        // Older cohorts named the last address invited or withdrawn here, for every member to read.
        lastSeatChange: FieldValue.delete(),
      });
      alsoRecord?.(transaction, holder.data() ?? {}, cohort.data() ?? {});
      return 'freed';
    },
    { maxAttempts: 30 },
  );
}

/** Withdraws a pending participant invitation and frees its seat; a second call finds it gone. */
export async function withdrawInvitation(
  services: Services,
  caller: Caller,
  cohortId: string,
  email: string,
): Promise<SeatOutcome> {
  const address = email.trim().toLowerCase();
  requireIds(cohortId, address);
  await requireStaff(services, caller, cohortId);
  return freeSeat(
    services,
    cohortId,
    services.db.doc(`cohorts/${cohortId}/invitations/${address}`),
  );
}

/** Where a removed participant's departure from a cohort is recorded: one per person and cohort. */
export const departureId = (cohortId: string, uid: string) => `${cohortId}__${uid}`;

/**
 * Removes a participant and frees their seat at once. Their membership goes, so every rule that
 * trusts it stops trusting them; the departure record written in the same transaction lets them
 * read their own entries, and download them, for REMOVAL_GRACE_DAYS, after which the daily job
 * erases their cohort content (decision 0027). Its creation emails them (departureEmail).
 */
export async function removeParticipant(
  services: Services,
  caller: Caller,
  cohortId: string,
  uid: string,
): Promise<SeatOutcome> {
  requireIds(cohortId, uid);
  await requireStaff(services, caller, cohortId);
  const now = services.now();
  return freeSeat(
    services,
    cohortId,
    services.db.doc(`cohorts/${cohortId}/members/${uid}`),
    (transaction, membership, cohort) => {
      transaction.set(services.db.doc(`departures/${departureId(cohortId, uid)}`), {
        uid,
        cohortId,
        cohortName: String(cohort['name'] ?? cohortId),
        displayName: String(membership['displayName'] ?? ''),
        endedAt: Timestamp.fromDate(now),
        accessEndsAt: Timestamp.fromMillis(now.getTime() + REMOVAL_GRACE_DAYS * 86_400_000),
      });
      void recordAudit(
        services.db,
        {
          action: 'participant.remove',
          actor: { uid: caller.uid, label: caller.label },
          cohortId,
          target: { uid, label: String(membership['displayName'] ?? uid) },
          detail: { graceDays: REMOVAL_GRACE_DAYS },
        },
        transaction,
      );
    },
  );
}
