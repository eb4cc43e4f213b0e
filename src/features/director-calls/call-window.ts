import { addDaysIso } from '@/lib/dates';

/** The director call happens four to six weeks before the first module. */
export function callWindow(firstModuleDay: string): { from: string; to: string } {
  return { from: addDaysIso(firstModuleDay, -42), to: addDaysIso(firstModuleDay, -28) };
}

export function isInWindow(date: string, window: { from: string; to: string }): boolean {
  return date >= window.from && date <= window.to;
}
