import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  daysUntil,
  formatDateTime,
  formatDayPair,
  formatLongDate,
  formatShortDate,
  formatWrittenOn,
  londonDateAndTime,
  londonInstant,
  todayIso,
} from './index';

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

describe('dates in London time', () => {
  it('writes short dates, times and the day something was written', () => {
    expect(formatShortDate('2026-09-01')).toBe('Tue 1 Sep');
    expect(formatDateTime(new Date('2027-07-01T13:30:00Z'))).toBe('Thursday 1 July 2027 at 14:30');
    expect(formatDateTime(new Date('2027-01-04T09:05:00Z'))).toBe('Monday 4 January 2027 at 09:05');
    expect(formatWrittenOn(new Date('2027-06-30T23:30:00Z'))).toBe('1 July 2027');
    expect(londonDateAndTime(new Date('2026-10-25T00:30:00Z'))).toEqual({
      date: '2026-10-25',
      time: '01:30',
    });
  });

  it('adds days across month, year and clock changes', () => {
    expect(addDaysIso('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysIso('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysUntil('2027-03-29', new Date('2027-03-27T12:00:00Z'))).toBe(2);
  });

  it('places times on the day the clocks go back', () => {
    // 25 October 2026: 01:00–02:00 BST happens, then clocks return to 01:00 GMT.
    expect(londonInstant('2026-10-25', '09:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(londonInstant('2026-10-24', '23:30').toISOString()).toBe('2026-10-24T22:30:00.000Z');
  });
});

describe('London time without Intl', () => {
  it('agrees with Intl’s Europe/London for every hour from 2024 to 2036', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const disagreements: string[] = [];
    for (let at = Date.UTC(2024, 0, 1); at < Date.UTC(2037, 0, 1); at += 3_600_000) {
      const parts = Object.fromEntries(
        intl.formatToParts(new Date(at)).map((part) => [part.type, part.value]),
      );
      const expected = {
        date: `${parts['year']}-${parts['month']}-${parts['day']}`,
        time: `${parts['hour']}:${parts['minute']}`,
      };
      const actual = londonDateAndTime(new Date(at));
      if (actual.date !== expected.date || actual.time !== expected.time) {
        disagreements.push(new Date(at).toISOString());
      }
    }
    expect(disagreements).toEqual([]);
  });
});
