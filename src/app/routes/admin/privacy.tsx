import { CohortRetention } from '@/features/admin/components/cohort-retention';
import { PrivacySettings } from '@/features/admin/components/privacy-settings';
import { myCohortsQuery, useMyCohorts } from '@/features/cohorts/api/get-my-cohorts';
import { queryClient } from '@/lib/query-client';

export const title = 'Privacy';

export async function load(uid: string) {
  await queryClient.ensureQueryData(myCohortsQuery(uid, true));
}

/**
 * What the team answers to its information-governance colleagues for: who the privacy notice
 * names, and how long each cohort's content is kept.
 */
export function Page({ uid }: { uid: string }) {
  const { data: cohorts } = useMyCohorts(uid, true);
  return (
    <>
      <PrivacySettings uid={uid} />
      <CohortRetention
        uid={uid}
        cohorts={cohorts.map(({ cohortId, name, endDate }) => ({ cohortId, name, endDate }))}
      />
    </>
  );
}
