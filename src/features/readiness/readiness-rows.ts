import { daysAttended } from '@/lib/attendance';
import type {
  AttendanceMark,
  DirectorCall,
  Goal,
  JournalEntry,
  Material,
  Member,
  Reading,
} from '@/lib/firestore/schemas';

export type ReadinessRow = {
  uid: string;
  name: string;
  organisation: string;
  directorCall: 'done' | 'booked' | 'not booked';
  goals: number;
  readingDone: number;
  readingTotal: number;
  takeaways: number;
  sharedReflections: number;
  /** Module days attended so far (a part day is half), of the days already held. */
  daysAttended: number;
  daysHeld: number;
  daysMarked: number;
  ready: boolean;
};

type Inputs = {
  participants: Member[];
  calls: (DirectorCall & { id: string })[];
  goals: Goal[];
  materials: (Material & { id: string })[];
  readings: Reading[];
  visibleEntries: Pick<JournalEntry, 'authorUid' | 'moduleId' | 'visibility'>[];
  nextModuleId: string | undefined;
  previousModuleId: string | undefined;
  attendance: Record<string, Record<string, AttendanceMark>>;
  heldDayKeys: string[];
};

/**
 * One row per participant. Only entries the facilitators may read are passed in, so a private
 * entry can neither be counted nor inferred.
 */
export function readinessRows(inputs: Inputs): ReadinessRow[] {
  const dueMaterials = inputs.materials.filter((m) => m.moduleId === inputs.nextModuleId);
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
        sharedReflections: inputs.visibleEntries.filter(
          (e) =>
            e.authorUid === person.uid &&
            e.moduleId === inputs.previousModuleId &&
            e.visibility !== 'private',
        ).length,
        daysAttended: attendance.attended,
        daysHeld: attendance.held,
        daysMarked: attendance.marked,
        ready: false,
      };
      row.ready =
        row.directorCall === 'done' &&
        row.goals > 0 &&
        row.readingDone === row.readingTotal &&
        (inputs.previousModuleId === undefined || row.sharedReflections > 0);
      return row;
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
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
    'Pre-reading done',
    'Pre-reading total',
    'Takeaways',
    'Reflections shared',
    'Days attended',
    'Days held',
    'Ready',
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
      r.sharedReflections,
      r.daysAttended,
      r.daysHeld,
      r.ready ? 'yes' : 'no',
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
