import { Link } from 'react-router';
import { RECENT_DAYS } from './client-errors';

type NeedsAttentionProps = {
  emailsNotSent: number;
  browserErrors: { errors: number; csp: number };
  networkReports: number;
  /** Where each of them is listed in full. */
  problemsPath: string;
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The overview's first card: how many of each thing that can go wrong is waiting, so a glance on
 * a phone says whether to open the problems page at all.
 */
export function NeedsAttention({
  emailsNotSent,
  browserErrors,
  networkReports,
  problemsPath,
}: NeedsAttentionProps) {
  const waiting = emailsNotSent + browserErrors.errors + browserErrors.csp + networkReports;
  return (
    <section className={waiting > 0 ? 'card warning' : 'card'} aria-labelledby="attention-heading">
      <h2 id="attention-heading">What needs attention</h2>
      <ul className="plain-list stack" aria-label="What needs attention, by kind">
        <li>
          {emailsNotSent === 0
            ? 'Every email the portal owed has been sent.'
            : `${count(emailsNotSent, 'email', 'emails')} could not be sent.`}
        </li>
        <li>
          In the last {RECENT_DAYS} days, people’s browsers reported{' '}
          {count(browserErrors.errors, 'error', 'errors')} and{' '}
          {count(browserErrors.csp, 'blocked request', 'blocked requests')}.
        </li>
        <li>
          {networkReports === 0
            ? 'Nobody has reported a post or reply in the national network.'
            : `${count(networkReports, 'report', 'reports')} from the national network to look at.`}
        </li>
      </ul>
      <p>
        <Link to={problemsPath}>
          {waiting > 0 ? 'See the problems in full' : 'See the problems page'}
        </Link>
      </p>
    </section>
  );
}
