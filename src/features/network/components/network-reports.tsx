import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/dates';
import { useDismissReport, useNetworkReports } from '../api/reports';

/** What network members asked the programme team to look at, newest first. */
export function NetworkReports({ cohortId }: { cohortId: string | undefined }) {
  const { data: reports } = useNetworkReports();
  const dismiss = useDismissReport();
  return (
    <section className="card" aria-labelledby="network-reports-heading">
      <h2 id="network-reports-heading">Reports from the national network</h2>
      {reports.length === 0 ? (
        <p>None: nobody has reported a post or reply.</p>
      ) : (
        <ul className="plain-list stack">
          {reports.map((report) => (
            <li key={report.id}>
              {report.replyId ? 'A reply' : 'A post'} reported on {formatDateTime(report.createdAt)}
              : “{report.reason}”{' '}
              {cohortId && (
                <Link to={paths.networkPost(cohortId, report.postId)}>Open the post</Link>
              )}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => dismiss.mutate(report.id)}
              >
                Mark as dealt with
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
