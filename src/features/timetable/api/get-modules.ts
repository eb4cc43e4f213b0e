import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getDocs, orderBy, query } from 'firebase/firestore';
import { modulesCollection } from '@/lib/firestore/refs';

export const timetableKeys = {
  modules: (cohortId: string) => ['cohorts', cohortId, 'modules'] as const,
};

async function fetchModules(cohortId: string) {
  const snapshot = await getDocs(query(modulesCollection(cohortId), orderBy('number')));
  return snapshot.docs.map((doc) => doc.data());
}

export const modulesQuery = (cohortId: string) =>
  queryOptions({
    queryKey: timetableKeys.modules(cohortId),
    queryFn: () => fetchModules(cohortId),
  });

export const useModules = (cohortId: string) => useSuspenseQuery(modulesQuery(cohortId));
