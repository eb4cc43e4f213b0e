import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { useLiveUpdates } from '@/lib/firestore/live-query';
import { readQuery } from '@/lib/firestore/read';
import { modulesInOrderQuery } from '@/lib/firestore/refs';

export const timetableKeys = {
  modules: (cohortId: string) => ['cohorts', cohortId, 'modules'] as const,
};

// Here rather than in config/paths, which the sign-in page loads and whose every byte it carries.
/** A module's own page: its days, its pre-reading and what was shared after it. */
export const modulePath = (cohortId: string, moduleId: string) =>
  `${paths.cohort(cohortId, 'timetable')}?module=${encodeURIComponent(moduleId)}`;

export const modulesQuery = (cohortId: string) =>
  queryOptions({
    queryKey: timetableKeys.modules(cohortId),
    queryFn: () => readQuery(modulesInOrderQuery(cohortId)),
  });

/** The timetable, kept live: a facilitator's change reaches every open screen at once. */
export function useModules(cohortId: string) {
  const options = modulesQuery(cohortId);
  useLiveUpdates(options.queryKey, modulesInOrderQuery(cohortId));
  return useSuspenseQuery(options);
}
