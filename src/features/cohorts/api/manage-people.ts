import { useMutation, useQuery } from '@tanstack/react-query';
import { FirebaseError } from 'firebase/app';
import { doc, getDoc, getDocs, serverTimestamp, updateDoc, writeBatch } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
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
      (await getDocs(invitationsCollection(db, cohortId))).docs.map((d) => d.data()),
  });
}

const refresh = (cohortId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: cohortKeys.detail(cohortId) }),
    queryClient.invalidateQueries({ queryKey: invitationKeys.pending(cohortId) }),
  ]);

export class SeatsFullError extends Error {
  constructor(seatLimit: number) {
    super(
      `All ${seatLimit} seats in this cohort are taken. Withdraw an invitation or remove a participant first.`,
    );
  }
}

/**
 * Invites by email. A participant invitation takes a seat in the same batch, and the rules refuse
 * the batch once the cohort is full, whatever the screen believed.
 */
export async function invite(cohortId: string, email: string, role: Role, invitedBy: string) {
  const address = email.trim().toLowerCase();
  const cohort = (await getDoc(cohortDoc(db, cohortId))).data();
  if (!cohort) throw new Error('This cohort no longer exists.');
  if (role === 'participant' && cohort.seatsTaken >= cohort.seatLimit)
    throw new SeatsFullError(cohort.seatLimit);
  const batch = writeBatch(db);
  batch.set(doc(db, 'cohorts', cohortId, 'invitations', address), {
    email: address,
    role,
    invitedBy,
    createdAt: serverTimestamp(),
  });
  if (role === 'participant') {
    batch.update(doc(db, 'cohorts', cohortId), {
      seatsTaken: cohort.seatsTaken + 1,
      lastSeatChange: { kind: 'invite', id: address },
    });
  }
  try {
    await batch.commit();
  } catch (error) {
    if (error instanceof FirebaseError && error.code === 'permission-denied') {
      throw new Error(
        'The invitation was refused: the cohort may be full or archived, or this address is already invited.',
      );
    }
    throw error;
  }
}

export function useInvite(cohortId: string, invitedBy: string) {
  return useMutation({
    mutationFn: ({ email, role }: { email: string; role: Role }) =>
      invite(cohortId, email, role, invitedBy),
    onSettled: () => refresh(cohortId),
  });
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
    mutationFn: async ({
      email,
      role,
      seatsTaken,
    }: {
      email: string;
      role: Role;
      seatsTaken: number;
    }) => {
      const batch = writeBatch(db);
      batch.delete(doc(db, 'cohorts', cohortId, 'invitations', email));
      if (role === 'participant') {
        batch.update(doc(db, 'cohorts', cohortId), {
          seatsTaken: seatsTaken - 1,
          lastSeatChange: { kind: 'revoke', id: email },
        });
      }
      await batch.commit();
    },
    onSettled: () => refresh(cohortId),
  });
}

/** Removing a participant ends their access at once and frees their seat, in one batch. */
export function useRemoveMember(cohortId: string) {
  return useMutation({
    mutationFn: async ({
      uid,
      role,
      seatsTaken,
    }: {
      uid: string;
      role: Role;
      seatsTaken: number;
    }) => {
      const batch = writeBatch(db);
      batch.delete(memberDoc(db, cohortId, uid));
      if (role === 'participant') {
        batch.update(doc(db, 'cohorts', cohortId), {
          seatsTaken: seatsTaken - 1,
          lastSeatChange: { kind: 'remove', id: uid },
        });
      }
      await batch.commit();
    },
    onSettled: () =>
      Promise.all([
        refresh(cohortId),
        queryClient.invalidateQueries({ queryKey: cohortKeys.members(cohortId) }),
      ]),
  });
}
