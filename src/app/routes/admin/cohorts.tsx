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
import { queryClient } from '@/lib/query-client';
import { ensureEveryCohortsMembers, useEveryCohortsMembers } from './every-cohorts-members';

export const title = 'Cohorts';

export async function load(uid: string) {
  await Promise.all([
    ensureEveryCohortsMembers(uid),
    queryClient.ensureQueryData(programmesQueryOptions()),
  ]);
}

/** Making cohorts, and each cohort's facilitators and whether it is archived. */
export function Page({ uid }: { uid: string }) {
  const { cohorts, membersOf } = useEveryCohortsMembers(uid);
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
            facilitators={membersOf(index).filter((m) => m.role === 'facilitator')}
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
