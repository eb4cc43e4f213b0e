import { Timestamp } from 'firebase-admin/firestore';
import { addDaysIso, formatDateTime, londonInstant } from '@/lib/dates';
import { ledgerId, sendOnce } from '../mail/ledger';
import { renderLetter } from '../mail/layout';
import type { OpenCohort } from '../cohort-data';
import { emailsOf, firstName, settingsOf } from '../recipients';
import { linksFor, type Services } from '../services';

/** Reminds each participant whose director call is on the day after `today` (London dates). */
export async function sendCallReminders(
  services: Services,
  cohort: OpenCohort,
  today: string,
): Promise<number> {
  const tomorrow = addDaysIso(today, 1);
  const calls = await services.db
    .collection(`cohorts/${cohort.id}/directorCalls`)
    .where('scheduledAt', '>=', Timestamp.fromDate(londonInstant(tomorrow, '00:00')))
    .where('scheduledAt', '<', Timestamp.fromDate(londonInstant(addDaysIso(tomorrow, 1), '00:00')))
    .get();
  const due = calls.docs.filter((doc) => doc.get('completed') !== true);
  const uids = due.map((doc) => doc.id);
  const [emails, settings] = await Promise.all([
    emailsOf(services, uids),
    settingsOf(services, uids),
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
    const message = renderLetter(
      {
        to: email,
        subject: 'Your call with the programme director is tomorrow',
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
