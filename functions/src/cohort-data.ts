import { buildCalendar } from '@/features/timetable/calendar-export';
import { moduleSchema, type Module } from '@/lib/firestore/schemas';
import type { MailMessage } from './mail/message';
import type { Services } from './services';

export type CohortModule = Module & { id: string };
export type OpenCohort = { id: string; name: string };

/** Cohorts still running; archived ones get no reminders. */
export async function openCohorts(services: Services): Promise<OpenCohort[]> {
  const snapshot = await services.db.collection('cohorts').where('archived', '==', false).get();
  return snapshot.docs.map((doc) => ({ id: doc.id, name: doc.get('name') as string }));
}

/**
 * The name of the programme a cohort belongs to, from its record (decision 0031); undefined for a
 * cohort without one, whose emails then name the portal alone.
 */
export async function programmeNameOf(
  services: Pick<Services, 'db'>,
  cohortId: string,
): Promise<string | undefined> {
  const programmeId = (await services.db.doc(`cohorts/${cohortId}`).get()).get('programmeId');
  if (typeof programmeId !== 'string' || !programmeId) return undefined;
  const name = (await services.db.doc(`programmes/${programmeId}`).get()).get('name');
  return typeof name === 'string' ? name : undefined;
}

export function parseModule(id: string, data: unknown): CohortModule | null {
  const parsed = moduleSchema.safeParse(data);
  return parsed.success ? { ...parsed.data, id } : null;
}

export async function modulesOf(services: Services, cohortId: string): Promise<CohortModule[]> {
  const snapshot = await services.db.collection(`cohorts/${cohortId}/modules`).get();
  return snapshot.docs.flatMap((doc) => parseModule(doc.id, doc.data()) ?? []);
}

/** The first session of a module: its day and start time, for "starts at 09:30 on Tuesday". */
export function firstSession(module: Module): { day: string; start: string } {
  const firstDay = module.sessions
    .filter((session) => session.day === 1)
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  return { day: module.days[0], start: firstDay?.start ?? '09:30' };
}

/** The module as a calendar file to attach: opening it adds, or updates, both days. */
export async function moduleCalendar(
  cohortId: string,
  cohortName: string,
  module: CohortModule,
): Promise<NonNullable<MailMessage['attachments']>> {
  return [
    {
      filename: `module-${module.number}.ics`,
      content: await buildCalendar(cohortId, `${cohortName}: module ${module.number}`, [module]),
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    },
  ];
}
