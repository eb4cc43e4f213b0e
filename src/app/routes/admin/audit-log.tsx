import { AuditLog } from '@/features/admin/components/audit-log';
import { myCohortsQuery, useMyCohorts } from '@/features/cohorts/api/get-my-cohorts';
import { queryClient } from '@/lib/query-client';

export const title = 'Audit log';

export async function load(uid: string) {
  // The cohorts name the records and filter them; the records themselves load on the page.
  await queryClient.ensureQueryData(myCohortsQuery(uid, true));
}

export function Page({ uid }: { uid: string }) {
  const { data: cohorts } = useMyCohorts(uid, true);
  return <AuditLog uid={uid} cohorts={cohorts.map(({ cohortId, name }) => ({ cohortId, name }))} />;
}
