import type { EventAttributes } from 'ics';
import { londonInstant } from '@/lib/dates';
import type { Module } from '@/lib/firestore/schemas';

const DOMAIN = 'collaborative-leadership-portal';

type ExportModule = Module & { id: string };

/** One event per module day, from the first session to the last, with the agenda in the notes. */
function dayEvents(cohortId: string, module: ExportModule): EventAttributes[] {
  return module.days.map((day, index) => {
    const sessions = module.sessions
      .filter((session) => session.day === index + 1)
      .sort((a, b) => a.start.localeCompare(b.start));
    const start = sessions[0]?.start ?? '09:30';
    const end = sessions.at(-1)?.end ?? '16:30';
    const agenda = sessions
      .map((s) => `${s.start}–${s.end} ${s.title}${s.leader ? ` (${s.leader})` : ''}`)
      .join('\n');
    return {
      uid: `${cohortId}-${module.id}-day-${index + 1}@${DOMAIN}`,
      sequence: module.revision,
      title: `Module ${module.number}, day ${index + 1}: ${module.title}`,
      description: [agenda, module.joiningDetails].filter(Boolean).join('\n\n') || undefined,
      location: module.venue || undefined,
      start: londonInstant(day, start).getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: londonInstant(day, end).getTime(),
      endInputType: 'utc',
      endOutputType: 'utc',
      busyStatus: 'BUSY',
    };
  });
}

/** An RFC 5545 calendar of the given modules: stable UIDs, rising SEQUENCE, times in UTC. */
export async function buildCalendar(
  cohortId: string,
  calendarName: string,
  modules: ExportModule[],
): Promise<string> {
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(
    modules.flatMap((module) => dayEvents(cohortId, module)),
    {
      productId: `-//${DOMAIN}//timetable//EN`,
      calName: calendarName,
      method: 'PUBLISH',
    },
  );
  if (error || !value) throw error ?? new Error('The calendar file could not be made.');
  return value;
}

export function downloadCalendar(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
