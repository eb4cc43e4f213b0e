import { ensureProblemReports } from './problem-reports';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useClientErrorCounts } from '@/features/admin/api/client-errors';
import { useMailProblems } from '@/features/admin/api/mail-problems';
import { recentClientErrors } from '@/features/admin/components/client-errors';
import { NeedsAttention } from '@/features/admin/components/needs-attention';
import { useMyCohorts } from '@/features/cohorts/api/get-my-cohorts';
import { useNetworkReports } from '@/features/network/api/reports';
import { formatLongDate } from '@/lib/dates';

export const title = 'Programme team';

export const load = ensureProblemReports;

/** The first thing the team sees, on a phone between meetings: what is wrong, and every cohort. */
export function Page({ uid }: { uid: string }) {
  const { data: cohorts } = useMyCohorts(uid, true);
  const { data: mailProblems } = useMailProblems();
  const { data: clientErrorDays } = useClientErrorCounts();
  const { data: reports } = useNetworkReports();

  return (
    <>
      <NeedsAttention
        emailsNotSent={mailProblems.length}
        browserErrors={recentClientErrors(clientErrorDays, new Date())}
        networkReports={reports.length}
        problemsPath={'/admin/problems'}
      />
      <section className="card" aria-labelledby="overview-cohorts-heading">
        <h2 id="overview-cohorts-heading">Cohorts</h2>
        {cohorts.length === 0 ? (
          <p>There are no cohorts yet.</p>
        ) : (
          <ul className="choice-list" aria-label="Every cohort, newest first">
            {cohorts.map((cohort) => (
              <li key={cohort.cohortId}>
                <Link to={paths.cohort(cohort.cohortId)} className="choice">
                  <span className="choice-title">{cohort.name}</span>
                  <span className="choice-meta">
                    {formatLongDate(cohort.startDate)} to {formatLongDate(cohort.endDate)}
                    {cohort.archived ? ' · archived' : ''}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={'/admin/cohorts'}>
            Create a cohort, appoint facilitators or archive a cohort
          </Link>
        </p>
      </section>
    </>
  );
}
