import { useState } from 'react';
import {
  Field,
  Form,
  SelectField,
  SubmitButton,
  invalid,
  saved,
  type Option,
} from '@/components/form';
import { Alert } from '@/components/ui/alert';
import { formatDateTime } from '@/lib/dates';
import type { AuditFilters } from '@/lib/firestore/audit-refs';
import { AUDIT_RETENTION } from '@/lib/firestore/audit-schemas';
import { useAuditLog, useAuditRetention, useSetAuditRetention } from '../api/audit-log';
import { auditActionLabels, auditSentence } from './audit-sentence';

type AuditLogProps = { uid: string; cohorts: { cohortId: string; name: string }[] };

const actionOptions: Option[] = [
  { value: '', label: 'Every kind' },
  ...Object.entries(auditActionLabels).map(([value, label]) => ({ value, label })),
];

/** What the staff did, newest first: who did what to whom and when, never what anyone wrote. */
export function AuditLog({ uid, cohorts }: AuditLogProps) {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [action, setAction] = useState('');
  const [cohortId, setCohortId] = useState('');
  const { records, isPending, isError, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useAuditLog(filters);
  const cohortName = (cohortId?: string) =>
    cohorts.find((cohort) => cohort.cohortId === cohortId)?.name;

  const cohortOptions: Option[] = [
    { value: '', label: 'Every cohort' },
    ...cohorts.map((cohort) => ({ value: cohort.cohortId, label: cohort.name })),
  ];

  function handleFilter() {
    setFilters({ ...(action ? { action } : {}), ...(cohortId ? { cohortId } : {}) });
    return undefined;
  }

  return (
    <section className="card" aria-labelledby="audit-log-heading">
      <h2 id="audit-log-heading">Audit log</h2>
      <p className="hint">
        Every staff action: the programme team, facilitators being appointed or removed,
        participants removed, cohorts archived, network moderation and erasures. It names who did
        what to whom, and never holds what anyone wrote.
      </p>
      <Form
        className="form filters"
        onSubmit={handleFilter}
        failure="The records could not be shown. Try again."
        aria-label="Filter the audit log"
      >
        <SelectField
          id="audit-action"
          label="Kind of action"
          value={action}
          options={actionOptions}
          onChange={setAction}
        />
        <SelectField
          id="audit-cohort"
          label="Cohort"
          value={cohortId}
          options={cohortOptions}
          onChange={setCohortId}
        />
        <p>
          <SubmitButton className="button secondary small" pendingLabel="Showing…">
            Show these records
          </SubmitButton>
        </p>
      </Form>
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
  if (retention.isPending) return <p>Loading how long records are kept…</p>;
  if (retention.isError) {
    return <Alert tone="error">How long records are kept could not be loaded.</Alert>;
  }
  return <RetentionForm uid={uid} kept={retention.data} />;
}

function RetentionForm({ uid, kept }: { uid: string; kept: number }) {
  const save = useSetAuditRetention(uid);
  const [typed, setTyped] = useState(String(kept));
  const { minMonths, maxMonths } = AUDIT_RETENTION;

  async function handleSave() {
    const months = Number(typed.trim());
    if (!/^\d+$/.test(typed.trim()) || months < minMonths || months > maxMonths) {
      return invalid({
        'audit-retention': `Enter a whole number of months from ${minMonths} to ${maxMonths}.`,
      });
    }
    await save.mutateAsync(months);
    return saved(`Saved. Records older than ${months} months are deleted each night.`);
  }

  return (
    <Form
      onSubmit={handleSave}
      failure="The retention period could not be saved. Check your connection and try again."
    >
      <h3>How long records are kept</h3>
      <Field
        id="audit-retention"
        label="Keep records for (months)"
        hint={`From ${minMonths} to ${maxMonths} months; ${AUDIT_RETENTION.defaultMonths} unless you change it. Older records are deleted each night.`}
      >
        {(control) => (
          <div className="inline-field">
            <input
              {...control}
              inputMode="numeric"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
            <SubmitButton className="button small" pendingLabel="Saving…">
              Save
            </SubmitButton>
          </div>
        )}
      </Field>
    </Form>
  );
}
