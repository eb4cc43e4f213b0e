import { describe, expect, it } from 'vitest';
import {
  daysAttended,
  formatDays,
  formatHours,
  hoursAttended,
  likelyDay,
  moduleDays,
  sessionHours,
} from './attendance';

const modules = [
  { number: 2, days: ['2027-01-12', '2027-01-13'] as [string, string] },
  { number: 1, days: ['2026-11-03', '2026-11-04'] as [string, string] },
];

describe('module days', () => {
  it('lists every module day in order with its key', () => {
    expect(moduleDays(modules).map((d) => d.key)).toEqual(['1-1', '1-2', '2-1', '2-2']);
    expect(moduleDays(modules)[2]?.label).toBe('Module 2, day 1: Tuesday 12 January 2027');
  });

  it('picks today’s day, else the latest held, else the first', () => {
    const days = moduleDays(modules);
    expect(likelyDay(days, '2027-01-13')?.key).toBe('2-2');
    expect(likelyDay(days, '2026-12-01')?.key).toBe('1-2');
    expect(likelyDay(days, '2026-10-01')?.key).toBe('1-1');
  });

  it('counts a part day as half, out of the days held', () => {
    const result = daysAttended({ '1-1': 'present', '1-2': 'part', '2-1': 'absent' }, [
      '1-1',
      '1-2',
      '2-1',
      '2-2',
    ]);
    expect(result).toEqual({ attended: 1.5, held: 4, marked: 3 });
    expect(formatDays(1.5)).toBe('1½');
    expect(formatDays(0.5)).toBe('½');
    expect(formatDays(3)).toBe('3');
  });
});

describe('hours attended', () => {
  const module = {
    sessions: [
      { day: 1 as const, start: '09:30', end: '10:00', title: 'Arrival' },
      { day: 1 as const, start: '10:00', end: '11:30', title: 'Dialogue' },
      { day: 1 as const, start: '14:00', end: '16:15', title: 'Sets' },
      { day: 2 as const, start: '09:00', end: '12:00', title: 'Power' },
    ],
  };

  it('counts the sessions’ own times, and half a day for part of one', () => {
    expect(sessionHours(module, 1)).toBe(4.25);
    expect(hoursAttended(module, 1, 'present')).toBe(4.25);
    expect(hoursAttended(module, 2, 'part')).toBe(1.5);
    expect(hoursAttended(module, 2, 'absent')).toBe(0);
    expect(hoursAttended(module, 2, undefined)).toBe(0);
  });

  it('says hours as a person would', () => {
    expect(formatHours(4.25)).toBe('4¼ hours');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(0.75)).toBe('45 minutes');
    expect(formatHours(11)).toBe('11 hours');
    expect(formatHours(0)).toBe('0 hours');
  });
});
