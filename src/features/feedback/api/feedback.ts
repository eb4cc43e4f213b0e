import { queryOptions, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { serverTimestamp, setDoc } from 'firebase/firestore';
import { docRef } from '@/lib/firebase/firestore';
import { readQuery } from '@/lib/firestore/read';
import {
  feedbackSummariesQuery,
  moduleFeedbackDoc,
  myModuleFeedbackQuery,
} from '@/lib/firestore/feedback-refs';
import type { FeedbackSummary, ModuleFeedback } from '@/lib/firestore/feedback-schemas';
import { queryClient } from '@/lib/query-client';

export type Answers = Pick<ModuleFeedback, 'overall' | 'sessions' | 'helped' | 'change'>;

export const feedbackKeys = {
  mine: (cohortId: string, uid: string) => ['cohorts', cohortId, 'moduleFeedback', uid] as const,
  summaries: (cohortId: string) => ['cohorts', cohortId, 'feedbackSummaries'] as const,
};

/** A participant's own answers, by module. */
export const myFeedbackQuery = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: feedbackKeys.mine(cohortId, uid),
    queryFn: async (): Promise<Record<string, ModuleFeedback>> =>
      Object.fromEntries(
        (await readQuery(myModuleFeedbackQuery(cohortId, uid))).map((answer) => [
          answer.moduleId,
          answer,
        ]),
      ),
  });

export const useMyFeedback = (cohortId: string, uid: string) =>
  useSuspenseQuery(myFeedbackQuery(cohortId, uid));

/** Saving again replaces the earlier answers; the summary is rebuilt from the latest of each. */
export function useSaveFeedback(cohortId: string, uid: string) {
  return useMutation({
    mutationFn: ({ moduleId, answers }: { moduleId: string; answers: Answers }) =>
      setDoc(docRef(moduleFeedbackDoc(cohortId, moduleId, uid)).withConverter(null), {
        uid,
        moduleId,
        ...answers,
        helped: answers.helped.trim(),
        change: answers.change.trim(),
        updatedAt: serverTimestamp(),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.mine(cohortId, uid) }),
  });
}

/** Every module's summary, for facilitators; a module with fewer than 3 answers has none. */
export const feedbackSummariesQueryOptions = (cohortId: string) =>
  queryOptions({
    queryKey: feedbackKeys.summaries(cohortId),
    queryFn: async (): Promise<Record<string, FeedbackSummary>> =>
      Object.fromEntries(
        (await readQuery(feedbackSummariesQuery(cohortId))).map((summary) => [summary.id, summary]),
      ),
  });

export const useFeedbackSummaries = (cohortId: string) =>
  useSuspenseQuery(feedbackSummariesQueryOptions(cohortId));
