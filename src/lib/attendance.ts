import { formatLongDate } from '@/lib/dates';
import { attendanceDayKey, type AttendanceMark, type Module } from '@/lib/firestore/schemas';

export type ModuleDay = {
  key: string;
  moduleNumber: number;
  day: 1 | 2;
  date: string;
  label: string;
};

/** Every day of every module, in order, with the key attendance is kept under. */
export function moduleDays(modules: Pick<Module, 'number' | 'days'>[]): ModuleDay[] {
  return [...modules]
    .sort((a, b) => a.number - b.number)
    .flatMap((module) =>
      ([1, 2] as const).map((day) => {
        const date = module.days[day - 1] ?? '';
        return {
          key: attendanceDayKey(module.number, day),
          moduleNumber: module.number,
          day,
          date,
          label: `Module ${module.number}, day ${day}: ${formatLongDate(date)}`,
        };
      }),
    );
}

/** The day a facilitator most likely means: today's, else the latest one already held. */
export function likelyDay(days: ModuleDay[], today: string): ModuleDay | undefined {
  return days.find((d) => d.date === today) ?? days.filter((d) => d.date < today).at(-1) ?? days[0];
}

export const markLabels: Record<AttendanceMark, string> = {
  present: 'Present',
  part: 'Part of the day',
  absent: 'Absent',
};

/** Days attended (a part day counts as half) and days marked, out of the days already held. */
export function daysAttended(marks: Record<string, AttendanceMark>, heldKeys: string[]) {
  const attended = heldKeys.reduce(
    (sum, key) => sum + (marks[key] === 'present' ? 1 : marks[key] === 'part' ? 0.5 : 0),
    0,
  );
  const marked = heldKeys.filter((key) => marks[key] !== undefined).length;
  return { attended, held: heldKeys.length, marked };
}

export const formatDays = (days: number) =>
  `${Math.floor(days)}${days % 1 ? '½' : ''}`.replace(/^0½$/, '½');

const minutesOf = (clock: string) => {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
};

/** Hours of sessions on one day of a module, by the timetable's own times (breaks left out). */
export function sessionHours(module: Pick<Module, 'sessions'>, day: 1 | 2): number {
  const minutes = module.sessions
    .filter((session) => session.day === day)
    .reduce(
      (sum, session) => sum + Math.max(minutesOf(session.end) - minutesOf(session.start), 0),
      0,
    );
  return minutes / 60;
}

/** Hours attended on a day: all of its sessions when present, half when there for part of it. */
export function hoursAttended(
  module: Pick<Module, 'sessions'>,
  day: 1 | 2,
  mark: AttendanceMark | undefined,
): number {
  const share = mark === 'present' ? 1 : mark === 'part' ? 0.5 : 0;
  return sessionHours(module, day) * share;
}

/** "5½ hours", "1 hour", "45 minutes": hours to the nearest quarter, as a person would say them. */
export function formatHours(hours: number): string {
  const quarters = Math.round(hours * 4);
  if (quarters === 0) return '0 hours';
  if (quarters < 4) return `${quarters * 15} minutes`;
  const whole = Math.floor(quarters / 4);
  const fraction = ['', '¼', '½', '¾'][quarters % 4] ?? '';
  return `${whole}${fraction} ${whole === 1 && !fraction ? 'hour' : 'hours'}`;
}
