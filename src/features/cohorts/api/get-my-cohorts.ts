import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getDoc, getDocs } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import type { WithId } from '@/lib/firestore/converters';
import type { Cohort, Role } from '@/lib/firestore/schemas';
import { cohortDoc, cohortsCollection, myMembershipsQuery } from '@/lib/firestore/refs';
import { cohortKeys } from './cohort-keys';

export type MyCohort = WithId<Cohort> & { cohortId: string; role: Role | 'programme team' };

async function fetchMyCohorts(uid: string, isAdmin: boolean): Promise<MyCohort[]> {
  const memberships = await getDocs(myMembershipsQuery(db, uid));
  const mine = await Promise.all(
    memberships.docs.map(async (membership) => {
      const cohortRef = membership.ref.parent.parent;
      if (!cohortRef) return null;
      const cohort = await getDoc(cohortDoc(db, cohortRef.id));
      const data = cohort.data();
      if (!data) return null;
      const entry: MyCohort = { ...data, cohortId: cohort.id, role: membership.data().role };
      return entry;
    }),
  );
  const byId = new Map(mine.filter((c) => c !== null).map((c) => [c.cohortId, c]));
  if (isAdmin) {
    const everyCohort = await getDocs(cohortsCollection(db));
    for (const cohort of everyCohort.docs) {
      if (!byId.has(cohort.id)) {
        byId.set(cohort.id, { ...cohort.data(), cohortId: cohort.id, role: 'programme team' });
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
