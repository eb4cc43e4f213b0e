import { DEFAULT_COHORT_MONTHS } from '@/lib/retention';
import { recordAudit } from '../audit/record';
import type { Services } from '../services';

type Stored = Record<string, unknown> | undefined;

/**
 * The programme team writes `settings/retention` from /admin (the rules check who and what); this
 * puts each change in the audit log, once however often the trigger is delivered.
 */
export async function recordRetentionChange(
  services: Pick<Services, 'db' | 'auth'>,
  eventId: string,
  before: Stored,
  after: Stored,
): Promise<boolean> {
  const months = after?.['cohortMonthsAfterEnd'];
  const uid = after?.['updatedBy'];
  if (typeof months !== 'number' || typeof uid !== 'string') return false;
  const previous = before?.['cohortMonthsAfterEnd'];
  if (previous === months) return false;
  // The rules let only the programme team write it; a write naming no account is trusted code's
  // (the demo seed, an operator), which is not a staff action.
  const user = await services.auth.getUser(uid).catch(() => null);
  if (!user) return false;
  const ref = services.db.collection('auditLog').doc(`retention-change__${eventId}`);
  return services.db.runTransaction(async (transaction) => {
    if ((await transaction.get(ref)).exists) return false;
    await recordAudit(
      services.db,
      {
        action: 'retention.change',
        actor: { uid, label: user.displayName || user.email || uid },
        target: { label: 'How long a cohort’s content is kept' },
        detail: {
          months,
          previousMonths: typeof previous === 'number' ? previous : DEFAULT_COHORT_MONTHS,
        },
      },
      transaction,
      ref.id,
    );
    return true;
  });
}
