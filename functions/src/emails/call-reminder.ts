import { Timestamp } from 'firebase-admin/firestore';
import { addDaysIso, formatDateTime, londonInstant, todayIso } from '@/lib/dates';
import { ledgerId, sendOnce } from '../mail/ledger';
import { renderLetter } from '../mail/layout';
import { programmeNameOf, type OpenCohort } from '../cohort-data';
import { emailsOf, firstName, settingsOf } from '../recipients';
import { linksFor, type Services } from '../services';

/**
 * Reminds each participant whose director call is tomorrow (London dates), or still to come today:
 * a reminder is due from the day before the call until the call, so a morning run that did not
 * happen is made up by the next one, and the ledger id (the call's own time) keeps it to one.
 */
export async function sendCallReminders(services: Services, cohort: OpenCohort): Promise<number> {
  const now = services.now();
  const today = todayIso(now);
  const calls = await services.db
    .collection(`cohorts/${cohort.id}/directorCalls`)
    .where('scheduledAt', '>', Timestamp.fromDate(now))
    .where('scheduledAt', '<', Timestamp.fromDate(londonInstant(addDaysIso(today, 2), '00:00')))
    .get();
  const due = calls.docs.filter((doc) => doc.get('completed') !== true);
  const uids = due.map((doc) => doc.id);
  const [emails, settings, programme] = await Promise.all([
    emailsOf(services, uids),
    settingsOf(services, uids),
    programmeNameOf(services, cohort.id),
  ]);
  const names = new Map(
    (
      await Promise.all(
        uids.map((uid) => services.db.doc(`cohorts/${cohort.id}/members/${uid}`).get()),
      )
    ).map((doc) => [doc.id, (doc.get('displayName') as string | undefined) ?? '']),
  );
  let sent = 0;
  for (const call of due) {
    const email = emails.get(call.id);
    if (!email || settings.get(call.id)?.callReminders === false) continue;
    const at = (call.get('scheduledAt') as Timestamp).toDate();
    const when = todayIso(at) === today ? 'today' : 'tomorrow';
    const message = renderLetter(
      {
        to: email,
        subject: `Your call with the programme director is ${when}`,
        programme,
        greeting: `Dear ${firstName(names.get(call.id) || 'colleague')},`,
        blocks: [
          {
            type: 'paragraph',
            text: `Your telephone call with the programme director is on ${formatDateTime(at)} (UK time).`,
          },
          { type: 'heading', text: 'How to prepare' },
          {
            type: 'list',
            items: [
              'Your role, and the partnership or system you work across',
              'What you most want to be different for you after the programme',
              'One or two situations where working across organisations is hard today',
            ],
          },
          {
            type: 'paragraph',
            text: 'The goals you agree in the call appear on your Goals page afterwards, and shape what the modules cover.',
          },
          {
            type: 'link',
            label: 'Open your goals',
            url: `${services.portalUrl}/cohorts/${encodeURIComponent(cohort.id)}/goals`,
          },
        ],
        reason: `You get this email because you are a participant in ${cohort.name} and director call reminders are on.`,
        optOut: { uid: call.id, kind: 'callReminders' },
      },
      linksFor(services),
    );
    const id = ledgerId('call-reminder', cohort.id, call.id, at.toISOString());
    if (await sendOnce(services, { id, kind: 'callReminders', recipientUid: call.id, message }))
      sent += 1;
  }
  return sent;
}
