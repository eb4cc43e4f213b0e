import { addDaysIso, daysUntil } from '@/lib/dates';
import { cohortLabel } from '@/lib/firestore/network-vocabulary';
import {
  materialSchema,
  programmeSchema,
  programmeShown,
  type Programme,
} from '@/lib/firestore/schemas';
import { recordAudit, type AuditEntry } from '../audit/record';
import { parseModule, type CohortModule } from '../cohort-data';
import type { Services } from '../services';

export class NewCohortRefused extends Error {}

/**
 * "New cohort from…": a cohort's timetable (or its programme's outline) for a new cohort. Either
 * the first day of each module is given, or (from a cohort) a number of weeks to move every module
 * by. A session keeps its day of the module and its London clock times, so it moves with its module.
 */
export type NewCohortRequest = {
  from: { cohortId: string } | { programmeId: string };
  name: string;
  seatLimit: number;
  /** The new first day of each module, by module number. */
  firstDays?: Record<string, string>;
  shiftWeeks?: number;
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[^/]{1,128}$/;

export function parseNewCohortRequest(data: unknown): NewCohortRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const value = data as Record<string, unknown>;
  const from = (value['from'] ?? {}) as Record<string, unknown>;
  const cohortId = typeof from['cohortId'] === 'string' ? from['cohortId'] : '';
  const programmeId = typeof from['programmeId'] === 'string' ? from['programmeId'] : '';
  const fromCohort = ID.test(cohortId);
  const fromOutline = ID.test(programmeId);
  const name = typeof value['name'] === 'string' ? value['name'].trim() : '';
  const seatLimit = value['seatLimit'];
  const { firstDays, shiftWeeks } = value;
  const daysGiven =
    typeof firstDays === 'object' &&
    firstDays !== null &&
    Object.values(firstDays).every((day) => typeof day === 'string' && ISO.test(day));
  const shiftGiven = Number.isInteger(shiftWeeks) && Math.abs(shiftWeeks as number) <= 260;
  if (fromCohort === fromOutline || !name || name.length > 120) return null;
  if (!Number.isInteger(seatLimit) || (seatLimit as number) < 1 || (seatLimit as number) > 16) {
    return null;
  }
  if (daysGiven === shiftGiven || (fromOutline && !daysGiven)) return null;
  return {
    from: fromCohort ? { cohortId } : { programmeId },
    name,
    seatLimit: seatLimit as number,
    ...(daysGiven ? { firstDays: firstDays as Record<string, string> } : {}),
    ...(shiftGiven ? { shiftWeeks: shiftWeeks as number } : {}),
  };
}

type Source = {
  programmeId: string;
  programme: Programme;
  copiedFrom?: string;
  /** What it was copied from, as the audit log names it. */
  label: string;
  /** Modules as they will be copied, on their old dates (none, for an outline). */
  modules: (Omit<CohortModule, 'days'> & { days: [string, string] | null })[];
  materials: { id: string; data: Record<string, unknown> }[];
  /** Days from the start of the cohort to its first module's first day. */
  leadDays: number;
};

async function programmeOf(services: Pick<Services, 'db'>, programmeId: string) {
  const parsed = programmeSchema.safeParse(
    (await services.db.doc(`programmes/${programmeId}`).get()).data(),
  );
  if (!parsed.success) throw new NewCohortRefused('This programme no longer exists.');
  return parsed.data;
}

async function sourceOf(
  services: Pick<Services, 'db'>,
  from: NewCohortRequest['from'],
): Promise<Source> {
  const { db } = services;
  if ('programmeId' in from) {
    const programme = await programmeOf(services, from.programmeId);
    return {
      programmeId: from.programmeId,
      programme,
      modules: programme.outline.map((module) => ({
        ...module,
        id: `module-${module.number}`,
        days: null,
        venue: '',
        revision: 0,
      })),
      materials: [],
      leadDays: 0,
      label: `the outline of ${programme.name}`,
    };
  }
  const cohort = await db.doc(`cohorts/${from.cohortId}`).get();
  const programmeId = cohort.get('programmeId');
  if (!cohort.exists || typeof programmeId !== 'string') {
    throw new NewCohortRefused('The cohort to copy from no longer exists.');
  }
  const [modules, materials] = await Promise.all([
    db.collection(`cohorts/${from.cohortId}/modules`).get(),
    db.collection(`cohorts/${from.cohortId}/materials`).get(),
  ]);
  const parsed = modules.docs
    .flatMap((doc) => parseModule(doc.id, doc.data()) ?? [])
    .sort((a, b) => a.number - b.number);
  const first = parsed[0];
  return {
    programmeId,
    programme: await programmeOf(services, programmeId),
    copiedFrom: from.cohortId,
    label: cohort.get('name') as string,
    modules: parsed,
    materials: materials.docs.flatMap((doc) => {
      const material = materialSchema.safeParse(doc.data());
      if (!material.success) return [];
      // What a facilitator last changed says nothing about the new cohort, and its files are the
      // old cohort's objects, which go with that cohort's retention (decision 0035).
      const { changedAt: _changedAt, files: _files, ...data } = material.data;
      return [{ id: doc.id, data }];
    }),
    leadDays: first
      ? -daysUntil(cohort.get('startDate') as string, new Date(`${first.days[0]}T12:00:00Z`))
      : 0,
  };
}

/** The module's days on the new timetable: the first day given, or its own moved by the weeks. */
function newDays(module: Source['modules'][number], request: NewCohortRequest): [string, string] {
  const length = module.days
    ? daysUntil(module.days[1], new Date(`${module.days[0]}T12:00:00Z`))
    : 1;
  const given = request.firstDays?.[String(module.number)];
  const first =
    given ??
    (module.days && request.shiftWeeks !== undefined
      ? addDaysIso(module.days[0], request.shiftWeeks * 7)
      : undefined);
  if (!first) {
    throw new NewCohortRefused(`Give the first day of module ${module.number}.`);
  }
  return [first, addDaysIso(first, length)];
}

/** Makes the new cohort and its timetable in one transaction with its audit record; returns its id. */
export async function makeCohortFrom(
  services: Pick<Services, 'db'>,
  actor: AuditEntry['actor'],
  request: NewCohortRequest,
): Promise<{ cohortId: string }> {
  const { db } = services;
  const source = await sourceOf(services, request.from);
  if (source.modules.length === 0) {
    throw new NewCohortRefused('There are no modules to copy.');
  }
  const modules = source.modules.map((module) => ({ ...module, days: newDays(module, request) }));
  for (const [index, module] of modules.entries()) {
    const next = modules[index + 1];
    if (next && next.days[0] <= module.days[1]) {
      throw new NewCohortRefused(
        `Module ${next.number} must start after module ${module.number} ends.`,
      );
    }
  }
  const firstDay = modules[0]?.days[0] ?? '';
  const lastDay = modules.at(-1)?.days[1] ?? firstDay;
  const cohortRef = db.collection('cohorts').doc();
  await db.runTransaction(async (transaction) => {
    transaction.create(cohortRef, {
      programmeId: source.programmeId,
      name: request.name,
      startDate: addDaysIso(firstDay, -source.leadDays),
      endDate: lastDay,
      seatLimit: request.seatLimit,
      archived: false,
      seatsTaken: 0,
      ...(source.copiedFrom ? { copiedFrom: source.copiedFrom } : {}),
      // What its pages show of the programme, from the record as the client's cohort form writes it.
      programme: programmeShown(source.programme),
    });
    for (const { id, number, title, themes, days, venue, joiningDetails, sessions } of modules) {
      transaction.create(cohortRef.collection('modules').doc(id), {
        number,
        title,
        themes,
        days,
        venue,
        ...(joiningDetails ? { joiningDetails } : {}),
        sessions,
        revision: 0,
      });
    }
    for (const { id, data } of source.materials) {
      transaction.create(cohortRef.collection('materials').doc(id), data);
    }
    transaction.set(
      db.doc('networkCohorts/all'),
      { labels: { [cohortRef.id]: cohortLabel(request.name) } },
      { merge: true },
    );
    await recordAudit(
      db,
      {
        action: 'cohort.create-from',
        actor,
        cohortId: cohortRef.id,
        target: { label: request.name },
        detail: {
          from: source.label,
          modules: modules.length,
          materials: source.materials.length,
          ...(request.shiftWeeks !== undefined ? { shiftWeeks: request.shiftWeeks } : {}),
        },
      },
      transaction,
    );
  });
  return { cohortId: cohortRef.id };
}
