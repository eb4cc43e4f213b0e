import { z } from 'zod/mini';
import { daysAttended, formatDays, hoursAttended, moduleDays } from './attendance';
import {
  text,
  timestamp,
  type AttendanceMark,
  type Member,
  type Module,
} from './firestore/schemas';

// What completing the programme means, set per programme by the programme team in
// programmes/{programmeId}/policy/completion (decision 0032). Facilitators see who meets it after
// the last module and confirm each person; the confirmation is what the certificate rests on.

export const DAYS_IN_PROGRAMME = 8;

export type CompletionRule = { minDaysAttended: number; directorCallRequired: boolean };

/** What completion means until the programme team says otherwise: 6 of the 8 days and the call. */
export const DEFAULT_COMPLETION_RULE: CompletionRule = {
  minDaysAttended: 6,
  directorCallRequired: true,
};

export const completionPolicySchema = z.object({
  minDaysAttended: z.int().check(z.minimum(1), z.maximum(DAYS_IN_PROGRAMME)),
  directorCallRequired: z.boolean(),
  updatedBy: text(1, 128),
  updatedAt: timestamp,
});

/** The programme's rule as stored, or the default while there is none (or it cannot be read). */
export function completionRuleOf(stored: unknown): CompletionRule {
  const parsed = completionPolicySchema.safeParse(stored);
  if (!parsed.success) return DEFAULT_COMPLETION_RULE;
  const { minDaysAttended, directorCallRequired } = parsed.data;
  return { minDaysAttended, directorCallRequired };
}

export type CompletionCheck = {
  completed: boolean;
  /** Days attended, a part day counting as half. */
  daysAttended: number;
  hoursAttended: number;
  directorCallHeld: boolean;
  /** What is missing, in plain English, when not completed. */
  shortOf: string[];
};

/** Whether one participant met the rule, from their attendance marks and their director call. */
export function checkCompletion(
  rule: CompletionRule,
  modules: Pick<Module, 'number' | 'days' | 'sessions'>[],
  marks: Record<string, AttendanceMark>,
  directorCallHeld: boolean,
): CompletionCheck {
  const days = moduleDays(modules);
  const { attended } = daysAttended(
    marks,
    days.map((d) => d.key),
  );
  const hours = days.reduce((sum, day) => {
    const module = modules.find((m) => m.number === day.moduleNumber);
    return module ? sum + hoursAttended(module, day.day, marks[day.key]) : sum;
  }, 0);
  const shortOf: string[] = [];
  if (attended < rule.minDaysAttended) {
    shortOf.push(`attended ${formatDays(attended)} of the ${rule.minDaysAttended} days needed`);
  }
  if (rule.directorCallRequired && !directorCallHeld) shortOf.push('no director call held');
  return {
    completed: shortOf.length === 0,
    daysAttended: attended,
    hoursAttended: hours,
    directorCallHeld,
    shortOf,
  };
}

/** After the last module's second day, and not before: completion is about the whole programme. */
export function programmeIsOver(
  modules: Pick<Module, 'number' | 'days'>[],
  today: string,
): boolean {
  const last = [...modules].sort((a, b) => a.number - b.number).at(-1);
  return last !== undefined && last.number === 4 && last.days[1] < today;
}

/**
 * The programme director a certificate names: the facilitator with that title, else the one who
 * confirms. Facilitators are taken in name order whatever order they come in, so the screen names
 * the same person the confirmCompletion function writes.
 */
export function directorOf(
  members: Pick<Member, 'uid' | 'role' | 'displayName' | 'jobTitle'>[],
  confirmerUid: string,
) {
  const facilitators = members
    .filter((m) => m.role === 'facilitator')
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
  return (
    facilitators.find((m) => /programme director/i.test(m.jobTitle ?? '')) ??
    facilitators.find((m) => m.uid === confirmerUid) ??
    facilitators[0]
  );
}

/** A confirmation, kept at cohorts/{cohortId}/completions/{uid}: only confirmCompletion writes it. */
export const completionSchema = z.object({
  uid: text(1, 128),
  displayName: text(1, 120),
  daysAttended: z.number().check(z.minimum(0), z.maximum(DAYS_IN_PROGRAMME)),
  hoursAttended: z.number().check(z.minimum(0), z.maximum(200)),
  directorName: text(1, 120),
  directorUid: text(1, 128),
  confirmedBy: text(1, 128),
  confirmedAt: timestamp,
});
export type Completion = z.output<typeof completionSchema>;
