import { FieldValue, type Firestore, type Transaction } from 'firebase-admin/firestore';

// The audit log says who on the staff did what, to whom and when; never what anyone wrote.
// Only trusted code writes it (the rules deny every client write) and only the programme team
// reads it, so a record cannot be forged, edited or read by the people it is about.

export type AuditAction =
  | 'programme-team.add'
  | 'programme-team.remove'
  | 'facilitator.appoint'
  | 'facilitator.remove'
  | 'participant.remove'
  | 'participant.defer'
  | 'waiting-list.offer'
  | 'completion.confirm'
  | 'completion.withdraw'
  | 'cohort.archive'
  | 'cohort.unarchive'
  | 'cohort.create-from'
  | 'network.hide'
  | 'network.unhide'
  | 'erasure'
  | 'retention.change'
  | 'retention.delete';

export type AuditEntry = {
  action: AuditAction;
  /**
   * Who did it: a staff member's uid, name and confirmed address, or an operator's command line.
   * Anyone can change their own name, so the address is what identifies them when it matters.
   */
  actor: { uid: string; label: string; email?: string };
  cohortId?: string;
  /** Whom or what it was done to, named so the log reads without looking anyone up. */
  target?: { uid?: string; label: string };
  /** Counts or a reason a moderator typed; never the text of anyone's writing. */
  detail?: Record<string, string | number | boolean>;
};

/**
 * Writes one record, inside the caller's transaction when the action is one. A trigger, which may
 * be delivered twice, gives an id of its own so its transaction can see the record already there.
 */
export function recordAudit(
  db: Firestore,
  entry: AuditEntry,
  transaction?: Transaction,
  id?: string,
) {
  const ref = id ? db.collection('auditLog').doc(id) : db.collection('auditLog').doc();
  const record = { ...entry, at: FieldValue.serverTimestamp() };
  if (transaction) {
    transaction.create(ref, record);
    return Promise.resolve();
  }
  return ref.create(record).then(() => undefined);
}
