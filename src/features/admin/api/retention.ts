import { useMutation, useQuery } from '@tanstack/react-query';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { readDoc } from '@/lib/firestore/read';
import { retentionSettingsDoc } from '@/lib/firestore/retention-refs';
import { queryClient } from '@/lib/query-client';
import { cohortMonthsOf, type RetentionPlan } from '@/lib/retention';

export const retentionKeys = {
  settings: () => ['retention', 'settings'] as const,
};

/** The months a cohort's content is kept after it ends; the default until the team chooses. */
export function useCohortRetention() {
  return useQuery({
    queryKey: retentionKeys.settings(),
    queryFn: async () => cohortMonthsOf(await readDoc(retentionSettingsDoc())),
  });
}

export function useSetCohortRetention(uid: string) {
  return useMutation({
    mutationFn: (cohortMonthsAfterEnd: number) =>
      setDoc(doc(db, retentionSettingsDoc().path), {
        cohortMonthsAfterEnd,
        updatedBy: uid,
        updatedAt: serverTimestamp(),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: retentionKeys.settings() }),
  });
}

/** The dry run: what of one cohort will go, and when; nothing is deleted. */
export function useRetentionPlan() {
  return useMutation({
    mutationFn: async (cohortId: string) => {
      const { callable } = await import('@/lib/firebase/functions');
      return (await callable<{ cohortId: string }, RetentionPlan>('retentionPlan')({ cohortId }))
        .data;
    },
  });
}
