import { daysUntil } from '@/lib/dates';
import type { Module, ModuleSession } from '@/lib/firestore/schemas';

/** People hear about changes to a module that starts within this many days. */
export const CHANGE_NOTICE_DAYS = 21;

type Timed = Pick<Module, 'days' | 'venue' | 'joiningDetails' | 'sessions'>;

/** The old or the new first day is within the notice window, and not already past. */
export function startsSoon(before: Pick<Module, 'days'>, after: Pick<Module, 'days'>, now: Date) {
  return [before.days[0], after.days[0]].some((day) => {
    const days = daysUntil(day, now);
    return days >= 0 && days <= CHANGE_NOTICE_DAYS;
  });
}

const sessionKey = (s: ModuleSession) => [s.day, s.start, s.end, s.title, s.leader ?? ''].join('|');

/** Dates, venue, joining details or sessions changed: a new order of the same sessions does not count. */
export function changesForPeopleComing(before: Timed, after: Timed): boolean {
  const sessions = (m: Timed) => m.sessions.map(sessionKey).sort().join('\n');
  return (
    before.days[0] !== after.days[0] ||
    before.days[1] !== after.days[1] ||
    before.venue !== after.venue ||
    (before.joiningDetails ?? '') !== (after.joiningDetails ?? '') ||
    sessions(before) !== sessions(after)
  );
}

/** Saving this change emails the cohort, unless it is saved quietly. */
export const changeEmailsPeople = (before: Timed, after: Timed, now: Date = new Date()) =>
  startsSoon(before, after, now) && changesForPeopleComing(before, after);
