import {
  FieldValue,
  type DocumentReference,
  type DocumentSnapshot,
  type Transaction,
} from 'firebase-admin/firestore';
import { formatLongDate, todayIso } from '@/lib/dates';
import { deferralId, type DeferralRequest } from '@/lib/deferral';
import { cohortLabel, tagInCohort } from '@/lib/firestore/network-vocabulary';
import { recordAudit, type AuditEntry } from '../audit/record';
import type { Services } from '../services';

// A deferral moves a participant, and what they wrote and were told, to a later cohort of the same
// programme in one transaction: a retry finds the record it wrote and changes nothing, and the
// seat moves with the membership, so each cohort's count stays participants plus pending
// invitations (decision 0024). Attendance, reading records and feedback answers stay with the
// modules they were about (decision 0032).

export class DeferralRefused extends Error {}

export type DeferralOutcome = {
  outcome: 'deferred' | 'already-deferred';
  toCohortName: string;
  moved: { goals: number; entries: number; replies: number; directorCall: boolean };
};

type Actor = AuditEntry['actor'];

const nameOf = (cohort: DocumentSnapshot) => String(cohort.get('name') ?? cohort.id);

function refuseUnlessDeferrable(
  from: DocumentSnapshot,
  to: DocumentSnapshot,
  membership: DocumentSnapshot,
  already: DocumentSnapshot,
  invited: DocumentSnapshot | null,
) {
  if (!from.exists || !to.exists) throw new DeferralRefused('That cohort no longer exists.');
  const person = String(membership.get('displayName') ?? 'This person');
  if (membership.get('role') !== 'participant') {
    throw new DeferralRefused(`${person} is not a participant of ${nameOf(from)}.`);
  }
  if (already.exists) throw new DeferralRefused(`${person} is already a member of ${nameOf(to)}.`);
  if (invited?.exists) {
    throw new DeferralRefused(
      `${person} already has an invitation to ${nameOf(to)}. Withdraw it first, then defer them: their seat moves with them.`,
    );
  }
  if (to.get('programmeId') !== from.get('programmeId')) {
    throw new DeferralRefused(
      `${nameOf(to)} belongs to another programme. A deferral moves someone to a later cohort of their own programme.`,
    );
  }
  if (String(to.get('startDate')) <= String(from.get('startDate'))) {
    throw new DeferralRefused(
      `${nameOf(to)} starts on ${formatLongDate(String(to.get('startDate')))}, not after ${nameOf(from)}. Choose a later cohort.`,
    );
  }
  if (to.get('archived') === true || from.get('archived') === true) {
    throw new DeferralRefused('Archived cohorts do not change: unarchive the cohort first.');
  }
  const limit = Number(to.get('seatLimit') ?? 0);
  if (Number(to.get('seatsTaken') ?? 0) >= limit) {
    throw new DeferralRefused(
      `${nameOf(to)} is full: all ${limit} seats are taken. Free a seat there first, or choose another cohort.`,
    );
  }
}

/** Copies a document to the same id under the new cohort and deletes the old one. */
function move(transaction: Transaction, from: DocumentSnapshot, to: DocumentReference) {
  transaction.create(to, from.data() ?? {});
  transaction.delete(from.ref);
}

export async function deferParticipant(
  services: Services,
  actor: Actor,
  request: DeferralRequest,
): Promise<DeferralOutcome> {
  const { uid, fromCohortId, toCohortId } = request;
  if ([uid, fromCohortId, toCohortId].some((id) => id.includes('/'))) {
    throw new DeferralRefused('That is not a cohort or person of this portal.');
  }
  if (fromCohortId === toCohortId) {
    throw new DeferralRefused('Choose a different, later cohort to move them to.');
  }
  const now = services.now();
  if (request.agreedOn > todayIso(now)) {
    throw new DeferralRefused('The day they agreed cannot be in the future.');
  }
  const db = services.db;
  const email = (await services.auth.getUser(uid).catch(() => null))?.email?.toLowerCase();
  const fromRef = db.doc(`cohorts/${fromCohortId}`);
  const toRef = db.doc(`cohorts/${toCohortId}`);
  const id = deferralId(fromCohortId, uid);
  const recordRef = fromRef.collection('deferrals').doc(id);

  return db.runTransaction(
    async (transaction): Promise<DeferralOutcome> => {
      const record = await transaction.get(recordRef);
      if (record.exists) {
        return {
          outcome: 'already-deferred',
          toCohortName: String(record.get('toCohortName')),
          moved: { goals: 0, entries: 0, replies: 0, directorCall: false },
        };
      }
      const [from, to, membership, already, invited, waiting] = await Promise.all([
        transaction.get(fromRef),
        transaction.get(toRef),
        transaction.get(fromRef.collection('members').doc(uid)),
        transaction.get(toRef.collection('members').doc(uid)),
        email ? transaction.get(toRef.collection('invitations').doc(email)) : null,
        email ? transaction.get(toRef.collection('waitingList').doc(email)) : null,
      ]);
      refuseUnlessDeferrable(from, to, membership, already, invited);

      const [goals, entries, call, notes, news, network, listed] = await Promise.all([
        transaction.get(fromRef.collection('goals').where('ownerUid', '==', uid)),
        transaction.get(fromRef.collection('journal').where('authorUid', '==', uid)),
        transaction.get(fromRef.collection('directorCalls').doc(uid)),
        transaction.get(fromRef.collection('directorCallNotes').doc(uid)),
        transaction.get(fromRef.collection('whatsNew').doc(uid)),
        transaction.get(db.doc(`networkProfiles/${uid}`)),
        transaction.get(db.doc('networkCohorts/all')),
      ]);
      const replies = await Promise.all(
        entries.docs.map((entry) => transaction.get(entry.ref.collection('comments'))),
      );

      const displayName = String(membership.get('displayName'));
      transaction.delete(membership.ref);
      transaction.create(toRef.collection('members').doc(uid), {
        ...membership.data(),
        joinedAt: FieldValue.serverTimestamp(),
      });
      transaction.update(fromRef, {
        seatsTaken: FieldValue.increment(-1),
        lastSeatChange: FieldValue.delete(),
      });
      transaction.update(toRef, { seatsTaken: FieldValue.increment(1) });
      // Someone waiting for a seat in the new cohort has one now: nobody offers them another.
      if (waiting?.exists) transaction.delete(waiting.ref);

      for (const goal of goals.docs)
        move(transaction, goal, toRef.collection('goals').doc(goal.id));
      entries.docs.forEach((entry, index) => {
        const movedEntry = toRef.collection('journal').doc(entry.id);
        move(transaction, entry, movedEntry);
        for (const reply of replies[index]?.docs ?? []) {
          move(transaction, reply, movedEntry.collection('comments').doc(reply.id));
        }
      });
      if (call.exists) move(transaction, call, toRef.collection('directorCalls').doc(uid));
      if (notes.exists) move(transaction, notes, toRef.collection('directorCallNotes').doc(uid));
      // What was new in the old cohort is no news in the new one.
      if (news.exists) transaction.delete(news.ref);

      // The network lists the cohorts a person is in; the rules refuse a profile naming one they left.
      const ids = network.get('cohortIds') as string[] | undefined;
      if (ids?.includes(fromCohortId)) {
        const cohortIds = [...new Set(ids.map((c) => (c === fromCohortId ? toCohortId : c)))];
        const labels = Object.fromEntries(
          Object.entries(network.get('cohortLabels') as Record<string, string>).filter(
            ([id]) => id !== fromCohortId,
          ),
        );
        labels[toCohortId] =
          (listed.get('labels') as Record<string, string> | undefined)?.[toCohortId] ??
          cohortLabel(nameOf(to));
        const tags = (network.get('tags') as string[] | undefined) ?? [];
        transaction.update(network.ref, {
          cohortIds,
          cohortLabels: labels,
          tagCohorts: cohortIds.flatMap((c) => tags.map((tag) => tagInCohort(tag, c))),
        });
      }

      const deferral = {
        uid,
        displayName,
        fromCohortId,
        fromCohortName: nameOf(from),
        toCohortId,
        toCohortName: nameOf(to),
        agreementMethod: request.agreementMethod,
        agreedOn: request.agreedOn,
        agreementNote: request.agreementNote.trim(),
        deferredBy: actor.label,
        deferredAt: FieldValue.serverTimestamp(),
      };
      transaction.create(recordRef, deferral);
      transaction.create(toRef.collection('deferrals').doc(id), deferral);
      void recordAudit(
        db,
        {
          action: 'participant.defer',
          actor,
          cohortId: fromCohortId,
          target: { uid, label: displayName },
          detail: {
            toCohortId,
            toCohortName: nameOf(to),
            agreementMethod: request.agreementMethod,
            agreedOn: request.agreedOn,
          },
        },
        transaction,
      );
      return {
        outcome: 'deferred',
        toCohortName: nameOf(to),
        moved: {
          goals: goals.size,
          entries: entries.size,
          replies: replies.reduce((sum, r) => sum + r.size, 0),
          directorCall: call.exists,
        },
      };
    },
    { maxAttempts: 30 },
  );
}
