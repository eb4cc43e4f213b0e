import {
  addDaysIso,
  daysUntil,
  formatDayPair,
  formatLongDate,
  londonInstant,
  todayIso,
} from '@/lib/dates';
import { feedbackState, feedbackWindow } from '@/lib/feedback-window';
import { hasGivenFeedback } from '../feedback/summary';
import { LEDGER, ledgerId, sendOnce } from '../mail/ledger';
import { renderLetter, type Block } from '../mail/layout';
import {
  firstSession,
  moduleCalendar,
  parseModule,
  type CohortModule,
  type OpenCohort,
  programmeNameOf,
} from '../cohort-data';
import { cohortMembers, cohortRecipients, firstName } from '../recipients';
import { linksFor, type Services } from '../services';

export type ReminderLead = { days: 7 | 1 };
export const reminderLeads: ReminderLead[] = [{ days: 7 }, { days: 1 }];

/**
 * The reminder a module is owed at `now`, if any. Each lead is due from its day until the next
 * lead's day, and the last until the first session starts, so a morning run that did not happen
 * (or failed) is made up by the next one; a late 7-day reminder is never sent beside the 1-day one,
 * which supersedes it. The ledger, not this window, is what keeps each from going twice.
 */
export function dueReminder(module: CohortModule, now: Date): ReminderLead | null {
  const left = daysUntil(module.days[0], now);
  if (left < 0) return null;
  if (left === 0) {
    const first = firstSession(module);
    if (now >= londonInstant(first.day, first.start)) return null;
  }
  return (
    [...reminderLeads].sort((a, b) => a.days - b.days).find((lead) => left <= lead.days) ?? null
  );
}

function startsIn(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

type Material = { id: string; title: string; minutes: number; required: boolean };

async function requiredReadings(services: Services, cohortId: string, moduleId: string) {
  const snapshot = await services.db
    .collection(`cohorts/${cohortId}/materials`)
    .where('moduleId', '==', moduleId)
    .get();
  return snapshot.docs
    .map((doc) => ({ id: doc.id, ...(doc.data() as Omit<Material, 'id'>) }))
    .filter((material) => material.required)
    .sort((a, b) => a.title.localeCompare(b.title));
}

async function readMaterialIds(
  services: Services,
  cohortId: string,
  uid: string,
  moduleId: string,
) {
  const snapshot = await services.db
    .collection(`cohorts/${cohortId}/readings`)
    .where('uid', '==', uid)
    .where('moduleId', '==', moduleId)
    .get();
  return new Set(
    snapshot.docs
      .filter((doc) => doc.get('read') === true)
      .map((doc) => doc.get('materialId') as string),
  );
}

export function venueBlocks(module: CohortModule): Block[] {
  return [
    ...(module.venue ? [{ type: 'paragraph' as const, text: `Where: ${module.venue}` }] : []),
    ...(module.joiningDetails
      ? [{ type: 'paragraph' as const, text: `Joining details: ${module.joiningDetails}` }]
      : []),
  ];
}

/** The module before this one, while its feedback can still be given. */
async function previousOpenForFeedback(
  services: Services,
  cohortId: string,
  module: CohortModule,
): Promise<CohortModule | null> {
  const id = `module-${module.number - 1}`;
  const previous = parseModule(
    id,
    (await services.db.doc(`cohorts/${cohortId}/modules/${id}`).get()).data(),
  );
  const today = todayIso(services.now());
  return previous && feedbackState(previous, [previous, module], today) === 'open'
    ? previous
    : null;
}

function feedbackBlocks(previous: CohortModule, module: CohortModule, url: string): Block[] {
  const lastDay = addDaysIso(feedbackWindow(previous, [previous, module]).closes, -1);
  return [
    { type: 'heading', text: `Your feedback on module ${previous.number}` },
    {
      type: 'paragraph',
      text: `You have not said how module ${previous.number} landed yet. It takes a few minutes, it is anonymous (the facilitators only see totals and unnamed comments, once at least 3 people have answered), and it is open until ${formatLongDate(lastDay)}.`,
    },
    { type: 'link', label: 'Give feedback', url },
  ];
}

/**
 * One reminder to each participant of the cohort, personal to what they have not read yet, and
 * asking for feedback on the previous module if they have not given it.
 */
export async function sendModuleReminders(
  services: Services,
  cohort: OpenCohort,
  module: CohortModule,
  lead: ReminderLead,
): Promise<number> {
  const [participants, materials, calendar, previous, programme] = await Promise.all([
    cohortMembers(services, cohort.id).then((members) =>
      cohortRecipients(services, members, ['participant']),
    ),
    requiredReadings(services, cohort.id, module.id),
    moduleCalendar(cohort.id, cohort.name, module),
    previousOpenForFeedback(services, cohort.id, module),
    programmeNameOf(services, cohort.id),
  ]);
  const first = firstSession(module);
  const starts = startsIn(daysUntil(module.days[0], services.now()));
  const timetableUrl = `${services.portalUrl}/cohorts/${encodeURIComponent(cohort.id)}/timetable`;
  const readingUrl = `${services.portalUrl}/cohorts/${encodeURIComponent(cohort.id)}/pre-reading`;
  const feedbackUrl = `${services.portalUrl}/cohorts/${encodeURIComponent(cohort.id)}/feedback`;
  let sent = 0;
  for (const person of participants) {
    if (!person.settings.moduleReminders) continue;
    const id = ledgerId(
      'module-reminder',
      cohort.id,
      module.id,
      module.days[0],
      `${lead.days}d`,
      person.uid,
    );
    // The window brings a module back on several mornings: skip the reads for those reminded.
    if ((await services.db.collection(LEDGER).doc(id).get()).exists) continue;
    const read = await readMaterialIds(services, cohort.id, person.uid, module.id);
    const unread = materials.filter((material) => !read.has(material.id));
    const owesFeedback =
      previous !== null && !(await hasGivenFeedback(services, cohort.id, previous.id, person.uid));
    const message = renderLetter(
      {
        to: person.email,
        subject: `Module ${module.number} starts ${starts}: ${module.title}`,
        programme,
        greeting: `Dear ${firstName(person.displayName)},`,
        blocks: [
          {
            type: 'paragraph',
            text: `Module ${module.number}, “${module.title}”, is on ${formatDayPair(module.days[0], module.days[1])}. The first session starts at ${first.start} on ${formatLongDate(first.day)}.`,
          },
          ...venueBlocks(module),
          { type: 'heading', text: 'Your pre-reading' },
          unread.length === 0
            ? {
                type: 'paragraph',
                text: 'You have marked all the required reading for this module as read. Thank you.',
              }
            : {
                type: 'paragraph',
                text: `You have not yet marked ${unread.length === 1 ? 'this required reading' : `these ${unread.length} required readings`} as read:`,
              },
          ...(unread.length > 0
            ? [
                {
                  type: 'list' as const,
                  items: unread.map((m) => `${m.title} (about ${m.minutes} minutes)`),
                },
              ]
            : []),
          { type: 'link', label: 'Open the pre-reading', url: readingUrl },
          { type: 'link', label: 'See the timetable', url: timetableUrl },
          {
            type: 'paragraph',
            text: 'The module is attached as a calendar file: open it to add both days to your calendar.',
          },
          ...(owesFeedback && previous ? feedbackBlocks(previous, module, feedbackUrl) : []),
        ],
        reason: `You get this email because you are a participant in ${cohort.name} and module reminders are on.`,
        optOut: { uid: person.uid, kind: 'moduleReminders' },
        attachments: calendar,
      },
      linksFor(services),
    );
    if (
      await sendOnce(services, { id, kind: 'moduleReminders', recipientUid: person.uid, message })
    )
      sent += 1;
  }
  return sent;
}
