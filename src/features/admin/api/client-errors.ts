import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { readQuery } from '@/lib/firestore/read';
import { clientErrorCountsQuery } from '@/lib/firestore/refs';

export const clientErrorKeys = { recent: ['clientErrorCounts', 'recent'] as const };

export const clientErrorCountsQueryOptions = () =>
  queryOptions({
    queryKey: clientErrorKeys.recent,
    queryFn: async () => await readQuery(clientErrorCountsQuery()),
  });

export const useClientErrorCounts = () => useSuspenseQuery(clientErrorCountsQueryOptions());
