import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { useLiveUpdates } from '@/lib/firestore/live-query';
import { materialsQuery } from '@/lib/firestore/refs';
import { preReadingKeys } from './pre-reading-keys';

export const materialsQueryOptions = (cohortId: string) =>
  queryOptions({
    queryKey: preReadingKeys.materials(cohortId),
    queryFn: async () => (await getDocs(materialsQuery(db, cohortId))).docs.map((d) => d.data()),
  });

export function useMaterials(cohortId: string) {
  const options = materialsQueryOptions(cohortId);
  useLiveUpdates(options.queryKey, materialsQuery(db, cohortId));
  return useSuspenseQuery(options);
}
