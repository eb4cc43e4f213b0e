import type { Timestamp } from 'firebase-admin/firestore';
import { formatLongDate, todayIso } from '@/lib/dates';
import { claimIn, deliver, ledgerId } from '../mail/ledger';
import { renderLetter } from '../mail/layout';
import { linksFor, type Services } from '../services';

/**
 * Tells a removed participant, once, that their place has ended and until when they can read and
 * download what they wrote. The claim is made with the departure read in the same transaction, so
 * a trigger delivered twice sends once, and nothing goes if staff erased them in the meantime.
 * Like an invitation, it cannot be turned off: it is about their data, not the programme's news.
 */
export async function sendDepartureNotice(
  services: Services,
  departureId: string,
): Promise<boolean> {
  const ref = services.db.doc(`departures/${departureId}`);
  const departure = await ref.get();
  if (!departure.exists) return false;
  const uid = departure.get('uid') as string;
  const email = await services.auth.getUser(uid).then(
    (user) => user.email,
    () => undefined,
  );
  if (!email) return false;
  const cohortName = departure.get('cohortName') as string;
  const endedAt = departure.get('endedAt') as Timestamp;
  const until = formatLongDate(todayIso((departure.get('accessEndsAt') as Timestamp).toDate()));
  const message = renderLetter(
    {
      to: email,
      subject: `Your place in ${cohortName} has ended`,
      greeting: 'Hello,',
      blocks: [
        {
          type: 'paragraph',
          text: `Your place in “${cohortName}” ended on ${formatLongDate(todayIso(endedAt.toDate()))}. The programme team or your facilitators made this change; ask them if you think it is a mistake.`,
        },
        {
          type: 'paragraph',
          text: `Until ${until} you can still sign in, read your own journal entries from the cohort and download everything the portal holds about you. Your private entries stay private; entries you shared stay readable to those you shared them with until then.`,
        },
        {
          type: 'paragraph',
          text: `After ${until}, what you wrote and recorded in the cohort (journal entries, goals, reading notes, feedback and attendance) is deleted, and cannot be brought back.`,
        },
        { type: 'link', label: 'Sign in to read and download', url: `${services.portalUrl}/` },
      ],
      reason: `You get this email because your place in ${cohortName} ended. It is sent once, and you cannot turn it off.`,
    },
    linksFor(services),
  );
  const id = ledgerId('departure', departureId, String(endedAt.toMillis()));
  const claimed = await services.db.runTransaction(async (transaction) => {
    if (!(await transaction.get(ref)).exists) return false;
    return claimIn(services, transaction, { id, kind: 'departure', recipientUid: uid, message });
  });
  if (!claimed) return false;
  return (await deliver(services, id)) === 'sent';
}
