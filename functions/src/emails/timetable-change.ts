import { daysUntil, formatDayPair, formatLongDate } from '@/lib/dates';
import { ledgerId, sendOnce } from '../mail/ledger';
import { renderLetter, type Block } from '../mail/layout';
import { moduleCalendar, type CohortModule } from '../cohort-data';
import { cohortRecipients, firstName, type CohortMember } from '../recipients';
import { linksFor, type Services } from '../services';

/** People hear about changes to a module that starts within this many days. */
export const CHANGE_NOTICE_DAYS = 21;

const sessionLine = (s: CohortModule['sessions'][number]) =>
  `Day ${s.day}, ${s.start}–${s.end}: ${s.title}${s.leader ? ` (${s.leader})` : ''}`;

/** What changed that matters to someone coming, in plain sentences; empty if nothing did. */
export function describeChanges(before: CohortModule, after: CohortModule): Block[] {
  const blocks: Block[] = [];
  if (before.days[0] !== after.days[0] || before.days[1] !== after.days[1]) {
    blocks.push({
      type: 'paragraph',
      text: `New dates: ${formatDayPair(after.days[0], after.days[1])} (was ${formatDayPair(before.days[0], before.days[1])}).`,
    });
  }
  if (before.venue !== after.venue) {
    blocks.push({
      type: 'paragraph',
      text: after.venue
        ? `New venue: ${after.venue}${before.venue ? ` (was ${before.venue})` : ''}.`
        : 'The venue has been removed; check the timetable for details.',
    });
  }
  if ((before.joiningDetails ?? '') !== (after.joiningDetails ?? '')) {
    blocks.push({
      type: 'paragraph',
      text: after.joiningDetails
        ? `New joining details: ${after.joiningDetails}`
        : 'The joining details have been removed.',
    });
  }
  const was = before.sessions.map(sessionLine);
  const now = after.sessions.map(sessionLine);
  if (was.join('\n') !== now.join('\n')) {
    const added = now.filter((line) => !was.includes(line));
    const removed = was.filter((line) => !now.includes(line));
    blocks.push({ type: 'paragraph', text: 'The sessions have changed.' });
    if (added.length > 0)
      blocks.push({ type: 'paragraph', text: 'New or moved:' }, { type: 'list', items: added });
    if (removed.length > 0)
      blocks.push(
        { type: 'paragraph', text: 'No longer on the agenda:' },
        { type: 'list', items: removed },
      );
  }
  return blocks;
}

export async function sendTimetableChange(
  services: Services,
  cohortId: string,
  before: CohortModule,
  after: CohortModule,
  members: CohortMember[],
): Promise<number> {
  const today = services.now();
  const soon = [before.days[0], after.days[0]].some((day) => {
    const days = daysUntil(day, today);
    return days >= 0 && days <= CHANGE_NOTICE_DAYS;
  });
  const changes = describeChanges(before, after);
  if (!soon || changes.length === 0) return 0;
  const cohort = await services.db.doc(`cohorts/${cohortId}`).get();
  if (!cohort.exists || cohort.get('archived') === true) return 0;
  const cohortName = cohort.get('name') as string;
  const [recipients, calendar] = await Promise.all([
    cohortRecipients(services, members, ['participant', 'facilitator']),
    moduleCalendar(cohortId, cohortName, after),
  ]);
  let sent = 0;
  for (const person of recipients) {
    if (!person.settings.timetableChanges) continue;
    const message = renderLetter(
      {
        to: person.email,
        subject: `Module ${after.number} has changed: ${after.title}`,
        greeting: `Dear ${firstName(person.displayName)},`,
        blocks: [
          {
            type: 'paragraph',
            text: `Module ${after.number}, “${after.title}”, starting ${formatLongDate(after.days[0])}, has changed:`,
          },
          ...changes,
          {
            type: 'paragraph',
            text: 'The updated module is attached as a calendar file; opening it updates the events you added before.',
          },
          {
            type: 'link',
            label: 'See the timetable',
            url: `${services.portalUrl}/cohorts/${encodeURIComponent(cohortId)}/timetable`,
          },
        ],
        reason: `You get this email because you are a member of ${cohortName} and timetable changes are on.`,
        optOut: { uid: person.uid, kind: 'timetableChanges' },
        attachments: calendar,
      },
      linksFor(services),
    );
    const id = ledgerId('timetable', cohortId, after.id, `rev${after.revision}`, person.uid);
    if (
      await sendOnce(services, { id, kind: 'timetableChanges', recipientUid: person.uid, message })
    )
      sent += 1;
  }
  return sent;
}
