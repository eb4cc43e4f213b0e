import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { deleteDoc, doc, getDocs, serverTimestamp, updateDoc } from 'firebase/firestore';
import { collectionRef, db, docRef } from '@/lib/firebase/firestore';
import { invitationsCollection, memberDoc } from '@/lib/firestore/refs';
import type { Role } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';
import { cohortKeys } from './cohort-keys';

export const invitationKeys = {
  pending: (cohortId: string) => [...cohortKeys.detail(cohortId), 'invitations'] as const,
};

export const pendingInvitationsQuery = (cohortId: string) =>
  queryOptions({
    queryKey: invitationKeys.pending(cohortId),
    queryFn: async () =>
      (await getDocs(collectionRef(invitationsCollection(cohortId)))).docs.map((d) => d.data()),
  });

export function usePendingInvitations(cohortId: string) {
  return useQuery(pendingInvitationsQuery(cohortId));
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

/**
 * Frees a participant's seat through the server, which deletes the invitation or membership and
 * counts the seat in one transaction: no client write can free a seat or keep one taken.
 */
async function freeSeat(name: 'withdrawInvitation' | 'removeParticipant', data: object) {
  const { callable } = await import('@/lib/firebase/functions');
  await callable<object, 'freed' | 'already-gone'>(name)(data);
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
      if (role !== 'participant')
        return deleteDoc(doc(db, 'cohorts', cohortId, 'invitations', email));
      return freeSeat('withdrawInvitation', { cohortId, email });
    },
    onSettled: () => refresh(cohortId),
  });
}

/** Removing a participant ends their access at once and frees their seat. */
export function useRemoveMember(cohortId: string) {
  return useMutation({
    mutationFn: async ({ uid, role }: { uid: string; role: Role }) => {
      if (role !== 'participant') return deleteDoc(docRef(memberDoc(cohortId, uid)));
      return freeSeat('removeParticipant', { cohortId, uid });
    },
    onSettled: () =>
      Promise.all([
        refresh(cohortId),
        queryClient.invalidateQueries({ queryKey: cohortKeys.members(cohortId) }),
      ]),
  });
}
