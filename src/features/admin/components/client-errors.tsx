import { addDaysIso, todayIso } from '@/lib/dates';
import type { ClientErrorCount } from '@/lib/firestore/schemas';

export const RECENT_DAYS = 7;

/**
 * How many errors people's browsers reported lately: a rise after a release is the cue to look in
 * Error Reporting, where each report is grouped with its stack (and no personal data).
 */
export function ClientErrors({ days, now }: { days: ClientErrorCount[]; now: Date }) {
  const { errors, csp } = recentClientErrors(days, now);
  return (
    <section className="card" aria-labelledby="client-errors-heading">
      <h2 id="client-errors-heading">Errors in people’s browsers</h2>
      <p>
        In the last {RECENT_DAYS} days: {errors} {errors === 1 ? 'error' : 'errors'} and {csp}{' '}
        {csp === 1 ? 'blocked request' : 'blocked requests'} (Content-Security-Policy).
        {errors + csp > 0 ? ' The details are in Error Reporting in the Google Cloud console.' : ''}
      </p>
    </section>
  );
}

/** The errors and blocked requests of the last RECENT_DAYS days, today included. */
export function recentClientErrors(days: ClientErrorCount[], now: Date) {
  const since = addDaysIso(todayIso(now), -(RECENT_DAYS - 1));
  const recent = days.filter((day) => day.day >= since);
  return {
    errors: recent.reduce((sum, day) => sum + day.errors, 0),
    csp: recent.reduce((sum, day) => sum + day.cspViolations, 0),
  };
}
