import { FieldValue, Timestamp, type Firestore, type Transaction } from 'firebase-admin/firestore';
import type { EmailKind } from '@/lib/firestore/schemas';
import type { MailMessage, MailTransport } from './message';

/**
 * Every email is claimed in the ledger under a deterministic id before it is sent, so a trigger
 * delivered twice, or a daily job run twice, finds the claim and sends nothing more. Clients can
 * neither read nor write the ledger (firestore.rules); failures the programme team should know
 * about are copied, without the message, to mailProblems.
 */
export const LEDGER = 'mailLedger';
export const PROBLEMS = 'mailProblems';
const MAX_ATTEMPTS = 8;
// A send that has not reported back within this time is assumed lost and tried again.
const LEASE_MS = 10 * 60_000;

export type MailContext = {
  db: Firestore;
  transport: MailTransport;
  from: string;
  now: () => Date;
};

// Invitations, account emails (confirming an address, resetting a password) and the notice of a
// removal cannot be turned off.
export type LedgerKind =
  EmailKind | 'invitation' | 'emailVerification' | 'passwordReset' | 'departure';

type Claim = { id: string; kind: LedgerKind; recipientUid: string | null; message: MailMessage };

/** "module-3", "7-days", "p-amara" -> one id; slashes cannot appear in a document id. */
export function ledgerId(...parts: string[]): string {
  return parts.map((part) => part.replaceAll('/', '_')).join('__');
}

function backoffMs(attempts: number): number {
  return 5 * 60_000 * 2 ** Math.max(0, attempts - 1);
}

/** Records the email as owed, inside the caller's transaction; false if it was claimed before. */
export async function claimIn(
  context: MailContext,
  transaction: Transaction,
  claim: Claim,
): Promise<boolean> {
  const ref = context.db.collection(LEDGER).doc(claim.id);
  if ((await transaction.get(ref)).exists) return false;
  transaction.create(ref, ledgerEntry(context, claim));
  return true;
}

function ledgerEntry(context: MailContext, claim: Claim) {
  const now = context.now();
  return {
    kind: claim.kind,
    recipientUid: claim.recipientUid,
    message: claim.message,
    status: 'pending',
    attempts: 0,
    createdAt: Timestamp.fromDate(now),
    nextAttemptAt: Timestamp.fromMillis(now.getTime() + LEASE_MS),
  };
}

export async function claim(context: MailContext, claimed: Claim): Promise<boolean> {
  const ref = context.db.collection(LEDGER).doc(claimed.id);
  try {
    await ref.create(ledgerEntry(context, claimed));
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
    const snapshot = await transaction.get(ref);
    const entry = snapshot.data();
    if (!entry || entry['status'] === 'sent' || entry['status'] === 'abandoned') return null;
    const due = (entry['nextAttemptAt'] as Timestamp | undefined)?.toMillis() ?? 0;
    if (entry['status'] !== 'pending' && due > now.getTime()) return null;
    transaction.update(ref, {
      status: 'sending',
      attempts: FieldValue.increment(1),
      lastAttemptAt: Timestamp.fromDate(now),
      nextAttemptAt: Timestamp.fromMillis(now.getTime() + LEASE_MS),
    });
    return {
      message: entry['message'] as MailMessage,
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
