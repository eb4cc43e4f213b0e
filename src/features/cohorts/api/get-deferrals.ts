import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { deferralsQuery } from '@/lib/firestore/deferral-refs';
import { readQuery } from '@/lib/firestore/read';
import { cohortKeys } from './cohort-keys';

/** Who moved into or out of the cohort to another one of the programme: for its staff. */
export const deferralsQueryOptions = (cohortId: string) =>
  queryOptions({
    queryKey: cohortKeys.deferrals(cohortId),
    queryFn: () => readQuery(deferralsQuery(cohortId)),
  });

export const useDeferrals = (cohortId: string) => useSuspenseQuery(deferralsQueryOptions(cohortId));
