import { useMutation } from '@tanstack/react-query';
import type { DeferralRequest } from '@/lib/deferral';
import { queryClient } from '@/lib/query-client';

export type DeferralAnswer = {
  outcome: 'deferred' | 'already-deferred';
  toCohortName: string;
  moved: { goals: number; entries: number; replies: number; directorCall: boolean };
};

async function callDeferral(request: DeferralRequest): Promise<DeferralAnswer> {
  const { callable } = await import('@/lib/firebase/functions');
  return (await callable<DeferralRequest, DeferralAnswer>('deferParticipant')(request)).data;
}

/** Moves a participant to a later cohort; both cohorts' people lists change. */
export function useDeferral() {
  return useMutation({
    mutationFn: callDeferral,
    onSuccess: (_answer, request) =>
      Promise.all(
        [request.fromCohortId, request.toCohortId].map((cohortId) =>
          queryClient.invalidateQueries({ queryKey: ['cohorts', cohortId] }),
        ),
      ),
  });
}
