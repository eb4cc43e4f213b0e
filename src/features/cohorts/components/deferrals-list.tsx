import { formatLongDate } from '@/lib/dates';
import { agreementMethods } from '@/lib/deferral';
import { useDeferrals } from '../api/get-deferrals';

/** Moves between this cohort and another, each with the agreement the programme team recorded. */
export default function DeferralsList({ cohortId }: { cohortId: string }) {
  const { data: deferrals } = useDeferrals(cohortId);
  if (deferrals.length === 0) return null;
  return (
    <section aria-labelledby="deferrals-heading" className="section">
      <h2 id="deferrals-heading">Moved between cohorts</h2>
      <ul className="stack plain-list">
        {deferrals.map((deferral) => {
          const joined = deferral.toCohortId === cohortId;
          return (
            <li key={deferral.id} className="card">
              <p>
                <strong>{deferral.displayName}</strong>{' '}
                {joined
                  ? `joined from ${deferral.fromCohortName}`
                  : `moved to ${deferral.toCohortName}`}
                , with their agreement ({agreementMethods[deferral.agreementMethod].toLowerCase()}{' '}
                on {formatLongDate(deferral.agreedOn)}).
              </p>
              {deferral.agreementNote && <p className="hint">“{deferral.agreementNote}”</p>}
              <p className="hint">
                Moved by {deferral.deferredBy} on{' '}
                {formatLongDate(deferral.deferredAt.toISOString().slice(0, 10))}.{' '}
                {joined
                  ? 'Their goals, journal and director call came with them.'
                  : 'Their attendance here stays with the modules they came to.'}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
