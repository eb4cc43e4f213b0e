import { daysAttended } from '@/lib/attendance';
import {
  isPreReading,
  type AttendanceMark,
  type DirectorCall,
  type Goal,
  type Material,
  type Member,
  type Reading,
} from '@/lib/firestore/schemas';

export type ReadinessRow = {
  uid: string;
  name: string;
  organisation: string;
  directorCall: 'done' | 'booked' | 'not booked';
  goals: number;
  /** Required pre-reading of the next module: optional items never hold anyone back. */
  readingDone: number;
  readingTotal: number;
  takeaways: number;
  /** Module days attended so far (a part day is half), of the days already held. */
  daysAttended: number;
  daysHeld: number;
  daysMarked: number;
  ready: boolean;
  /** What stands between this person and "ready", in plain words; empty when ready. */
  missing: string[];
};

type Inputs = {
  participants: Member[];
  calls: (DirectorCall & { id: string })[];
  goals: Goal[];
  materials: (Material & { id: string })[];
  readings: Reading[];
  nextModuleId: string | undefined;
  attendance: Record<string, Record<string, AttendanceMark>>;
  heldDayKeys: string[];
};

/**
 * One row per participant. Ready means what participants are told is expected: the director call
 * held, a goal set and the next module's required reading done. Reflections are not asked for,
 * since keeping them private is always fine, so no journal entry is read or counted here.
 */
export function readinessRows(inputs: Inputs): ReadinessRow[] {
  const dueMaterials = inputs.materials.filter(
    (m) => m.moduleId === inputs.nextModuleId && m.required && isPreReading(m),
  );
  const dueIds = new Set(dueMaterials.map((m) => m.id));
  return inputs.participants
    .map((person) => {
      const call = inputs.calls.find((c) => c.id === person.uid);
      const mine = inputs.readings.filter(
        (r) => r.uid === person.uid && dueIds.has(r.materialId) && r.read,
      );
      const attendance = daysAttended(inputs.attendance[person.uid] ?? {}, inputs.heldDayKeys);
      const row: ReadinessRow = {
        uid: person.uid,
        name: person.displayName,
        organisation: person.organisation ?? '',
        directorCall: call?.completed ? 'done' : call?.scheduledAt ? 'booked' : 'not booked',
        goals: inputs.goals.filter((g) => g.ownerUid === person.uid).length,
        readingDone: mine.length,
        readingTotal: dueMaterials.length,
        takeaways: mine.filter((r) => r.takeaway.trim()).length,
        daysAttended: attendance.attended,
        daysHeld: attendance.held,
        daysMarked: attendance.marked,
        ready: false,
        missing: [],
      };
      row.missing = missingSteps(row);
      row.ready = row.missing.length === 0;
      return row;
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

function missingSteps(row: ReadinessRow): string[] {
  const left = row.readingTotal - row.readingDone;
  return [
    ...(row.directorCall === 'done'
      ? []
      : [
          row.directorCall === 'booked'
            ? 'director call booked, not yet held'
            : 'director call not booked',
        ]),
    ...(row.goals > 0 ? [] : ['no goal set']),
    ...(left > 0 ? [`${left} required ${left === 1 ? 'reading' : 'readings'} left`] : []),
  ];
}

/**
 * One field that a spreadsheet shows as the text it is (OWASP's advice on CSV injection). Text
 * starting with = + - @ (after any spaces), a tab or a carriage return could run as a formula, so
 * it gains a leading quote mark; text holding a quote, comma, tab or line break (a lone carriage
 * return included) is quoted, so it stays one field of one row. Counts are written as they are.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const defused = /^(\s*[=+\-@]|[\t\r])/.test(value);
  const safe = defused ? `'${value}` : value;
  return defused || /[",\r\n\t]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function readinessCsv(rows: ReadinessRow[]): string {
  const header = [
    'Name',
    'Organisation',
    'Director call',
    'Goals set',
    'Required pre-reading done',
    'Required pre-reading total',
    'Takeaways',
    'Days attended',
    'Days held',
    'Ready',
    'Missing',
  ];
  const lines = rows.map((r) =>
    [
      r.name,
      r.organisation,
      r.directorCall,
      r.goals,
      r.readingDone,
      r.readingTotal,
      r.takeaways,
      r.daysAttended,
      r.daysHeld,
      r.ready ? 'yes' : 'no',
      r.missing.join('; '),
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
