// Every date the portal shows or stores goes through here. Calendar dates ("2027-03-02") are
// computed in UTC, where days never shift; instants are read in London time by the UK's own rule
// for summer time, so no date library ships with the dashboard (decision 0036 says why not Intl).
export const PROGRAMME_TIME_ZONE = 'Europe/London';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Day = { year: number; month: number; day: number; weekday: number };

const pad = (value: number) => String(value).padStart(2, '0');

function calendarDay(isoDate: string): Day {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

const isoOf = ({ year, month, day }: Pick<Day, 'year' | 'month' | 'day'>) =>
  `${year}-${pad(month)}-${pad(day)}`;

/** 01:00 UTC on the last Sunday of a month (0-based), when the UK's clocks change. */
function lastSundayAtOne(year: number, monthIndex: number): number {
  const lastDay = Date.UTC(year, monthIndex + 1, 0, 1);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS;
}

/**
 * The London wall-clock date and time of an instant. British Summer Time runs from 01:00 UTC on the
 * last Sunday of March to 01:00 UTC on the last Sunday of October (the Summer Time Order 2002).
 * Intl's Europe/London gives the same answer, but building that formatter loads the time-zone
 * data, the longest single cost of this module on a slow phone's first view.
 */
function inLondon(instant: Date): Day & { hour: number; minute: number } {
  const at = instant.getTime();
  const year = instant.getUTCFullYear();
  const summer = at >= lastSundayAtOne(year, 2) && at < lastSundayAtOne(year, 9);
  const wall = new Date(at + (summer ? HOUR_MS : 0));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    weekday: wall.getUTCDay(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

const longDay = (day: Day) => `${weekdays[day.weekday]} ${day.day}`;

/** "Tuesday 2 March 2027" */
export function formatLongDate(isoDate: string): string {
  const day = calendarDay(isoDate);
  return `${longDay(day)} ${months[day.month - 1]} ${day.year}`;
}

/** "Tue 2 Mar" */
export function formatShortDate(isoDate: string): string {
  const day = calendarDay(isoDate);
  return `${weekdays[day.weekday]?.slice(0, 3)} ${day.day} ${months[day.month - 1]?.slice(0, 3)}`;
}

/** "Tuesday 2 and Wednesday 3 March 2027", or across a month end "Wednesday 31 March and Thursday 1 April 2027". */
export function formatDayPair(first: string, second: string): string {
  const a = calendarDay(first);
  const b = calendarDay(second);
  if (a.year !== b.year) return `${formatLongDate(first)} and ${formatLongDate(second)}`;
  const firstPart = a.month === b.month ? longDay(a) : `${longDay(a)} ${months[a.month - 1]}`;
  return `${firstPart} and ${formatLongDate(second)}`;
}

/** Today's date in the programme's time zone, as 2027-03-02. */
export function todayIso(now: Date = new Date()): string {
  return isoOf(inLondon(now));
}

const utcOf = (isoDate: string) => {
  const { year, month, day } = calendarDay(isoDate);
  return Date.UTC(year, month - 1, day);
};

export function daysUntil(isoDate: string, now: Date = new Date()): number {
  return Math.round((utcOf(isoDate) - utcOf(todayIso(now))) / DAY_MS);
}

/** The instant at which a London wall-clock time happens, right on both sides of a clock change. */
export function londonInstant(isoDate: string, clock: string): Date {
  const { year, month, day } = calendarDay(isoDate);
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hours, minutes);
  // London is UTC or an hour ahead; the offset at the first guess settles it either side of a change.
  const offsetAt = (instant: number) => {
    const wall = inLondon(new Date(instant));
    return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - instant;
  };
  const guess = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(guess));
}

export function addDaysIso(isoDate: string, days: number): string {
  const date = new Date(utcOf(isoDate) + days * DAY_MS);
  return isoOf({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** "Tuesday 2 March 2027 at 14:30", in London time whatever the device's zone. */
export function formatDateTime(instant: Date): string {
  const london = inLondon(instant);
  return `${formatLongDate(isoOf(london))} at ${pad(london.hour)}:${pad(london.minute)}`;
}

/** "2 March 2027", for when something was written. */
export function formatWrittenOn(instant: Date): string {
  const london = inLondon(instant);
  return `${london.day} ${months[london.month - 1]} ${london.year}`;
}

/** The London calendar date and clock time of an instant, for date and time inputs. */
export function londonDateAndTime(instant: Date): { date: string; time: string } {
  const london = inLondon(instant);
  return { date: isoOf(london), time: `${pad(london.hour)}:${pad(london.minute)}` };
}
