import { addDaysIso } from './dates';
import type { Module } from './firestore/schemas';

/** How long the last module's feedback stays open, as it has no next module to close it. */
export const LAST_MODULE_FEEDBACK_DAYS = 42;

type Dated = Pick<Module, 'number' | 'days'>;

/**
 * Feedback opens the day after a module's last day and can be changed until the next module
 * starts (firestore.rules holds the same window). `closes` is the first day it is shut.
 */
export function feedbackWindow(module: Dated, modules: Dated[]) {
  const next = modules.find((other) => other.number === module.number + 1);
  return {
    opens: addDaysIso(module.days[1], 1),
    closes: next ? next.days[0] : addDaysIso(module.days[1], LAST_MODULE_FEEDBACK_DAYS + 1),
  };
}

export type FeedbackState = 'not-yet' | 'open' | 'closed';

export function feedbackState(module: Dated, modules: Dated[], today: string): FeedbackState {
  const { opens, closes } = feedbackWindow(module, modules);
  if (today < opens) return 'not-yet';
  return today < closes ? 'open' : 'closed';
}

/** The module whose feedback is open today, if any: the one most recently finished. */
export function moduleOpenForFeedback<M extends Dated>(modules: M[], today: string): M | undefined {
  return modules
    .filter((module) => feedbackState(module, modules, today) === 'open')
    .sort((a, b) => b.number - a.number)[0];
}
