import {
  clientErrorCountsQueryOptions,
  useClientErrorCounts,
} from '@/features/admin/api/client-errors';
import { mailProblemsQueryOptions, useMailProblems } from '@/features/admin/api/mail-problems';
import { ClientErrors } from '@/features/admin/components/client-errors';
import { MailProblems } from '@/features/admin/components/mail-problems';
import { myCohortsQuery, useMyCohorts } from '@/features/cohorts/api/get-my-cohorts';
import { networkReportsQueryOptions } from '@/features/network/api/reports';
import { NetworkReports } from '@/features/network/components/network-reports';
import { queryClient } from '@/lib/query-client';

export const title = 'Problems';

export async function load(uid: string) {
  await Promise.all([
    // A reported post opens in a cohort the team can see, so the link needs one.
    queryClient.ensureQueryData(myCohortsQuery(uid, true)),
    queryClient.ensureQueryData(mailProblemsQueryOptions()),
    queryClient.ensureQueryData(clientErrorCountsQueryOptions()),
    queryClient.ensureQueryData(networkReportsQueryOptions()),
  ]);
}

/** Emails that could not be sent, errors in people's browsers, and reports from the network. */
export function Page({ uid }: { uid: string }) {
  const { data: cohorts } = useMyCohorts(uid, true);
  const { data: mailProblems } = useMailProblems();
  const { data: clientErrorDays } = useClientErrorCounts();
  return (
    <>
      <MailProblems problems={mailProblems} />
      <ClientErrors days={clientErrorDays} now={new Date()} />
      <NetworkReports cohortId={cohorts.find((cohort) => !cohort.archived)?.cohortId} />
    </>
  );
}
