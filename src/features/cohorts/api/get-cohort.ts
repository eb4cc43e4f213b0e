import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { readDoc } from '@/lib/firestore/read';
import { cohortDoc } from '@/lib/firestore/refs';
import { queryClient } from '@/lib/query-client';
import type { Role } from '@/lib/firestore/schemas';
import { cohortKeys } from './cohort-keys';
import { myCohortsQuery } from './get-my-cohorts';

export class CohortNotFoundError extends Error {
  constructor() {
    super('This cohort does not exist, or you are not a member of it.');
    this.name = 'CohortNotFoundError';
  }
}

async function fetchCohort(cohortId: string) {
  const cohort = await readDoc(cohortDoc(cohortId));
  if (!cohort) throw new CohortNotFoundError();
  return cohort;
}

export const cohortQuery = (cohortId: string) =>
  queryOptions({ queryKey: cohortKeys.detail(cohortId), queryFn: () => fetchCohort(cohortId) });

export const useCohort = (cohortId: string) => useSuspenseQuery(cohortQuery(cohortId));

// From the one query over a person's own memberships that the cohort shell runs too, so a screen's
// loader and the shell, started together, read the membership once between them.
async function fetchMyRole(cohortId: string, uid: string): Promise<Role | null> {
  const mine = await queryClient.ensureQueryData(myCohortsQuery(uid, false));
  const role = mine.find((cohort) => cohort.cohortId === cohortId)?.role;
  return role === 'participant' || role === 'facilitator' ? role : null;
}

export const myRoleQuery = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: cohortKeys.membership(cohortId, uid),
    queryFn: () => fetchMyRole(cohortId, uid),
  });

export const useMyRole = (cohortId: string, uid: string) =>
  useSuspenseQuery(myRoleQuery(cohortId, uid));
