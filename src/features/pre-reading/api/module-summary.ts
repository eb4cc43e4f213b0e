import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { useLiveUpdates } from '@/lib/firestore/live-query';
import { readQuery } from '@/lib/firestore/read';
import { moduleMaterialsQuery, myModuleReadingsQuery } from '@/lib/firestore/refs';
import { preReadingKeys } from './pre-reading-keys';

// The dashboard summarises one module's pre-reading, so it reads that module's records only; the
// keys sit under the whole-cohort keys, so saving a reading refreshes both.

export const moduleMaterialsQueryOptions = (cohortId: string, moduleId: string) =>
  queryOptions({
    queryKey: [...preReadingKeys.materials(cohortId), 'module', moduleId],
    queryFn: () => readQuery(moduleMaterialsQuery(cohortId, moduleId)),
  });

export const myModuleReadingsQueryOptions = (cohortId: string, uid: string, moduleId: string) =>
  queryOptions({
    queryKey: [...preReadingKeys.myReadings(cohortId, uid), 'module', moduleId],
    queryFn: () => readQuery(myModuleReadingsQuery(cohortId, uid, moduleId)),
  });

export function useModuleReading(cohortId: string, uid: string, moduleId: string) {
  const materials = moduleMaterialsQueryOptions(cohortId, moduleId);
  useLiveUpdates(materials.queryKey, moduleMaterialsQuery(cohortId, moduleId));
  return {
    materials: useSuspenseQuery(materials).data,
    readings: useSuspenseQuery(myModuleReadingsQueryOptions(cohortId, uid, moduleId)).data,
  };
}
