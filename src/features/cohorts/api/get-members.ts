import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import { collectionRef } from '@/lib/firebase/firestore';
import { membersCollection } from '@/lib/firestore/refs';
import { cohortKeys } from './cohort-keys';

async function fetchMembers(cohortId: string) {
  const snapshot = await getDocs(collectionRef(membersCollection(cohortId)));
  return snapshot.docs
    .map((doc) => doc.data())
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
}

export const membersQuery = (cohortId: string) =>
  queryOptions({ queryKey: cohortKeys.members(cohortId), queryFn: () => fetchMembers(cohortId) });

export const useMembers = (cohortId: string) => useSuspenseQuery(membersQuery(cohortId));
