import { queryOptions, useMutation } from '@tanstack/react-query';
import { deleteDoc, doc, serverTimestamp, writeBatch } from 'firebase/firestore';
import { completionRuleOf, type Completion } from '@/lib/completion';
import { db } from '@/lib/firebase/firestore';
import { completionDoc, completionsCollection } from '@/lib/firestore/completion-refs';
import { readDoc, readQuery } from '@/lib/firestore/read';
import { rawDocAt } from '@/lib/firestore/ref-spec';
import { directorCallsCollection } from '@/lib/firestore/refs';
import { queryClient } from '@/lib/query-client';

export const completionKeys = {
  cohort: (cohortId: string) => ['cohorts', cohortId, 'completions'] as const,
  mine: (cohortId: string, uid: string) => ['cohorts', cohortId, 'completions', uid] as const,
  rule: (cohortId: string) => ['cohorts', cohortId, 'completion-rule'] as const,
  calls: (cohortId: string) => ['cohorts', cohortId, 'director-calls-held'] as const,
};

/** The rule of the programme the cohort belongs to; the default while the programme sets none. */
export const completionRuleQuery = (cohortId: string) =>
  queryOptions({
    queryKey: completionKeys.rule(cohortId),
    queryFn: async () => {
      const cohort = await readDoc(rawDocAt('cohorts', cohortId));
      const programmeId = cohort?.['programmeId'];
      if (typeof programmeId !== 'string' || !programmeId) return completionRuleOf(undefined);
      return completionRuleOf(
        await readDoc(rawDocAt('programmes', programmeId, 'policy', 'completion')),
      );
    },
  });

/** Each confirmation in the cohort by person, for its facilitators. */
export const cohortCompletionsQuery = (cohortId: string) =>
  queryOptions({
    queryKey: completionKeys.cohort(cohortId),
    queryFn: async (): Promise<Record<string, Completion>> =>
      Object.fromEntries((await readQuery(completionsCollection(cohortId))).map((c) => [c.uid, c])),
  });

/** Who has had their director call, for the facilitators' view of who completed. */
export const directorCallsHeldQuery = (cohortId: string) =>
  queryOptions({
    queryKey: completionKeys.calls(cohortId),
    queryFn: async () =>
      (await readQuery(directorCallsCollection(cohortId)))
        .filter((call) => call.completed)
        .map((call) => call.uid),
  });

/** A participant's own confirmation, or null: nobody else's is readable to them. */
export const myCompletionQuery = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: completionKeys.mine(cohortId, uid),
    queryFn: async () => (await readDoc(completionDoc(cohortId, uid))) ?? null,
  });

export type Confirmation = Pick<
  Completion,
  'uid' | 'displayName' | 'daysAttended' | 'hoursAttended' | 'directorName' | 'directorUid'
>;

const refresh = (cohortId: string) =>
  queryClient.invalidateQueries({ queryKey: completionKeys.cohort(cohortId) });

/** Confirms one or several participants at once; each confirmation names who made it. */
export function useConfirmCompletions(cohortId: string, confirmedBy: string) {
  return useMutation({
    mutationFn: async (confirmations: Confirmation[]) => {
      const batch = writeBatch(db);
      for (const confirmation of confirmations) {
        batch.set(doc(db, 'cohorts', cohortId, 'completions', confirmation.uid), {
          ...confirmation,
          confirmedBy,
          confirmedAt: serverTimestamp(),
        });
      }
      await batch.commit();
    },
    onSuccess: () => refresh(cohortId),
  });
}

export function useWithdrawCompletion(cohortId: string) {
  return useMutation({
    mutationFn: (uid: string) => deleteDoc(doc(db, 'cohorts', cohortId, 'completions', uid)),
    onSuccess: () => refresh(cohortId),
  });
}
