import { useSuspenseQueries } from '@tanstack/react-query';
import { membersQuery } from '@/features/cohorts/api/get-members';
import { myCohortsQuery, useMyCohorts } from '@/features/cohorts/api/get-my-cohorts';
import { queryClient } from '@/lib/query-client';

/** Every cohort and its members, read once for the Cohorts and People pages, which both list them. */
export async function ensureEveryCohortsMembers(uid: string) {
  const cohorts = await queryClient.ensureQueryData(myCohortsQuery(uid, true));
  await Promise.all(
    cohorts.map((cohort) => queryClient.ensureQueryData(membersQuery(cohort.cohortId))),
  );
}

/** The cohorts, and each one's members at the same index. */
export function useEveryCohortsMembers(uid: string) {
  const { data: cohorts } = useMyCohorts(uid, true);
  const members = useSuspenseQueries({
    queries: cohorts.map((cohort) => membersQuery(cohort.cohortId)),
  });
  return { cohorts, membersOf: (index: number) => members[index]?.data ?? [] };
}
