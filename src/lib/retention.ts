import { z } from 'zod/mini';
import { addDaysIso, daysUntil } from './dates';
import { text, timestamp } from './firestore/schemas';

// What the portal keeps and for how long, shared by the programme team's page, the privacy
// notice and the functions that warn and delete, so the three say the same thing.

/** How long a cohort's content is kept after the cohort ends, until the team says otherwise. */
export const DEFAULT_COHORT_MONTHS = 12;
export const MIN_COHORT_MONTHS = 1;
export const MAX_COHORT_MONTHS = 84;
/** How long the email ledger keeps a message's words; what proves it was sent stays. */
export const LEDGER_BODY_DAYS = 30;
/**
 * Where the ledger keeps a message's words (mailLedger/{id}/mailBody/message) and the timestamp
 * its TTL policy in firestore/indexes.json deletes them by.
 */
export const LEDGER_BODY = { collection: 'mailBody', expiresField: 'bodyExpiresAt' } as const;
/** How long a removed participant keeps their own entries and data download. */
export const REMOVAL_GRACE_DAYS = 30;
/** How many days before the deletion each member is warned, earliest first. */
export const RETENTION_WARNING_DAYS = [60, 14] as const;

export const retentionSettingsSchema = z.object({
  cohortMonthsAfterEnd: z.int().check(z.minimum(MIN_COHORT_MONTHS), z.maximum(MAX_COHORT_MONTHS)),
  updatedBy: text(1, 128),
  updatedAt: timestamp,
});

/** The months the team chose in `settings/retention`, or the default while they have not. */
export function cohortMonthsOf(stored: unknown): number {
  const parsed = retentionSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data.cohortMonthsAfterEnd : DEFAULT_COHORT_MONTHS;
}

/**
 * The day a cohort's content is deleted: the same day of the month, `months` after it ends, or
 * that month's last day when it is shorter (31 August + 6 months is 28 or 29 February).
 */
export function deletionDate(endDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = endDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return addDaysIso(
    `${target.getUTCFullYear()}-${String(target.getUTCMonth() + 1).padStart(2, '0')}-01`,
    Math.min(day, lastDay) - 1,
  );
}

/** The shortest notice anyone gets: content never goes sooner than this after the first warning. */
export const LAST_WARNING_DAYS = Math.min(...RETENTION_WARNING_DAYS);

/**
 * The day content goes when nobody has been warned yet: the scheduled day, or later if that is
 * too soon for the last warning (a period shortened, or a cohort already past its day).
 */
export function earliestDeletion(scheduled: string, today: string): string {
  const soonest = addDaysIso(today, LAST_WARNING_DAYS);
  return scheduled > soonest ? scheduled : soonest;
}

/**
 * Which warning is due on the morning of `now`: the nearest lead that has been reached, so a
 * warning whose morning was missed goes on the next run, and none once the day itself has come.
 */
export function dueWarning(deletionOn: string, now: Date): number | null {
  const left = daysUntil(deletionOn, now);
  if (left <= 0) return null;
  const reached = RETENTION_WARNING_DAYS.filter((lead) => left <= lead);
  return reached.length > 0 ? Math.min(...reached) : null;
}

/** A cohort's retention dry run: what the retentionPlan function answers the programme team. */
export type RetentionPlan = {
  cohortId: string;
  name: string;
  endDate: string;
  months: number;
  deletionDate: string;
  warnings: string[];
  /** How many of each kind staff could already see; feedback answers and private writing are not counted. */
  counts: Record<string, number>;
  alsoDeleted: string[];
  participants: number;
  deletedAt: string | null;
};
