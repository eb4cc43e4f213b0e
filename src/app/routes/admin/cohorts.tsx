import { useSuspenseQueries } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { useAdminActions } from '@/features/admin/api/admin';
import {
  programmesQueryOptions,
  useNewCohortFrom,
  useProgrammes,
} from '@/features/admin/api/programmes';
import { CohortAdminCard } from '@/features/admin/components/cohort-admin-card';
import { CreateCohortForm } from '@/features/admin/components/create-cohort-form';
import { NewCohortFromForm } from '@/features/admin/components/new-cohort-from-form';
import { membersQuery } from '@/features/cohorts/api/get-members';
import { myCohortsQuery, useMyCohorts } from '@/features/cohorts/api/get-my-cohorts';
import { queryClient } from '@/lib/query-client';

export const title = 'Cohorts';

export async function load(uid: string) {
  const [cohorts] = await Promise.all([
    queryClient.ensureQueryData(myCohortsQuery(uid, true)),
    queryClient.ensureQueryData(programmesQueryOptions()),
  ]);
  await Promise.all(
    cohorts.map((cohort) => queryClient.ensureQueryData(membersQuery(cohort.cohortId))),
  );
}

/** Making cohorts, and each cohort's facilitators and whether it is archived. */
export function Page({ uid }: { uid: string }) {
  const { data: cohorts } = useMyCohorts(uid, true);
  const members = useSuspenseQueries({
    queries: cohorts.map((cohort) => membersQuery(cohort.cohortId)),
  });
  const { createCohort, archive, appointFacilitator, removeFacilitator } = useAdminActions();
  const { data: programmes } = useProgrammes();
  const newCohortFrom = useNewCohortFrom();

  return (
    <>
      <CreateCohortForm
        programmes={programmes}
        onCreate={(cohort) => createCohort.mutateAsync(cohort)}
      />
      <NewCohortFromForm
        cohorts={cohorts}
        programmes={programmes.map(({ id, name, outline }) => ({
          id,
          name,
          modules: outline.length,
        }))}
        onMake={(request) => newCohortFrom.mutateAsync(request)}
      />
      <ul className="stack plain-list">
        {cohorts.map((cohort, index) => (
          <CohortAdminCard
            key={cohort.cohortId}
            cohort={cohort}
            cohortPath={paths.cohort(cohort.cohortId)}
            facilitators={(members[index]?.data ?? []).filter((m) => m.role === 'facilitator')}
            onInviteFacilitator={(email) =>
              appointFacilitator.mutateAsync({ cohortId: cohort.cohortId, email })
            }
            onRemoveFacilitator={(facilitatorUid) =>
              removeFacilitator.mutateAsync({ cohortId: cohort.cohortId, uid: facilitatorUid })
            }
            onArchive={(archived) => archive.mutateAsync({ cohortId: cohort.cohortId, archived })}
          />
        ))}
      </ul>
    </>
  );
}
