import { addDaysIso } from './dates';
import type { Module } from './firestore/schemas';

type Dated = Pick<Module, 'number' | 'days'>;

/** How long after joining the dashboard greets someone as new rather than "back". */
export const NEW_JOINER_DAYS = 7;

/**
 * The modules that were over before this person joined, which nothing should ask them about.
 * Someone who joins during a module's second day was there for some of it, so it counts as theirs.
 * Memberships from before joining dates were kept have none, and miss nothing.
 */
export function modulesBeforeJoining<M extends Dated>(modules: M[], joinedOn?: string): M[] {
  if (!joinedOn) return [];
  return modules.filter((module) => module.days[1] < joinedOn);
}

export function isNewJoiner(joinedOn: string | undefined, today: string): boolean {
  return joinedOn !== undefined && joinedOn > addDaysIso(today, -NEW_JOINER_DAYS);
}
