import { queryOptions, useMutation } from '@tanstack/react-query';
import { FirebaseError } from 'firebase/app';
import { completionRuleOf, type Completion } from '@/lib/completion';
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

const refresh = (cohortId: string) =>
  queryClient.invalidateQueries({ queryKey: completionKeys.cohort(cohortId) });

export type ConfirmationAnswer = {
  outcome: 'confirmed' | 'already-confirmed';
  daysAttended: number;
  hoursAttended: number;
};

/**
 * Confirmations are made and withdrawn through functions, which count the days and hours from the
 * attendance themselves and keep the audit log (decision 0032): the rules let no browser write one.
 */
async function callCompletion<Answer>(
  name: 'confirmCompletion' | 'withdrawCompletion',
  cohortId: string,
  uid: string,
): Promise<Answer> {
  const { callable } = await import('@/lib/firebase/functions');
  try {
    return (await callable<{ cohortId: string; uid: string }, Answer>(name)({ cohortId, uid }))
      .data;
  } catch (error) {
    // The function's refusals are plain English; anything else is not for people to read.
    if (
      error instanceof FirebaseError &&
      ['functions/failed-precondition', 'functions/permission-denied'].includes(error.code)
    ) {
      throw new Error(error.message);
    }
    throw new Error('That could not be saved. Check your connection and try again.');
  }
}

export function useConfirmCompletion(cohortId: string) {
  return useMutation({
    mutationFn: (uid: string) =>
      callCompletion<ConfirmationAnswer>('confirmCompletion', cohortId, uid),
    onSettled: () => refresh(cohortId),
  });
}

export function useWithdrawCompletion(cohortId: string) {
  return useMutation({
    mutationFn: (uid: string) =>
      callCompletion<{ outcome: 'withdrawn' | 'already-withdrawn' }>(
        'withdrawCompletion',
        cohortId,
        uid,
      ),
    onSettled: () => refresh(cohortId),
  });
}
