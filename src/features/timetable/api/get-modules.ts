import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { useLiveUpdates } from '@/lib/firestore/live-query';
import { modulesInOrderQuery } from '@/lib/firestore/refs';

export const timetableKeys = {
  modules: (cohortId: string) => ['cohorts', cohortId, 'modules'] as const,
};

async function fetchModules(cohortId: string) {
  const snapshot = await getDocs(modulesInOrderQuery(db, cohortId));
  return snapshot.docs.map((doc) => doc.data());
}

export const modulesQuery = (cohortId: string) =>
  queryOptions({
    queryKey: timetableKeys.modules(cohortId),
    queryFn: () => fetchModules(cohortId),
  });

/** The timetable, kept live: a facilitator's change reaches every open screen at once. */
export function useModules(cohortId: string) {
  const options = modulesQuery(cohortId);
  useLiveUpdates(options.queryKey, modulesInOrderQuery(db, cohortId));
  return useSuspenseQuery(options);
}
