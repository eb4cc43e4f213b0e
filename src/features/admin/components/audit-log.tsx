import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { formatDateTime } from '@/lib/dates';
import type { AuditFilters } from '@/lib/firestore/audit-refs';
import { AUDIT_RETENTION } from '@/lib/firestore/audit-schemas';
import { useAuditLog, useAuditRetention, useSetAuditRetention } from '../api/audit-log';
import { auditActionLabels, auditSentence } from './audit-sentence';

type AuditLogProps = { uid: string; cohorts: { cohortId: string; name: string }[] };

/** What the staff did, newest first: who did what to whom and when, never what anyone wrote. */
export function AuditLog({ uid, cohorts }: AuditLogProps) {
  const [filters, setFilters] = useState<AuditFilters>({});
  const { records, isPending, isError, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useAuditLog(filters);
  const cohortName = (cohortId?: string) =>
    cohorts.find((cohort) => cohort.cohortId === cohortId)?.name;

  function handleFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const action = String(form.get('action') ?? '');
    const cohortId = String(form.get('cohort') ?? '');
    setFilters({ ...(action ? { action } : {}), ...(cohortId ? { cohortId } : {}) });
  }

  return (
    <section className="card" aria-labelledby="audit-log-heading">
      <h2 id="audit-log-heading">Audit log</h2>
      <p className="hint">
        Every staff action: the programme team, facilitators being appointed or removed,
        participants removed, cohorts archived, network moderation and erasures. It names who did
        what to whom, and never holds what anyone wrote.
      </p>
      <form className="form filters" onSubmit={handleFilter} aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="audit-action">Kind of action</label>
          <select id="audit-action" name="action" defaultValue="">
            <option value="">Every kind</option>
            {Object.entries(auditActionLabels).map(([action, label]) => (
              <option key={action} value={action}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-cohort">Cohort</label>
          <select id="audit-cohort" name="cohort" defaultValue="">
            <option value="">Every cohort</option>
            {cohorts.map((cohort) => (
              <option key={cohort.cohortId} value={cohort.cohortId}>
                {cohort.name}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit" className="button secondary small">
            Show these records
          </button>
        </p>
      </form>
      {isPending ? (
        <p>Loading the audit log…</p>
      ) : isError ? (
        <Alert tone="error">The audit log could not be loaded. Reload the page to try again.</Alert>
      ) : records.length === 0 ? (
        <p>No staff actions recorded{filters.action || filters.cohortId ? ' of this kind' : ''}.</p>
      ) : (
        <ol className="plain-list stack" aria-label="Audit records, newest first">
          {records.map((record) => {
            const cohort = cohortName(record.cohortId);
            return (
              <li key={record.id}>
                {auditSentence(record)}
                {cohort ? ` in ${cohort}` : ''}.
                <br />
                <span className="hint">{formatDateTime(record.at)}</span>
              </li>
            );
          })}
        </ol>
      )}
      {hasNextPage && (
        <p>
          <button
            type="button"
            className="button secondary small"
            disabled={isFetchingNextPage}
            onClick={() => void fetchNextPage()}
          >
            {isFetchingNextPage ? 'Loading older records…' : 'Show older records'}
          </button>
        </p>
      )}
      <Retention uid={uid} />
    </section>
  );
}

function Retention({ uid }: { uid: string }) {
  const retention = useAuditRetention();
  const save = useSetAuditRetention(uid);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const { minMonths, maxMonths } = AUDIT_RETENTION;

  async function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('months') ?? '').trim();
    const months = Number(typed);
    if (!/^\d+$/.test(typed) || months < minMonths || months > maxMonths) {
      setMessage({
        tone: 'error',
        text: `Enter a whole number of months from ${minMonths} to ${maxMonths}.`,
      });
      return;
    }
    try {
      await save.mutateAsync(months);
      setMessage({
        tone: 'success',
        text: `Saved. Records older than ${months} months are deleted each night.`,
      });
    } catch {
      setMessage({
        tone: 'error',
        text: 'The retention period could not be saved. Check your connection and try again.',
      });
    }
  }

  if (retention.isPending) return <p>Loading how long records are kept…</p>;
  if (retention.isError) {
    return <Alert tone="error">How long records are kept could not be loaded.</Alert>;
  }
  return (
    <form className="form" onSubmit={handleSave} noValidate>
      <h3>How long records are kept</h3>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="field">
        <label htmlFor="audit-retention">Keep records for (months)</label>
        <p className="hint" id="audit-retention-hint">
          From {minMonths} to {maxMonths} months; {AUDIT_RETENTION.defaultMonths} unless you change
          it. Older records are deleted each night.
        </p>
        <div className="inline-field">
          <input
            id="audit-retention"
            name="months"
            inputMode="numeric"
            defaultValue={retention.data}
            aria-describedby="audit-retention-hint"
            aria-invalid={message?.tone === 'error' ? true : undefined}
          />
          <button type="submit" className="button small" disabled={save.isPending}>
            Save
          </button>
        </div>
      </div>
    </form>
  );
}
