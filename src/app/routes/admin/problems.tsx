import { ensureProblemReports } from './problem-reports';
import { useClientErrorCounts } from '@/features/admin/api/client-errors';
import { useMailProblems } from '@/features/admin/api/mail-problems';
import { ClientErrors } from '@/features/admin/components/client-errors';
import { MailProblems } from '@/features/admin/components/mail-problems';
import { useMyCohorts } from '@/features/cohorts/api/get-my-cohorts';
import { NetworkReports } from '@/features/network/components/network-reports';

export const title = 'Problems';

export const load = ensureProblemReports;

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
