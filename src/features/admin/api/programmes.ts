import { queryOptions, useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { FirebaseError } from 'firebase/app';
import { doc, serverTimestamp, setDoc, writeBatch } from 'firebase/firestore';
import { completionRuleOf, type CompletionRule } from '@/lib/completion';
import { db } from '@/lib/firebase/firestore';
import { readDoc, readQuery } from '@/lib/firestore/read';
import { rawDocAt } from '@/lib/firestore/ref-spec';
import { programmeCohortsQuery, programmesCollection } from '@/lib/firestore/refs';
import { programmeShown, type OutlineModule, type Programme } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';

export const programmesQueryOptions = () =>
  queryOptions({ queryKey: ['programmes'], queryFn: () => readQuery(programmesCollection()) });

export const useProgrammes = () => useSuspenseQuery(programmesQueryOptions());

export type ProgrammeDetails = Omit<Programme, 'outline'>;

/**
 * The record and what every one of its cohorts shows of it change in one batch, which the rules
 * accept only when each cohort's equals the record (decision 0031), so members never read a stale
 * one. Every save writes every cohort's, so one save also fills it on cohorts made before it was kept.
 */
async function saveProgramme(id: string, changes: Partial<Programme>) {
  const current = queryClient
    .getQueryData(programmesQueryOptions().queryKey)
    ?.find((programme) => programme.id === id);
  if (!current) throw new Error('This programme could not be found. Reload the page.');
  const { id: _id, ...record } = current;
  const changed: Programme = { ...record, ...changes };
  const cohorts = await readQuery(programmeCohortsQuery(id));
  const batch = writeBatch(db);
  batch.set(doc(db, 'programmes', id), changed);
  for (const cohort of cohorts) {
    batch.update(doc(db, 'cohorts', cohort.id), { programme: programmeShown(changed) });
  }
  await batch.commit();
}

export function useSaveProgramme() {
  return useMutation({
    mutationFn: ({ id, details }: { id: string; details: ProgrammeDetails }) =>
      saveProgramme(id, details),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['programmes'] }),
  });
}

/** The outline goes the same way as the details, so saving either fills every cohort's. */
export function useSaveOutline() {
  return useMutation({
    mutationFn: ({ id, outline }: { id: string; outline: OutlineModule[] }) =>
      saveProgramme(id, { outline }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['programmes'] }),
  });
}

const completionRuleKey = (programmeId: string) =>
  ['programme-completion-rule', programmeId] as const;

/** The programme's completion rule, or the default while it has set none (decision 0032). */
export function useCompletionRule(programmeId: string) {
  return useQuery({
    queryKey: completionRuleKey(programmeId),
    queryFn: async () =>
      completionRuleOf(await readDoc(rawDocAt('programmes', programmeId, 'policy', 'completion'))),
  });
}

export function useSetCompletionRule(programmeId: string, uid: string) {
  return useMutation({
    mutationFn: (rule: CompletionRule) =>
      setDoc(doc(db, 'programmes', programmeId, 'policy', 'completion'), {
        ...rule,
        updatedBy: uid,
        updatedAt: serverTimestamp(),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: completionRuleKey(programmeId) }),
  });
}

export type NewCohortFrom = {
  from: { cohortId: string } | { programmeId: string };
  name: string;
  seatLimit: number;
} & ({ shiftWeeks: number } | { firstDays: Record<string, string> });

/** Through a function, which copies the timetable and writes the audit record (decision 0031). */
export function useNewCohortFrom() {
  return useMutation({
    mutationFn: async (request: NewCohortFrom) => {
      const { callable } = await import('@/lib/firebase/functions');
      try {
        const { data } = await callable<NewCohortFrom, { cohortId: string }>('newCohortFrom')(
          request,
        );
        return data.cohortId;
      } catch (error) {
        // The function's refusals are plain English; anything else is not for people to read.
        if (error instanceof FirebaseError && error.code === 'functions/failed-precondition') {
          throw new Error(error.message);
        }
        throw new Error('The cohort could not be made. Check your connection and try again.');
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cohorts'] }),
  });
}
