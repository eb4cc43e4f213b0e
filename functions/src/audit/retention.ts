import { Timestamp } from 'firebase-admin/firestore';
import { auditSettingsSchema, AUDIT_RETENTION } from '@/lib/firestore/audit-schemas';
import type { Services } from '../services';

/** The moment before which records go: the retention period the team set, back from now. */
export function auditCutoff(now: Date, retentionMonths: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
  return cutoff;
}

/**
 * Deletes audit records older than the retention period in `settings/audit` (the default when
 * the team has not chosen), a batch at a time; run again, it finds nothing more to delete.
 */
export async function deleteExpiredAuditRecords(
  services: Pick<Services, 'db' | 'now'>,
): Promise<number> {
  const stored = await services.db.doc('settings/audit').get();
  const settings = auditSettingsSchema.safeParse(stored.data());
  const months = settings.success ? settings.data.retentionMonths : AUDIT_RETENTION.defaultMonths;
  const expired = services.db
    .collection('auditLog')
    .where('at', '<', Timestamp.fromDate(auditCutoff(services.now(), months)))
    .limit(400);
  let deleted = 0;
  for (;;) {
    const page = await expired.get();
    if (page.empty) return deleted;
    const batch = services.db.batch();
    for (const record of page.docs) batch.delete(record.ref);
    await batch.commit();
    deleted += page.size;
  }
}
