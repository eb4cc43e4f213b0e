import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { readQuery } from '@/lib/firestore/read';
import { useLiveUpdates } from '@/lib/firestore/live-query';
import { materialsQuery } from '@/lib/firestore/refs';
import { preReadingKeys } from './pre-reading-keys';

export const materialsQueryOptions = (cohortId: string) =>
  queryOptions({
    queryKey: preReadingKeys.materials(cohortId),
    queryFn: async () => await readQuery(materialsQuery(cohortId)),
  });

export function useMaterials(cohortId: string) {
  const options = materialsQueryOptions(cohortId);
  useLiveUpdates(options.queryKey, materialsQuery(cohortId));
  return useSuspenseQuery(options);
}
