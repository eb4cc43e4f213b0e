import { describe, expect, it } from 'vitest';
import { isNewJoiner, modulesBeforeJoining } from './joining';

const modules = [
  { number: 1, days: ['2027-01-12', '2027-01-13'] as [string, string] },
  { number: 2, days: ['2027-02-09', '2027-02-10'] as [string, string] },
  { number: 3, days: ['2027-03-09', '2027-03-10'] as [string, string] },
];

describe('joining a cohort late', () => {
  it('misses the modules that were over before the joining day', () => {
    expect(modulesBeforeJoining(modules, '2027-02-20').map((m) => m.number)).toEqual([1, 2]);
    expect(modulesBeforeJoining(modules, '2027-01-01')).toEqual([]);
  });

  it('keeps a module joined on its second day, and misses nothing without a joining date', () => {
    expect(modulesBeforeJoining(modules, '2027-02-10').map((m) => m.number)).toEqual([1]);
    expect(modulesBeforeJoining(modules, undefined)).toEqual([]);
  });

  it('is new for a week after joining, and not without a joining date', () => {
    expect(isNewJoiner('2027-02-20', '2027-02-20')).toBe(true);
    expect(isNewJoiner('2027-02-20', '2027-02-26')).toBe(true);
    expect(isNewJoiner('2027-02-20', '2027-02-27')).toBe(false);
    expect(isNewJoiner(undefined, '2027-02-20')).toBe(false);
  });
});
