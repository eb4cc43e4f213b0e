import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import { queryRef } from '@/lib/firebase/firestore';
import { waitingListQuery } from '@/lib/firestore/waiting-list-refs';
import type { PersonRow, RowOutcome } from '@/lib/people-csv';
import { queryClient } from '@/lib/query-client';
import { cohortKeys } from './cohort-keys';
import { invitationKeys } from './manage-people';

export const waitingListKeys = {
  list: (cohortId: string) => [...cohortKeys.detail(cohortId), 'waiting-list'] as const,
};

export const waitingListOptions = (cohortId: string) =>
  queryOptions({
    queryKey: waitingListKeys.list(cohortId),
    queryFn: async () =>
      (await getDocs(queryRef(waitingListQuery(cohortId)))).docs.map((d) => d.data()),
  });

export function useWaitingList(cohortId: string) {
  return useQuery(waitingListOptions(cohortId));
}

/** One row as the server judged it; `row` is the spreadsheet's row number. */
export type ImportResult = { row: number; email: string; name: string; outcome: RowOutcome };

async function callImport(cohortId: string, people: PersonRow[], send: boolean) {
  const { callable } = await import('@/lib/firebase/functions');
  const call = callable<{ cohortId: string; people: PersonRow[]; send: boolean }, ImportResult[]>(
    'importPeople',
  );
  return (await call({ cohortId, people, send })).data;
}

const refresh = (cohortId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: cohortKeys.detail(cohortId) }),
    queryClient.invalidateQueries({ queryKey: invitationKeys.pending(cohortId) }),
    queryClient.invalidateQueries({ queryKey: waitingListKeys.list(cohortId) }),
  ]);

/** What importing the rows would do: the server knows who is a member, the screen does not. */
export const previewImport = (cohortId: string, people: PersonRow[]) =>
  callImport(cohortId, people, false);

export function useSendImport(cohortId: string) {
  return useMutation({
    mutationFn: (people: PersonRow[]) => callImport(cohortId, people, true),
    onSettled: () => refresh(cohortId),
  });
}

export type OfferOutcome =
  | { outcome: 'offered'; expiresAt: string }
  | { outcome: 'not-first' | 'no-seat' | 'already-invited' };

export function useOfferSeat(cohortId: string) {
  return useMutation({
    mutationFn: async (email: string) => {
      const { callable } = await import('@/lib/firebase/functions');
      return (
        await callable<{ cohortId: string; email: string }, OfferOutcome>('offerSeat')({
          cohortId,
          email,
        })
      ).data;
    },
    onSettled: () => refresh(cohortId),
  });
}
