import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { readDoc } from '@/lib/firestore/read';
import { networkCohortsDoc } from '@/lib/firestore/network-refs';
import { networkKeys } from './network-keys';

const yearOf = (label: string) => Number(/\d{4}/.exec(label)?.[0] ?? 0);

/** Every cohort, past and present, by label, newest first: one document read. */
export const networkCohortsQuery = () =>
  queryOptions({
    queryKey: [...networkKeys.all, 'cohorts'] as const,
    queryFn: async () => {
      const labels = (await readDoc(networkCohortsDoc()))?.labels ?? {};
      return Object.entries(labels)
        .map(([id, label]) => ({ id, label }))
        .sort((a, b) => yearOf(b.label) - yearOf(a.label) || a.label.localeCompare(b.label));
    },
    staleTime: 5 * 60_000,
  });

export const useNetworkCohorts = () => useSuspenseQuery(networkCohortsQuery());
