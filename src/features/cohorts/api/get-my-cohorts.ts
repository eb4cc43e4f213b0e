import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { todayIso } from '@/lib/dates';
import type { WithId } from '@/lib/firestore/converters';
import type { Cohort, Role } from '@/lib/firestore/schemas';
import { readDoc, readQuery, readQueryDocs } from '@/lib/firestore/read';
import { cohortDoc, cohortsCollection, myMembershipsQuery } from '@/lib/firestore/refs';
import { cohortKeys } from './cohort-keys';

/**
 * `memberName` is the name on one's membership, which every author name one writes must equal;
 * `joinedOn` the day one joined, where the membership records it.
 */
export type MyCohort = WithId<Cohort> & {
  cohortId: string;
  role: Role | 'programme team';
  memberName?: string;
  joinedOn?: string;
};

async function fetchMyCohorts(uid: string, isAdmin: boolean): Promise<MyCohort[]> {
  const memberships = await readQueryDocs(myMembershipsQuery(uid));
  const mine = await Promise.all(
    memberships.map(async (membership) => {
      // cohorts/{cohortId}/members/{uid}
      const cohortId = membership.path.split('/')[1] ?? '';
      const cohort = await readDoc(cohortDoc(cohortId));
      if (!cohort) return null;
      const entry: MyCohort = {
        ...cohort,
        cohortId,
        role: membership.data.role,
        memberName: membership.data.displayName,
        ...(membership.data.joinedAt ? { joinedOn: todayIso(membership.data.joinedAt) } : {}),
      };
      return entry;
    }),
  );
  const byId = new Map(mine.filter((c) => c !== null).map((c) => [c.cohortId, c]));
  if (isAdmin) {
    for (const cohort of await readQuery(cohortsCollection())) {
      if (!byId.has(cohort.id)) {
        byId.set(cohort.id, { ...cohort, cohortId: cohort.id, role: 'programme team' });
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.startDate.localeCompare(a.startDate));
}

export const myCohortsQuery = (uid: string, isAdmin: boolean) =>
  queryOptions({
    queryKey: [...cohortKeys.mine(uid), isAdmin] as const,
    queryFn: () => fetchMyCohorts(uid, isAdmin),
  });

export const useMyCohorts = (uid: string, isAdmin: boolean) =>
  useSuspenseQuery(myCohortsQuery(uid, isAdmin));
