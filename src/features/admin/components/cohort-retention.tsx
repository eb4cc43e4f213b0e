import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Form, SubmitButton, TextField, invalid, saved } from '@/components/form';
import { addDaysIso, formatLongDate, todayIso } from '@/lib/dates';
import {
  DEFAULT_COHORT_MONTHS,
  LAST_WARNING_DAYS,
  MAX_COHORT_MONTHS,
  MIN_COHORT_MONTHS,
  RETENTION_WARNING_DAYS,
  deletionDate,
  type RetentionPlan,
} from '@/lib/retention';
import { useCohortRetention, useRetentionPlan, useSetCohortRetention } from '../api/retention';

type CohortSummary = { cohortId: string; name: string; endDate: string };

/**
 * How long a cohort's content is kept after it ends, and for each cohort the day it goes, with a
 * dry run of what will go. The daily job warns members and deletes; changes are audited.
 */
export function CohortRetention({ uid, cohorts }: { uid: string; cohorts: CohortSummary[] }) {
  const retention = useCohortRetention();
  return (
    <section className="card" aria-labelledby="retention-heading">
      <h2 id="retention-heading">How long cohorts’ content is kept</h2>
      <p className="hint">
        After a cohort ends, its journals, goals, director-call records, attendance, feedback,
        announcements, materials and invitations are kept for this long, then deleted. Each member
        is emailed {RETENTION_WARNING_DAYS[0]} and {RETENTION_WARNING_DAYS[1]} days before, with
        links to download their learning record and their data. The cohort’s name, dates and how
        many took part stay, and so do national network profiles.
      </p>
      {retention.isPending ? (
        <p>Loading how long content is kept…</p>
      ) : retention.isError ? (
        <Alert tone="error">How long content is kept could not be loaded. Reload the page.</Alert>
      ) : (
        <>
          <PeriodForm uid={uid} months={retention.data} />
          <h3>When each cohort’s content goes</h3>
          <ul className="stack plain-list" aria-label="Cohorts and the day their content goes">
            {cohorts.map((cohort) => (
              <CohortSchedule key={cohort.cohortId} cohort={cohort} months={retention.data} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PeriodForm({ uid, months }: { uid: string; months: number }) {
  const save = useSetCohortRetention(uid);
  const [typed, setTyped] = useState(String(months));
  return (
    <Form
      aria-label="How long content is kept"
      failure="The period could not be saved. Check your connection and try again."
      onSubmit={async () => {
        const value = typed.trim();
        const chosen = Number(value);
        if (!/^\d+$/.test(value) || chosen < MIN_COHORT_MONTHS || chosen > MAX_COHORT_MONTHS) {
          return invalid({
            'retention-months': `Enter a whole number of months from ${MIN_COHORT_MONTHS} to ${MAX_COHORT_MONTHS}.`,
          });
        }
        await save.mutateAsync(chosen);
        return saved(`Saved. Content is kept for ${chosen} months after a cohort ends.`);
      }}
    >
      <TextField
        id="retention-months"
        label="Keep a cohort’s content after it ends for (months)"
        hint={`From ${MIN_COHORT_MONTHS} to ${MAX_COHORT_MONTHS} months; ${DEFAULT_COHORT_MONTHS} unless you change it. A shorter period brings every cohort’s date forward.`}
        inputMode="numeric"
        value={typed}
        onChange={setTyped}
      />
      <SubmitButton pendingLabel="Saving…" className="button small">
        Save
      </SubmitButton>
    </Form>
  );
}

function CohortSchedule({ cohort, months }: { cohort: CohortSummary; months: number }) {
  const planning = useRetentionPlan();
  const [plan, setPlan] = useState<RetentionPlan | null>(null);
  const on = deletionDate(cohort.endDate, months);
  const headingId = `retention-${cohort.cohortId}`;
  return (
    <li>
      <h4 id={headingId}>{cohort.name}</h4>
      <p>
        Ends {formatLongDate(cohort.endDate)}.{' '}
        {on > addDaysIso(todayIso(), LAST_WARNING_DAYS)
          ? `Its content will be deleted on ${formatLongDate(on)}.`
          : `Its scheduled day, ${formatLongDate(on)}, is close or has passed: its content goes no sooner than ${LAST_WARNING_DAYS} days after members are first warned (or has gone already). The dry run gives the day.`}
      </p>
      <Form
        aria-labelledby={headingId}
        failure="The dry run could not be done. Check your connection and try again."
        onSubmit={async () => {
          setPlan(await planning.mutateAsync(cohort.cohortId));
          return undefined;
        }}
      >
        <SubmitButton pendingLabel="Working out what will go…" className="button secondary small">
          Show what will go
        </SubmitButton>
      </Form>
      {plan && <PlanDetails plan={plan} />}
    </li>
  );
}

function PlanDetails({ plan }: { plan: RetentionPlan }) {
  if (plan.deletedAt) {
    return (
      <p>
        Its content was deleted on {formatLongDate(plan.deletedAt.slice(0, 10))};{' '}
        {plan.participants} people took part.
      </p>
    );
  }
  return (
    <div className="stack">
      <p>
        A dry run: nothing has been deleted. On {formatLongDate(plan.deletionDate)} ({plan.months}{' '}
        months after it ends) this goes; members are warned on{' '}
        {plan.warnings.map((day) => formatLongDate(day)).join(' and ')}.
      </p>
      <ul aria-label={`What will go from ${plan.name}, by kind`}>
        {Object.entries(plan.counts).map(([kind, count]) => (
          <li key={kind}>
            {kind}: {count}
          </li>
        ))}
        {plan.alsoDeleted.map((kind) => (
          <li key={kind}>{kind}</li>
        ))}
      </ul>
      <p>
        What stays: the cohort’s name and dates, that {plan.participants} people took part, the
        memberships (names and roles) and the timetable, and everyone’s network profile.
      </p>
    </div>
  );
}
