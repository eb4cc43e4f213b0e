import { describe, expect, it } from 'vitest';
import { addDaysIso, londonInstant } from '@/lib/dates';
import type { CohortModule } from '../cohort-data';
import { dueReminder } from './module-reminder';

const start = '2027-03-30';
const module = {
  id: 'module-3',
  number: 3,
  days: [start, addDaysIso(start, 1)],
  sessions: [{ day: 1, start: '09:30', end: '10:00', title: 'Arrival' }],
} as unknown as CohortModule;
const leadOn = (date: string, clock = '07:00') =>
  dueReminder(module, londonInstant(date, clock))?.days ?? null;

describe('which reminder a module is owed', () => {
  it('the 7-day one from seven days before until the day before, then the 1-day one', () => {
    expect([8, 7, 6, 5, 4, 3, 2, 1].map((before) => leadOn(addDaysIso(start, -before)))).toEqual([
      null,
      7,
      7,
      7,
      7,
      7,
      7,
      1,
    ]);
  });

  it('the 1-day one on the first morning until the first session starts, and nothing after', () => {
    expect(leadOn(start, '07:00')).toBe(1);
    expect(leadOn(start, '09:29')).toBe(1);
    expect(leadOn(start, '09:30')).toBeNull();
    expect(leadOn(addDaysIso(start, 1))).toBeNull();
  });
});
