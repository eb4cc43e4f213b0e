import { changesForPeopleComing } from '@/lib/timetable-news';
import type { Module } from '@/lib/firestore/schemas';

export type ChangeChoice = 'tell' | 'quiet';
type Timed = Pick<Module, 'days' | 'venue' | 'joiningDetails' | 'sessions'>;

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

export const tellLabel = (count: number) => `Save and tell ${people(count)}`;

/** Said beside the buttons before saving, so nobody emails the cohort without knowing. */
export const emailWarning = (count: number) =>
  `Saving this emails ${people(count)} in the cohort about the change, you included, unless they have turned timetable emails off.`;

/** What happened, said where the person pressed save. */
export function savedText(
  before: Timed | null,
  after: Timed,
  choice: ChangeChoice | null,
  count: number,
): string {
  if (choice === 'quiet')
    return 'Saved quietly. Nobody was emailed; the timetable shows the change.';
  if (choice === 'tell')
    return `Saved. ${count === 1 ? '1 person is' : `${count} people are`} being emailed about the change.`;
  if (!before) return 'Saved.';
  return changesForPeopleComing(before, after)
    ? 'Saved. Nobody is emailed, since the module is not within the next three weeks.'
    : 'Saved. Nobody is emailed, since nothing people need for the day changed.';
}
