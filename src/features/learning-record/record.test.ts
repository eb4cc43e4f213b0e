import { describe, expect, it } from 'vitest';
import { moduleRows, totalHours } from './record';

const sessions = [
  { day: 1 as const, start: '10:00', end: '16:00', title: 'Day one' },
  { day: 2 as const, start: '09:00', end: '12:00', title: 'Day two' },
];
const modules = [
  { number: 2, title: 'Second', days: ['2027-03-02', '2027-03-03'] as [string, string], sessions },
  { number: 1, title: 'First', days: ['2027-01-12', '2027-01-13'] as [string, string], sessions },
];

describe('learning record modules', () => {
  it('lists modules in order with each day’s mark and the hours attended', () => {
    const rows = moduleRows(modules, { '1-1': 'present', '1-2': 'part' }, '2027-03-10');
    expect(rows.map((row) => [row.number, row.attendance, row.hours])).toEqual([
      [1, ['Day 1: Present', 'Day 2: Part of the day'], 7.5],
      [2, ['Not recorded'], 0],
    ]);
    expect(totalHours(rows)).toBe('7½ hours');
  });

  it('says a module still to come is not held yet', () => {
    const rows = moduleRows(modules, { '1-1': 'absent' }, '2027-02-01');
    expect(rows.map((row) => row.attendance)).toEqual([
      ['Day 1: Absent', 'Day 2: not recorded'],
      ['Not held yet'],
    ]);
  });
});
