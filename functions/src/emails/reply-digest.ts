import { FieldPath, FieldValue, Timestamp } from 'firebase-admin/firestore';
import { addDaysIso, formatWrittenOn, londonInstant, todayIso } from '@/lib/dates';
import { claimIn, deliver, ledgerId } from '../mail/ledger';
import { renderLetter } from '../mail/layout';
import { emailsOf, firstName, settingsOf } from '../recipients';
import { linksFor, type Services } from '../services';

/**
 * Replies reach an entry's author as a digest: the first reply opens an hour's window, and every
 * reply in it goes out in one email, so nobody gets more than one an hour. A daily digest waits
 * for the next morning's run. The email names who replied on which entry (by module and date,
 * never its title or words) and links to it.
 */
export const DIGESTS = 'replyDigests';
const WINDOW_MS = 60 * 60_000;
export const DAILY_SEND_TIME = '07:00';

type PendingReply = {
  cohortId: string;
  entryId: string;
  moduleId: string;
  entryWrittenAt: Timestamp;
  replierName: string;
  at: Timestamp;
};

function nextDailySend(now: Date): Date {
  const today = todayIso(now);
  const todays = londonInstant(today, DAILY_SEND_TIME);
  return todays > now ? todays : londonInstant(addDaysIso(today, 1), DAILY_SEND_TIME);
}

/** What a digest needs of the entry replied to: whose it is, its module and when it was written. */
export type RepliedEntry = { authorUid: string; moduleId: string; createdAt: Timestamp };

export async function readRepliedEntry(
  services: Services,
  cohortId: string,
  entryId: string,
): Promise<RepliedEntry | null> {
  const entry = (await services.db.doc(`cohorts/${cohortId}/journal/${entryId}`).get()).data();
  return entry ? (entry as RepliedEntry) : null;
}

/** Adds one reply to its entry author's digest; the same reply twice is added once. */
export async function queueReply(
  services: Services,
  path: { cohortId: string; entryId: string; commentId: string },
  entry: RepliedEntry,
  reply: { authorUid: string; authorName: string },
): Promise<boolean> {
  const authorUid = entry.authorUid;
  if (!authorUid || authorUid === reply.authorUid) return false;
  const delivery = (await settingsOf(services, [authorUid])).get(authorUid)?.replies ?? 'digest';
  if (delivery === 'off') return false;
  const ref = services.db.collection(DIGESTS).doc(authorUid);
  const now = services.now();
  return services.db.runTransaction(async (transaction) => {
    const digest = (await transaction.get(ref)).data() ?? {};
    const pending = (digest['pending'] ?? {}) as Record<string, PendingReply>;
    if (pending[path.commentId]) return false;
    const lastSent = (digest['lastSentAt'] as Timestamp | undefined)?.toMillis() ?? 0;
    const dueAt =
      Object.keys(pending).length > 0 && digest['dueAt']
        ? (digest['dueAt'] as Timestamp)
        : Timestamp.fromMillis(
            delivery === 'daily'
              ? nextDailySend(now).getTime()
              : Math.max(now.getTime() + WINDOW_MS, lastSent + WINDOW_MS),
          );
    const item: PendingReply = {
      cohortId: path.cohortId,
      entryId: path.entryId,
      moduleId: entry.moduleId,
      entryWrittenAt: entry.createdAt,
      replierName: reply.authorName,
      at: Timestamp.fromDate(now),
    };
    transaction.set(
      ref,
      { uid: authorUid, dueAt, pending: { [path.commentId]: item } },
      { merge: true },
    );
    return true;
  });
}

async function describeEntry(services: Services, reply: PendingReply): Promise<string> {
  const written = formatWrittenOn(reply.entryWrittenAt.toDate());
  if (reply.moduleId === 'general') return `your general reflection written on ${written}`;
  const module = await services.db.doc(`cohorts/${reply.cohortId}/modules/${reply.moduleId}`).get();
  const number = module.get('number') as number | undefined;
  return number
    ? `your reflection on module ${number}, written on ${written}`
    : `your reflection written on ${written}`;
}

/** Sends every digest whose window has closed. */
export async function sendDueReplyDigests(services: Services): Promise<number> {
  const now = services.now();
  const due = await services.db
    .collection(DIGESTS)
    .where('dueAt', '<=', Timestamp.fromDate(now))
    .get();
  let sent = 0;
  for (const doc of due.docs) {
    const uid = doc.id;
    const [emails, settings] = await Promise.all([
      emailsOf(services, [uid]),
      settingsOf(services, [uid]),
    ]);
    const email = emails.get(uid);
    const pendingById = (doc.get('pending') ?? {}) as Record<string, PendingReply>;
    const pending = Object.values(pendingById).sort((a, b) => a.at.toMillis() - b.at.toMillis());
    const off = settings.get(uid)?.replies === 'off';
    const byEntry = new Map<string, PendingReply[]>();
    for (const reply of pending) {
      const key = `${reply.cohortId}/${reply.entryId}`;
      byEntry.set(key, [...(byEntry.get(key) ?? []), reply]);
    }
    const lines: string[] = [];
    const links: { label: string; url: string }[] = [];
    for (const [first, ...more] of byEntry.values()) {
      if (!first) continue;
      const replies = [first, ...more];
      const names = [...new Set(replies.map((reply) => reply.replierName))];
      const entry = await describeEntry(services, first);
      lines.push(`${names.join(', ')} replied to ${entry}`);
      links.push({
        label: `Open ${entry}`,
        url: `${services.portalUrl}/cohorts/${encodeURIComponent(first.cohortId)}/journal/${encodeURIComponent(first.entryId)}`,
      });
    }
    const people = new Set(pending.map((reply) => reply.replierName)).size;
    const dueAt = doc.get('dueAt') as Timestamp;
    const id = ledgerId('replies', uid, String(dueAt.toMillis()));
    const displayName = email ? ((await services.auth.getUser(uid)).displayName ?? '') : '';
    const message =
      off || !email || pending.length === 0
        ? null
        : renderLetter(
            {
              to: email,
              subject:
                people === 1
                  ? `${pending[0]?.replierName ?? 'Someone'} replied to your reflection`
                  : `${people} people replied to your reflections`,
              greeting: `Dear ${firstName(displayName) || 'colleague'},`,
              blocks: [
                {
                  type: 'paragraph',
                  text: 'People in your cohort have replied to what you shared:',
                },
                { type: 'list', items: lines },
                ...links.map((link) => ({ type: 'link' as const, ...link })),
                {
                  type: 'paragraph',
                  text: 'The replies are in the portal, next to your reflection.',
                },
              ],
              reason:
                'You get this email because you shared a reflection in the portal and reply emails are on.',
              optOut: { uid, kind: 'replies' },
            },
            linksFor(services),
          );
    const claimed = await services.db.runTransaction(async (transaction) => {
      const fresh = await transaction.get(doc.ref);
      if (!(fresh.get('dueAt') as Timestamp | undefined)?.isEqual(dueAt)) return false;
      const owed = message
        ? await claimIn(services, transaction, { id, kind: 'replies', recipientUid: uid, message })
        : false;
      // A reply that arrived after this digest was written waits for the next one.
      const included = Object.keys(pendingById);
      const later = Object.keys(fresh.get('pending') ?? {}).filter(
        (key) => !included.includes(key),
      );
      const removals = included.flatMap((key) => [
        new FieldPath('pending', key),
        FieldValue.delete(),
      ]);
      transaction.update(
        doc.ref,
        'lastSentAt',
        Timestamp.fromDate(now),
        'dueAt',
        later.length > 0 ? Timestamp.fromMillis(now.getTime() + WINDOW_MS) : FieldValue.delete(),
        ...removals,
      );
      return owed;
    });
    if (claimed && (await deliver(services, id)) === 'sent') sent += 1;
  }
  return sent;
}
