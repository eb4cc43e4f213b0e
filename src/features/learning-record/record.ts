import { formatHours, hoursAttended, markLabels } from '@/lib/attendance';
import { attendanceDayKey, type AttendanceMark, type Module } from '@/lib/firestore/schemas';

export type RecordModuleRow = {
  number: number;
  title: string;
  days: [string, string];
  held: boolean;
  /** One line per day, or one line saying why there is none. */
  attendance: string[];
  hours: number;
};

/** Each module with its dates, what was recorded for each day, and the hours attended. */
export function moduleRows(
  modules: Pick<Module, 'number' | 'title' | 'days' | 'sessions'>[],
  marks: Record<string, AttendanceMark>,
  today: string,
): RecordModuleRow[] {
  return [...modules]
    .sort((a, b) => a.number - b.number)
    .map((module) => {
      const held = module.days[0] <= today;
      const dayMarks = ([1, 2] as const).map((day) => ({
        day,
        mark: marks[attendanceDayKey(module.number, day)],
      }));
      const recorded = dayMarks.filter((d) => d.mark !== undefined);
      return {
        number: module.number,
        title: module.title,
        days: module.days,
        held,
        attendance: !held
          ? ['Not held yet']
          : recorded.length === 0
            ? ['Not recorded']
            : dayMarks.map((d) => `Day ${d.day}: ${d.mark ? markLabels[d.mark] : 'not recorded'}`),
        hours: dayMarks.reduce((sum, d) => sum + hoursAttended(module, d.day, d.mark), 0),
      };
    });
}

export const totalHours = (rows: RecordModuleRow[]) =>
  formatHours(rows.reduce((sum, row) => sum + row.hours, 0));
