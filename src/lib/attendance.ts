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
