import { addDaysIso, formatDayPair, formatLongDate, todayIso } from '@/lib/dates';
import { feedbackState, feedbackWindow } from '@/lib/feedback-window';
import { hasGivenFeedback } from '../feedback/summary';
import { ledgerId, sendOnce } from '../mail/ledger';
import { renderLetter, type Block } from '../mail/layout';
import {
  firstSession,
  moduleCalendar,
  parseModule,
  type CohortModule,
  type OpenCohort,
} from '../cohort-data';
import { cohortMembers, cohortRecipients, firstName } from '../recipients';
import { linksFor, type Services } from '../services';

export type ReminderLead = { days: 7 | 1; label: string };
export const reminderLeads: ReminderLead[] = [
  { days: 7, label: 'in 7 days' },
  { days: 1, label: 'tomorrow' },
];

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
  const [participants, materials, calendar, previous] = await Promise.all([
    cohortMembers(services, cohort.id).then((members) =>
      cohortRecipients(services, members, ['participant']),
    ),
    requiredReadings(services, cohort.id, module.id),
    moduleCalendar(cohort.id, cohort.name, module),
    previousOpenForFeedback(services, cohort.id, module),
  ]);
  const first = firstSession(module);
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
    const read = await readMaterialIds(services, cohort.id, person.uid, module.id);
    const unread = materials.filter((material) => !read.has(material.id));
    const owesFeedback =
      previous !== null && !(await hasGivenFeedback(services, cohort.id, previous.id, person.uid));
    const message = renderLetter(
      {
        to: person.email,
        subject: `Module ${module.number} starts ${lead.label}: ${module.title}`,
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
