import { queryOptions } from '@tanstack/react-query';
import { readDoc } from '@/lib/firestore/read';
import { cohortProgrammeDoc } from '@/lib/firestore/refs';
import { cohortKeys } from './cohort-keys';

// Members read the programme through their cohort's copy of it (decision 0031); the programme
// team reads the same copy, so every screen names the programme one way.
async function fetchProgramme(cohortId: string, programmeId: string) {
  const programme = await readDoc(cohortProgrammeDoc(cohortId, programmeId));
  if (!programme) throw new Error('This cohort’s programme could not be found.');
  return programme;
}

export const cohortProgrammeQuery = (cohortId: string, programmeId: string) =>
  queryOptions({
    queryKey: [...cohortKeys.detail(cohortId), 'programme', programmeId] as const,
    queryFn: () => fetchProgramme(cohortId, programmeId),
  });
