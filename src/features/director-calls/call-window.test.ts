import { describe, expect, it } from 'vitest';
import { callWindow, isInWindow } from './call-window';

describe('callWindow', () => {
  it('runs from six to four weeks before the first module', () => {
    expect(callWindow('2027-03-02')).toEqual({ from: '2027-01-19', to: '2027-02-02' });
  });

  it('includes both ends and nothing outside them', () => {
    const window = callWindow('2027-03-02');
    expect(isInWindow('2027-01-19', window)).toBe(true);
    expect(isInWindow('2027-02-02', window)).toBe(true);
    expect(isInWindow('2027-02-03', window)).toBe(false);
    expect(isInWindow('2027-01-18', window)).toBe(false);
  });
});
