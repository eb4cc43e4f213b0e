import { formatDayPair, formatLongDate } from '@/lib/dates';
import { startsSoon } from '@/lib/timetable-news';
import { ledgerId, sendOnce } from '../mail/ledger';
import { renderLetter, type Block } from '../mail/layout';
import { moduleCalendar, type CohortModule, programmeNameOf } from '../cohort-data';
import { cohortRecipients, firstName, type CohortMember } from '../recipients';
import { linksFor, type Services } from '../services';

type Session = CohortModule['sessions'][number];

const sessionTime = (s: Session) => `Day ${s.day}, ${s.start}–${s.end}`;
const sessionLine = (s: Session) =>
  `${sessionTime(s)}: ${s.title}${s.leader ? ` (${s.leader})` : ''}`;

/** What a session kept under its title was before, in the parts that changed. */
function wasLine(was: Session, now: Session): string {
  const parts = [
    ...(sessionTime(was) !== sessionTime(now) ? [sessionTime(was)] : []),
    ...((was.leader ?? '') !== (now.leader ?? '')
      ? [was.leader ? `led by ${was.leader}` : 'no leader named']
      : []),
  ];
  return `${sessionLine(now)} (was ${parts.join(', ')})`;
}

/**
 * Sessions are matched by title, so one at a new time reads as moved rather than as dropped
 * from the agenda and added again.
 */
function sessionChanges(before: Session[], after: Session[]) {
  const unmatched = [...before];
  const take = (matches: (s: Session) => boolean) => {
    const index = unmatched.findIndex(matches);
    return index < 0 ? undefined : unmatched.splice(index, 1)[0];
  };
  const different = after.filter((s) => !take((b) => sessionLine(b) === sessionLine(s)));
  const added: string[] = [];
  const moved: string[] = [];
  for (const session of different) {
    const was = take((b) => b.title === session.title);
    if (was) moved.push(wasLine(was, session));
    else added.push(sessionLine(session));
  }
  return { added, moved, removed: unmatched.map(sessionLine) };
}

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
  const { added, moved, removed } = sessionChanges(before.sessions, after.sessions);
  if (added.length + moved.length + removed.length > 0) {
    blocks.push({ type: 'paragraph', text: 'The sessions have changed.' });
    if (moved.length > 0)
      blocks.push({ type: 'paragraph', text: 'Moved or changed:' }, { type: 'list', items: moved });
    if (added.length > 0)
      blocks.push({ type: 'paragraph', text: 'New:' }, { type: 'list', items: added });
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
  // The facilitator chose "save quietly": the timetable and "what's new" still show the change.
  if (after.quiet === true) return 0;
  const changes = describeChanges(before, after);
  if (!startsSoon(before, after, services.now()) || changes.length === 0) return 0;
  const cohort = await services.db.doc(`cohorts/${cohortId}`).get();
  if (!cohort.exists || cohort.get('archived') === true) return 0;
  const cohortName = cohort.get('name') as string;
  const [recipients, calendar, programme] = await Promise.all([
    cohortRecipients(services, members, ['participant', 'facilitator']),
    moduleCalendar(cohortId, cohortName, after),
    programmeNameOf(services, cohortId),
  ]);
  let sent = 0;
  for (const person of recipients) {
    if (!person.settings.timetableChanges) continue;
    const message = renderLetter(
      {
        to: person.email,
        subject: `Module ${after.number} has changed: ${after.title}`,
        programme,
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
