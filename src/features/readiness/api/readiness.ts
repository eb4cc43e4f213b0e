import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { readQuery } from '@/lib/firestore/read';
import {
  attendanceCollection,
  directorCallsCollection,
  goalsCollection,
  membersCollection,
  moduleMaterialsQuery,
  moduleReadingsQuery,
} from '@/lib/firestore/refs';

// Only the next module's pre-reading and records are read: readiness is about that module, and the
// whole cohort's records grow with every module (the facilitator's dashboard reads this too).
async function fetchReadinessData(cohortId: string, nextModuleId: string | undefined) {
  const [members, calls, goals, materials, readings, attendance] = await Promise.all([
    readQuery(membersCollection(cohortId)),
    readQuery(directorCallsCollection(cohortId)),
    readQuery(goalsCollection(cohortId)),
    nextModuleId ? readQuery(moduleMaterialsQuery(cohortId, nextModuleId)) : [],
    nextModuleId ? readQuery(moduleReadingsQuery(cohortId, nextModuleId)) : [],
    readQuery(attendanceCollection(cohortId)),
  ]);
  return {
    participants: members.filter((m) => m.role === 'participant'),
    calls,
    goals,
    materials,
    readings,
    attendance: Object.fromEntries(attendance.map((d) => [d.id, d.days])),
  };
}

export const readinessQueryOptions = (cohortId: string, nextModuleId: string | undefined) =>
  queryOptions({
    queryKey: ['cohorts', cohortId, 'readiness', nextModuleId ?? 'none'] as const,
    queryFn: () => fetchReadinessData(cohortId, nextModuleId),
  });

export const useReadinessData = (cohortId: string, nextModuleId: string | undefined) =>
  useSuspenseQuery(readinessQueryOptions(cohortId, nextModuleId));
