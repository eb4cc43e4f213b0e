import { describe, expect, it } from 'vitest';
import { daysUntil, formatDayPair, formatLongDate, londonInstant, todayIso } from './index';

describe('dates', () => {
  it('writes dates the UK way', () => {
    expect(formatLongDate('2027-03-02')).toBe('Tuesday 2 March 2027');
  });

  it('writes a module’s two days together', () => {
    expect(formatDayPair('2027-03-02', '2027-03-03')).toBe('Tuesday 2 and Wednesday 3 March 2027');
    expect(formatDayPair('2027-03-31', '2027-04-01')).toBe(
      'Wednesday 31 March and Thursday 1 April 2027',
    );
  });

  it('places London wall-clock times on the right side of a clock change', () => {
    // Clocks go forward on Sunday 28 March 2027: GMT before, BST after.
    expect(londonInstant('2027-03-26', '09:30').toISOString()).toBe('2027-03-26T09:30:00.000Z');
    expect(londonInstant('2027-03-29', '09:30').toISOString()).toBe('2027-03-29T08:30:00.000Z');
  });

  it('counts days in London time', () => {
    expect(todayIso(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(daysUntil('2027-07-08', new Date('2027-07-01T09:00:00Z'))).toBe(7);
  });
});
