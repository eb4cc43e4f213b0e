import { FieldValue } from 'firebase-admin/firestore';
import { recordAudit, type AuditEntry } from '../audit/record';
import { countByKind, eraseParticipant, planErasure } from '../data-rights/erasure';
import type { Services } from '../services';

export class ErasureRefused extends Error {}

export type ErasureAnswer = {
  name: string;
  counts: Record<string, number>;
  total: number;
  erased: boolean;
};

/**
 * The programme team's erasure from a screen: without `confirmName` a dry run that lists what
 * would go, by kind; with the person's name typed exactly, the erasure itself, recorded in
 * `erasures` (who, whom, when, counts; never content), which only the programme team reads, and
 * in the audit log with every other staff action.
 */
export async function eraseFromScreen(
  services: Services,
  actor: AuditEntry['actor'],
  request: { cohortId: string; uid: string; confirmName?: string },
): Promise<ErasureAnswer> {
  const membership = await services.db
    .doc(`cohorts/${request.cohortId}/members/${request.uid}`)
    .get();
  if (!membership.exists) throw new ErasureRefused('This person is not a member of that cohort.');
  const name = membership.get('displayName') as string;
  const email = await services.auth.getUser(request.uid).then(
    (user) => user.email,
    () => undefined,
  );
  const plan = await planErasure(services.db, request.cohortId, request.uid, email);
  const counts = countByKind(plan);
  const answer = { name, counts, total: plan.documents.length, erased: false };
  if (request.confirmName === undefined) return answer;
  if (request.confirmName.trim() !== name) {
    throw new ErasureRefused(`Type their name exactly as shown, ${name}, to confirm.`);
  }
  await eraseParticipant(services.db, plan);
  await services.db.collection('erasures').add({
    erasedBy: actor.uid,
    cohortId: request.cohortId,
    uid: request.uid,
    at: FieldValue.serverTimestamp(),
    counts,
    total: plan.documents.length,
  });
  await recordAudit(services.db, {
    action: 'erasure',
    actor,
    cohortId: request.cohortId,
    target: { uid: request.uid, label: name },
    detail: { documents: plan.documents.length, from: 'screen' },
  });
  return { ...answer, erased: true };
}
