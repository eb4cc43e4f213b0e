// Some of autumn 2025's alumni completed the programme, and Ruth confirmed it after module 4.
import { Timestamp } from 'firebase-admin/firestore';
import { addDaysIso, londonInstant } from '../../src/lib/dates/index.ts';
import type { DemoDocument } from './demo-content.ts';
import { alumniCohort, type DemoPerson } from './demo-people.ts';
import type { DemoTimetable } from './demo-programme.ts';

const minutesOf = (clock: string) => {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
};

/** Hours of every session of every module, as attended by someone present throughout. */
function programmeHours(timetable: DemoTimetable): number {
  const minutes = timetable.modules
    .flatMap((module) => module.sessions)
    .reduce((sum, s) => sum + Math.max(minutesOf(s.end) - minutesOf(s.start), 0), 0);
  return minutes / 60;
}

/** The first three alumni attended every day and had their director call; all three confirmed. */
export const completedAlumni = alumniCohort.participants.slice(0, 3);

export function alumniCompletions(timetable: DemoTimetable): DemoDocument[] {
  const base = `cohorts/${alumniCohort.id}`;
  const [director] = alumniCohort.facilitators as [DemoPerson];
  const lastDay = timetable.modules.find((module) => module.number === 4)?.days[1] ?? '';
  const days = Object.fromEntries(
    [1, 2, 3, 4].flatMap((m) => [1, 2].map((d) => [`${m}-${d}`, 'present'])),
  );
  const confirmedAt = Timestamp.fromDate(londonInstant(addDaysIso(lastDay, 3), '11:00'));
  return completedAlumni.flatMap((person) => [
    {
      path: `${base}/attendance/${person.uid}`,
      data: { uid: person.uid, days, updatedAt: confirmedAt },
    },
    {
      path: `${base}/directorCalls/${person.uid}`,
      data: {
        uid: person.uid,
        scheduledAt: Timestamp.fromDate(
          londonInstant(addDaysIso(timetable.cohort.startDate, 7), '10:00'),
        ),
        completed: true,
        summary: 'We agreed your goals for the programme.',
      },
    },
    {
      path: `${base}/completions/${person.uid}`,
      data: {
        uid: person.uid,
        displayName: person.displayName,
        daysAttended: 8,
        hoursAttended: programmeHours(timetable),
        directorName: director.displayName,
        directorUid: director.uid,
        confirmedBy: director.uid,
        confirmedAt,
      },
    },
  ]);
}
