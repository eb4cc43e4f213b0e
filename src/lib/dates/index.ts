import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';

// The only module that imports date-fns, so the locale and zone are set once.
export const PROGRAMME_TIME_ZONE = 'Europe/London';

function calendarDay(isoDate: string): Date {
  return parseISO(isoDate);
}

/** "Tuesday 2 March 2027" */
export function formatLongDate(isoDate: string): string {
  return format(calendarDay(isoDate), 'EEEE d MMMM yyyy', { locale: enGB });
}

/** "Tue 2 Mar" */
export function formatShortDate(isoDate: string): string {
  return format(calendarDay(isoDate), 'EEE d MMM', { locale: enGB });
}

/** "Tuesday 2 and Wednesday 3 March 2027", or across a month end "Wednesday 31 March and Thursday 1 April 2027". */
export function formatDayPair(first: string, second: string): string {
  const a = calendarDay(first);
  const b = calendarDay(second);
  if (a.getFullYear() !== b.getFullYear()) {
    return `${formatLongDate(first)} and ${formatLongDate(second)}`;
  }
  const sameMonth = a.getMonth() === b.getMonth();
  const firstPart = format(a, sameMonth ? 'EEEE d' : 'EEEE d MMMM', { locale: enGB });
  return `${firstPart} and ${format(b, 'EEEE d MMMM yyyy', { locale: enGB })}`;
}

/** Today's date in the programme's time zone, as 2027-03-02. */
export function todayIso(now: Date = new Date()): string {
  return format(new TZDate(now, PROGRAMME_TIME_ZONE), 'yyyy-MM-dd');
}

export function daysUntil(isoDate: string, now: Date = new Date()): number {
  return differenceInCalendarDays(calendarDay(isoDate), calendarDay(todayIso(now)));
}

/** The instant at which a London wall-clock time happens, right on both sides of a clock change. */
export function londonInstant(isoDate: string, clock: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, PROGRAMME_TIME_ZONE).getTime());
}

export function addDaysIso(isoDate: string, days: number): string {
  const date = calendarDay(isoDate);
  date.setDate(date.getDate() + days);
  return format(date, 'yyyy-MM-dd');
}

/** "Tuesday 2 March 2027 at 14:30", in London time whatever the device's zone. */
export function formatDateTime(instant: Date): string {
  return format(new TZDate(instant, PROGRAMME_TIME_ZONE), "EEEE d MMMM yyyy 'at' HH:mm", {
    locale: enGB,
  });
}

/** "2 March 2027", for when something was written. */
export function formatWrittenOn(instant: Date): string {
  return format(new TZDate(instant, PROGRAMME_TIME_ZONE), 'd MMMM yyyy', { locale: enGB });
}

/** The London calendar date and clock time of an instant, for date and time inputs. */
export function londonDateAndTime(instant: Date): { date: string; time: string } {
  const london = new TZDate(instant, PROGRAMME_TIME_ZONE);
  return { date: format(london, 'yyyy-MM-dd'), time: format(london, 'HH:mm') };
}
