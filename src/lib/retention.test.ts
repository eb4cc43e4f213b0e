import { describe, expect, it } from 'vitest';
import { londonInstant } from './dates';
import {
  cohortMonthsOf,
  DEFAULT_COHORT_MONTHS,
  deletionDate,
  dueWarning,
  earliestDeletion,
} from './retention';

const morning = (date: string) => londonInstant(date, '07:00');

describe('the retention schedule', () => {
  it('deletes on the same day of the month, or the last day of a shorter month', () => {
    expect(deletionDate('2025-12-15', 12)).toBe('2026-12-15');
    expect(deletionDate('2025-08-31', 6)).toBe('2026-02-28');
    expect(deletionDate('2027-08-31', 6)).toBe('2028-02-29');
    expect(deletionDate('2025-11-30', 84)).toBe('2032-11-30');
  });

  it('warns 60 and 14 days ahead, makes up a missed morning, and stops on the day', () => {
    expect(dueWarning('2027-03-01', morning('2026-12-30'))).toBeNull();
    expect(dueWarning('2027-03-01', morning('2026-12-31'))).toBe(60);
    expect(dueWarning('2027-03-01', morning('2027-02-14'))).toBe(60);
    expect(dueWarning('2027-03-01', morning('2027-02-15'))).toBe(14);
    expect(dueWarning('2027-03-01', morning('2027-02-28'))).toBe(14);
    expect(dueWarning('2027-03-01', morning('2027-03-01'))).toBeNull();
  });

  it('moves a day that leaves less than 14 days’ notice to 14 days on', () => {
    expect(earliestDeletion('2027-03-01', '2027-01-01')).toBe('2027-03-01');
    expect(earliestDeletion('2027-03-01', '2027-02-20')).toBe('2027-03-06');
    expect(earliestDeletion('2026-01-01', '2027-02-20')).toBe('2027-03-06');
  });

  it('uses the default until the programme team has chosen a valid period', () => {
    expect(cohortMonthsOf(undefined)).toBe(DEFAULT_COHORT_MONTHS);
    expect(cohortMonthsOf({ cohortMonthsAfterEnd: 0, updatedBy: 'x', updatedAt: null })).toBe(
      DEFAULT_COHORT_MONTHS,
    );
    const at = { toDate: () => new Date() };
    expect(cohortMonthsOf({ cohortMonthsAfterEnd: 24, updatedBy: 'x', updatedAt: at })).toBe(24);
  });
});
