import { useMutation, useQuery } from '@tanstack/react-query';
import {
  deleteDoc,
  doc,
  getDocs,
  runTransaction,
  serverTimestamp,
  updateDoc,
  type Transaction,
} from 'firebase/firestore';
import { collectionRef, db, docRef } from '@/lib/firebase/firestore';
import { cohortDoc, invitationsCollection, memberDoc } from '@/lib/firestore/refs';
import type { Role } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';
import { cohortKeys } from './cohort-keys';

export const invitationKeys = {
  pending: (cohortId: string) => [...cohortKeys.detail(cohortId), 'invitations'] as const,
};

export function usePendingInvitations(cohortId: string) {
  return useQuery({
    queryKey: invitationKeys.pending(cohortId),
    queryFn: async () =>
      (await getDocs(collectionRef(invitationsCollection(cohortId)))).docs.map((d) => d.data()),
  });
}

const refresh = (cohortId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: cohortKeys.detail(cohortId) }),
    queryClient.invalidateQueries({ queryKey: invitationKeys.pending(cohortId) }),
  ]);

/** What happened to one pasted address; the server decides, in the order given. */
export type InviteOutcome =
  'invited' | 'already-invited' | 'already-member' | 'not-an-email' | 'no-seat';
export type InviteResult = { address: string; outcome: InviteOutcome };

/** "a@x.org; b@y.org, c@z.org" or one a line, as copied from an email client. */
export function splitAddresses(pasted: string): string[] {
  return pasted
    .split(/[\n,;]+/)
    .map((part) =>
      part
        .trim()
        .replace(/^.*<([^>]+)>$/, '$1')
        .trim(),
    )
    .filter((part) => part.length > 0);
}

/**
 * Invites participants through the server, which takes each seat in a transaction: two
 * facilitators inviting at once are served one after the other, and the seat limit holds.
 */
export async function inviteParticipants(
  cohortId: string,
  addresses: string[],
): Promise<InviteResult[]> {
  const { callable } = await import('@/lib/firebase/functions');
  const call = callable<{ cohortId: string; addresses: string[] }, InviteResult[]>(
    'inviteParticipants',
  );
  return (await call({ cohortId, addresses })).data;
}

export function useInviteParticipants(cohortId: string) {
  return useMutation({
    mutationFn: (addresses: string[]) => inviteParticipants(cohortId, addresses),
    onSettled: () => refresh(cohortId),
  });
}

/** Frees one seat on fresh data, in the same transaction as the change that frees it. */
function freeSeat(
  cohortId: string,
  change: { kind: 'revoke' | 'remove'; id: string },
  release: (transaction: Transaction) => void,
) {
  return runTransaction(
    db,
    async (transaction) => {
      const cohort = (await transaction.get(docRef(cohortDoc(cohortId)))).data();
      if (!cohort) throw new Error('This cohort no longer exists.');
      release(transaction);
      transaction.update(doc(db, 'cohorts', cohortId), {
        seatsTaken: cohort.seatsTaken - 1,
        lastSeatChange: change,
      });
    },
    { maxAttempts: 30 },
  );
}

/** Invitation emails may be sent again an hour after the invitation or the last resend. */
export const RESEND_INTERVAL_MS = 60 * 60_000;

export function resendAllowedFrom(invitation: { createdAt: Date; resendRequestedAt?: Date }): Date {
  const last = invitation.resendRequestedAt ?? invitation.createdAt;
  return new Date(last.getTime() + RESEND_INTERVAL_MS);
}

export function useResendInvitation(cohortId: string) {
  return useMutation({
    mutationFn: (email: string) =>
      updateDoc(doc(db, 'cohorts', cohortId, 'invitations', email), {
        resendRequestedAt: serverTimestamp(),
      }),
    onSettled: () => refresh(cohortId),
  });
}

export function useWithdrawInvitation(cohortId: string) {
  return useMutation({
    mutationFn: async ({ email, role }: { email: string; role: Role }) => {
      const invitation = doc(db, 'cohorts', cohortId, 'invitations', email);
      if (role !== 'participant') return deleteDoc(invitation);
      return freeSeat(cohortId, { kind: 'revoke', id: email }, (transaction) =>
        transaction.delete(invitation),
      );
    },
    onSettled: () => refresh(cohortId),
  });
}

/** Removing a participant ends their access at once and frees their seat, in one batch. */
export function useRemoveMember(cohortId: string) {
  return useMutation({
    mutationFn: async ({ uid, role }: { uid: string; role: Role }) => {
      const membership = docRef(memberDoc(cohortId, uid));
      if (role !== 'participant') return deleteDoc(membership);
      return freeSeat(cohortId, { kind: 'remove', id: uid }, (transaction) =>
        transaction.delete(membership),
      );
    },
    onSettled: () =>
      Promise.all([
        refresh(cohortId),
        queryClient.invalidateQueries({ queryKey: cohortKeys.members(cohortId) }),
      ]),
  });
}
