import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getDocs, type Query } from 'firebase/firestore';
import { collectionRef, queryRef } from '@/lib/firebase/firestore';
import {
  attendanceCollection,
  directorCallsCollection,
  facilitatorVisibleJournalQuery,
  goalsCollection,
  materialsQuery,
  membersCollection,
  readingsCollection,
} from '@/lib/firestore/refs';

async function fetchReadinessData(cohortId: string) {
  const docs = async <T>(query: Query<T>) => (await getDocs(query)).docs;
  const [members, calls, goals, materials, readings, entries, attendance] = await Promise.all([
    docs(collectionRef(membersCollection(cohortId))),
    docs(collectionRef(directorCallsCollection(cohortId))),
    docs(collectionRef(goalsCollection(cohortId))),
    docs(queryRef(materialsQuery(cohortId))),
    docs(collectionRef(readingsCollection(cohortId))),
    docs(queryRef(facilitatorVisibleJournalQuery(cohortId))),
    docs(collectionRef(attendanceCollection(cohortId))),
  ]);
  return {
    participants: members.map((d) => d.data()).filter((m) => m.role === 'participant'),
    calls: calls.map((d) => d.data()),
    goals: goals.map((d) => d.data()),
    materials: materials.map((d) => d.data()),
    readings: readings.map((d) => d.data()),
    visibleEntries: entries.map((d) => d.data()),
    attendance: Object.fromEntries(attendance.map((d) => [d.id, d.data().days])),
  };
}

export const readinessQueryOptions = (cohortId: string) =>
  queryOptions({
    queryKey: ['cohorts', cohortId, 'readiness'] as const,
    queryFn: () => fetchReadinessData(cohortId),
  });

export const useReadinessData = (cohortId: string) =>
  useSuspenseQuery(readinessQueryOptions(cohortId));
