import { describe, expect, it } from 'vitest';
import { moduleStatus, nextModule } from './module-status';

const noonLondon = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('moduleStatus', () => {
  const module = { days: ['2027-03-02', '2027-03-03'] as [string, string] };

  it('is upcoming before its first day', () => {
    expect(moduleStatus(module, noonLondon('2027-03-01'))).toBe('upcoming');
  });

  it('is current on either of its two days', () => {
    expect(moduleStatus(module, noonLondon('2027-03-02'))).toBe('current');
    expect(moduleStatus(module, noonLondon('2027-03-03'))).toBe('current');
  });

  it('is past from the day after its second day', () => {
    expect(moduleStatus(module, noonLondon('2027-03-04'))).toBe('past');
  });

  it('uses the London date, not UTC, just after midnight in summer', () => {
    // 23:30 UTC on 1 July is 00:30 on 2 July in London.
    const summer = { days: ['2027-07-02', '2027-07-03'] as [string, string] };
    expect(moduleStatus(summer, new Date('2027-07-01T23:30:00Z'))).toBe('current');
  });
});

describe('nextModule', () => {
  it('skips modules that are over', () => {
    const modules = [
      { number: 1, days: ['2027-01-05', '2027-01-06'] as [string, string] },
      { number: 2, days: ['2027-03-02', '2027-03-03'] as [string, string] },
    ];
    expect(nextModule(modules, noonLondon('2027-02-01'))?.number).toBe(2);
    expect(nextModule(modules, noonLondon('2027-04-01'))).toBeUndefined();
  });
});
