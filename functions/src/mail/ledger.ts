import { FieldValue, Timestamp, type Firestore, type Transaction } from 'firebase-admin/firestore';
import type { EmailKind } from '@/lib/firestore/schemas';
import { LEDGER_BODY, LEDGER_BODY_DAYS } from '@/lib/retention';
import type { MailMessage, MailTransport } from './message';

/**
 * Every email is claimed in the ledger under a deterministic id before it is sent, so a trigger
 * delivered twice, or a daily job run twice, finds the claim and sends nothing more. Clients can
 * neither read nor write the ledger (firestore.rules); failures the programme team should know
 * about are copied, without the message, to mailProblems.
 */
export const LEDGER = 'mailLedger';
export const PROBLEMS = 'mailProblems';
/**
 * A message's words live in their own document beside its entry, which a TTL policy on
 * `bodyExpiresAt` deletes after LEDGER_BODY_DAYS (firestore/indexes.json, decision 0029): the
 * entry, with the address, subject, kind and when it was sent, stays to prove it and to refuse a
 * second send.
 */
export const BODY = LEDGER_BODY.collection;
export const BODY_EXPIRES_FIELD = LEDGER_BODY.expiresField;
const DAY_MS = 24 * 3600_000;
const MAX_ATTEMPTS = 8;
// A send that has not reported back within this time is assumed lost and tried again.
const LEASE_MS = 10 * 60_000;

export type MailContext = {
  db: Firestore;
  transport: MailTransport;
  from: string;
  now: () => Date;
};

// Invitations, account emails (confirming an address, resetting a password), the notice of a
// removal and warnings that a cohort's content is about to be deleted cannot be turned off.
export type LedgerKind =
  | EmailKind
  | 'invitation'
  | 'emailVerification'
  | 'passwordReset'
  | 'emailSignIn'
  | 'departure'
  | 'retentionWarning';

type Claim = { id: string; kind: LedgerKind; recipientUid: string | null; message: MailMessage };

/** "module-3", "7-days", "p-amara" -> one id; slashes cannot appear in a document id. */
export function ledgerId(...parts: string[]): string {
  return parts.map((part) => part.replaceAll('/', '_')).join('__');
}

function backoffMs(attempts: number): number {
  return 5 * 60_000 * 2 ** Math.max(0, attempts - 1);
}

export function bodyRef(db: Firestore, id: string) {
  return db.collection(LEDGER).doc(id).collection(BODY).doc('message');
}

/** What stays in the entry (address and subject), and what is kept only for a while. */
function split(message: MailMessage, now: Date) {
  const { to, subject, ...words } = message;
  return {
    kept: { to, subject },
    body: {
      ...words,
      [BODY_EXPIRES_FIELD]: Timestamp.fromMillis(now.getTime() + LEDGER_BODY_DAYS * DAY_MS),
    },
  };
}

/** Records the email as owed, inside the caller's transaction; false if it was claimed before. */
export async function claimIn(
  context: MailContext,
  transaction: Transaction,
  claim: Claim,
): Promise<boolean> {
  const ref = context.db.collection(LEDGER).doc(claim.id);
  if ((await transaction.get(ref)).exists) return false;
  const { entry, body } = ledgerEntry(context, claim);
  transaction.create(ref, entry);
  transaction.create(bodyRef(context.db, claim.id), body);
  return true;
}

function ledgerEntry(context: MailContext, claim: Claim) {
  const now = context.now();
  const { kept, body } = split(claim.message, now);
  const entry = {
    kind: claim.kind,
    recipientUid: claim.recipientUid,
    message: kept,
    status: 'pending',
    attempts: 0,
    createdAt: Timestamp.fromDate(now),
    nextAttemptAt: Timestamp.fromMillis(now.getTime() + LEASE_MS),
  };
  return { entry, body };
}

export async function claim(context: MailContext, claimed: Claim): Promise<boolean> {
  const ref = context.db.collection(LEDGER).doc(claimed.id);
  const { entry, body } = ledgerEntry(context, claimed);
  // The entry and its words together, so an entry never waits for a body that was not written.
  const batch = context.db.batch();
  batch.create(ref, entry);
  batch.create(bodyRef(context.db, claimed.id), body);
  try {
    await batch.commit();
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 6) return false; // ALREADY_EXISTS
    throw error;
  }
}

/** Sends a claimed email once; a failure is recorded and tried again later with backoff. */
export async function deliver(
  context: MailContext,
  id: string,
): Promise<'sent' | 'failed' | 'skipped'> {
  const { db } = context;
  const ref = db.collection(LEDGER).doc(id);
  const now = context.now();
  const taken = await db.runTransaction(async (transaction) => {
    const [snapshot, body] = await transaction.getAll(ref, bodyRef(db, id));
    const entry = snapshot?.data();
    if (!entry || entry['status'] === 'sent' || entry['status'] === 'abandoned') return null;
    const due = (entry['nextAttemptAt'] as Timestamp | undefined)?.toMillis() ?? 0;
    if (entry['status'] !== 'pending' && due > now.getTime()) return null;
    const words = body?.data();
    if (!words) {
      // Its words have expired unsent (attempts end within a day, so this is an old failure).
      transaction.update(ref, { status: 'abandoned', nextAttemptAt: null });
      return null;
    }
    transaction.update(ref, {
      status: 'sending',
      attempts: FieldValue.increment(1),
      lastAttemptAt: Timestamp.fromDate(now),
      nextAttemptAt: Timestamp.fromMillis(now.getTime() + LEASE_MS),
    });
    const { [BODY_EXPIRES_FIELD]: _expires, ...rest } = words;
    return {
      message: {
        ...(entry['message'] as Pick<MailMessage, 'to' | 'subject'>),
        ...rest,
      } as MailMessage,
      kind: entry['kind'] as string,
      attempts: (entry['attempts'] as number) + 1,
    };
  });
  if (!taken) return 'skipped';
  try {
    await context.transport.send(taken.message, context.from);
    await ref.update({
      status: 'sent',
      sentAt: Timestamp.fromDate(context.now()),
      nextAttemptAt: null,
    });
    await db.collection(PROBLEMS).doc(id).delete();
    return 'sent';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const giveUp = taken.attempts >= MAX_ATTEMPTS;
    await ref.update({
      status: giveUp ? 'abandoned' : 'failed',
      lastError: reason.slice(0, 500),
      nextAttemptAt: giveUp
        ? null
        : Timestamp.fromMillis(now.getTime() + backoffMs(taken.attempts)),
    });
    await db
      .collection(PROBLEMS)
      .doc(id)
      .set({
        kind: taken.kind,
        to: taken.message.to,
        subject: taken.message.subject,
        attempts: taken.attempts,
        lastError: reason.slice(0, 500),
        lastAttemptAt: Timestamp.fromDate(now),
        willRetry: !giveUp,
      });
    return 'failed';
  }
}

export async function sendOnce(context: MailContext, claimed: Claim): Promise<boolean> {
  if (!(await claim(context, claimed))) return false;
  return (await deliver(context, claimed.id)) === 'sent';
}

/** Emails still owed: failed ones whose backoff has passed, and claims whose send never reported. */
export async function retryDueMail(context: MailContext): Promise<number> {
  const due = await context.db
    .collection(LEDGER)
    .where('status', 'in', ['pending', 'sending', 'failed'])
    .where('nextAttemptAt', '<=', Timestamp.fromDate(context.now()))
    .limit(200)
    .get();
  let sent = 0;
  for (const doc of due.docs) {
    if ((await deliver(context, doc.id)) === 'sent') sent += 1;
  }
  return sent;
}
