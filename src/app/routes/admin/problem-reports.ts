import { myCohortsQuery } from '@/features/cohorts/api/get-my-cohorts';
import { networkReportsQueryOptions } from '@/features/network/api/reports';
import { queryClient } from '@/lib/query-client';
import { clientErrorCountsQueryOptions } from '@/features/admin/api/client-errors';
import { mailProblemsQueryOptions } from '@/features/admin/api/mail-problems';

/**
 * What the overview counts and the problems page lists, read once for both: failed emails, the
 * browsers' error reports, the network's reports, and every cohort (a reported post opens in one).
 */
export async function ensureProblemReports(uid: string): Promise<void> {
  await Promise.all([
    queryClient.ensureQueryData(myCohortsQuery(uid, true)),
    queryClient.ensureQueryData(mailProblemsQueryOptions()),
    queryClient.ensureQueryData(clientErrorCountsQueryOptions()),
    queryClient.ensureQueryData(networkReportsQueryOptions()),
  ]);
}
