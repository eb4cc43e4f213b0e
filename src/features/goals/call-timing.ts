import { addDaysIso, formatLongDate } from '@/lib/dates';

/**
 * What to say about a director call not yet arranged. The call is four to six weeks before the
 * first module; once that window has begun or passed (or the person joined late), promising it
 * "four to six weeks before" would be untrue, so the words follow the dates.
 */
export function unarrangedCallText(firstModuleDay: string | undefined, today: string): string {
  if (!firstModuleDay) {
    return 'The programme director will contact you to arrange it.';
  }
  const from = addDaysIso(firstModuleDay, -42);
  const to = addDaysIso(firstModuleDay, -28);
  if (today < from) {
    return `It will be between ${formatLongDate(from)} and ${formatLongDate(to)}. The programme director will contact you to arrange it.`;
  }
  if (today <= to) {
    return `It is due by ${formatLongDate(to)}. The programme director will contact you to arrange it; if you have not heard by then, reply to your invitation email.`;
  }
  return 'The programme director will contact you to arrange it soon.';
}
