import { Timestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import {
  checkCompletion,
  completionRuleOf,
  DEFAULT_COMPLETION_RULE,
  directorOf,
  programmeIsOver,
} from './completion';
import type { AttendanceMark } from './firestore/schemas';

const session = (day: 1 | 2, start: string, end: string) => ({
  day,
  start,
  end,
  title: 'A session',
});
// Each day: 09:30-12:30 and 13:30-16:30, six hours.
const modules = [1, 2, 3, 4].map((number) => ({
  number,
  days: [`2027-0${number + 1}-02`, `2027-0${number + 1}-03`] as [string, string],
  sessions: ([1, 2] as const).flatMap((day) => [
    session(day, '09:30', '12:30'),
    session(day, '13:30', '16:30'),
  ]),
}));
const every = (mark: AttendanceMark, count = 8): Record<string, AttendanceMark> =>
  Object.fromEntries(
    ['1-1', '1-2', '2-1', '2-2', '3-1', '3-2', '4-1', '4-2'].slice(0, count).map((k) => [k, mark]),
  );

describe('the completion rule', () => {
  it('is 6 of the 8 days and the director call while the programme has set none', () => {
    expect(completionRuleOf(undefined)).toEqual({ minDaysAttended: 6, directorCallRequired: true });
    expect(completionRuleOf({ minDaysAttended: 12 })).toEqual(DEFAULT_COMPLETION_RULE);
    expect(
      completionRuleOf({
        minDaysAttended: 7,
        directorCallRequired: false,
        updatedBy: 'admin-sam',
        updatedAt: Timestamp.now(),
      }),
    ).toEqual({ minDaysAttended: 7, directorCallRequired: false });
  });

  it('completes someone at the threshold with the call, with their hours from the timetable', () => {
    const check = checkCompletion(DEFAULT_COMPLETION_RULE, modules, every('present', 6), true);
    expect(check).toEqual({
      completed: true,
      daysAttended: 6,
      hoursAttended: 36,
      directorCallHeld: true,
      shortOf: [],
    });
  });

  it('counts a part day as half, so two part days are one short of six', () => {
    const marks = { ...every('present', 6), '3-1': 'part', '3-2': 'part' } as const;
    const check = checkCompletion(DEFAULT_COMPLETION_RULE, modules, marks, true);
    expect(check.daysAttended).toBe(5);
    expect(check.hoursAttended).toBe(30);
    expect(check.completed).toBe(false);
    expect(check.shortOf).toEqual(['attended 5 of the 6 days needed']);
  });

  it('says a half day short as a person would, since the function refuses with these words', () => {
    const marks = { ...every('present', 5), '3-2': 'part' } as const;
    expect(checkCompletion(DEFAULT_COMPLETION_RULE, modules, marks, true).shortOf).toEqual([
      'attended 5½ of the 6 days needed',
    ]);
  });

  it('needs the director call only where the programme asks for it', () => {
    const all = every('present');
    expect(checkCompletion(DEFAULT_COMPLETION_RULE, modules, all, false).shortOf).toEqual([
      'no director call held',
    ]);
    const noCall = { minDaysAttended: 6, directorCallRequired: false };
    expect(checkCompletion(noCall, modules, all, false).completed).toBe(true);
  });

  it('counts absences and unmarked days as not attended', () => {
    const marks = { ...every('absent'), '1-1': 'present' } as const;
    const check = checkCompletion(
      { minDaysAttended: 1, directorCallRequired: true },
      modules,
      marks,
      true,
    );
    expect(check).toMatchObject({ completed: true, daysAttended: 1, hoursAttended: 6 });
    expect(checkCompletion(DEFAULT_COMPLETION_RULE, modules, {}, true).daysAttended).toBe(0);
  });

  it('is open for confirming only once the last module’s second day is over', () => {
    expect(programmeIsOver(modules, '2027-05-03')).toBe(false);
    expect(programmeIsOver(modules, '2027-05-04')).toBe(true);
    expect(programmeIsOver(modules.slice(0, 3), '2028-01-01')).toBe(false);
  });
});

describe('the programme director a certificate names', () => {
  const member = (uid: string, role: 'facilitator' | 'participant', jobTitle?: string) => ({
    uid,
    role,
    displayName: uid,
    ...(jobTitle ? { jobTitle } : {}),
  });

  it('is the facilitator titled so, whoever confirms, else the facilitator confirming', () => {
    const tom = member('tom', 'facilitator', 'Leadership associate');
    const helen = member('helen', 'facilitator', 'Programme Director');
    const amara = member('amara', 'participant', 'Programme director of a trust');
    expect(directorOf([amara, tom, helen], 'tom')?.uid).toBe('helen');
    const anotherDirector = member('aisha', 'facilitator', 'Programme director');
    expect(directorOf([helen, anotherDirector], 'tom')?.uid).toBe('aisha');
    expect(directorOf([amara, tom, member('ruth', 'facilitator')], 'ruth')?.uid).toBe('ruth');
    expect(directorOf([amara], 'tom')).toBeUndefined();
  });
});
