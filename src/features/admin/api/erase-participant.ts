import { useMutation } from '@tanstack/react-query';
import { queryClient } from '@/lib/query-client';

export type ErasureAnswer = {
  name: string;
  /** Only what staff could already see: feedback answers and private entries are never counted. */
  counts: Record<string, number>;
  alsoErased: string[];
  erased: boolean;
};

type ErasureRequest = { cohortId: string; uid: string; confirmName?: string };

async function callErasure(request: ErasureRequest): Promise<ErasureAnswer> {
  const { callable } = await import('@/lib/firebase/functions');
  return (await callable<ErasureRequest, ErasureAnswer>('eraseParticipant')(request)).data;
}

/** Without a name: what would be erased. With the person's name typed: the erasure. */
export function useErasure() {
  return useMutation({
    mutationFn: callErasure,
    onSuccess: (answer, request) => {
      if (answer.erased) {
        return queryClient.invalidateQueries({ queryKey: ['cohorts', request.cohortId] });
      }
    },
  });
}
