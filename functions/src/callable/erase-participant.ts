import { FieldValue } from 'firebase-admin/firestore';
import { recordAudit, type AuditEntry } from '../audit/record';
import { countByKind, eraseParticipant, planErasure, uncountedKinds } from '../data-rights/erasure';
import type { Services } from '../services';

export class ErasureRefused extends Error {}

export type ErasureAnswer = {
  name: string;
  /** Only what staff could already see; no total, which would count the rest. */
  counts: Record<string, number>;
  alsoErased: string[];
  erased: boolean;
};

/**
 * The programme team's erasure from a screen: without `confirmName` a dry run that lists what
 * would go, by kind; with the person's name typed exactly, the erasure itself, recorded in
 * `erasures` (who, whom, when, counts; never content), which only the programme team reads, and
 * in the audit log with every other staff action. Neither counts feedback answers or private
 * entries, which no member of staff may see.
 */
export async function eraseFromScreen(
  services: Services,
  actor: AuditEntry['actor'],
  request: { cohortId: string; uid: string; confirmName?: string },
): Promise<ErasureAnswer> {
  // Someone removed in their grace period may be erased at once too: their departure names them.
  const [membership, departure] = await Promise.all([
    services.db.doc(`cohorts/${request.cohortId}/members/${request.uid}`).get(),
    services.db.doc(`departures/${request.cohortId}__${request.uid}`).get(),
  ]);
  const known = membership.exists ? membership : departure;
  if (!known.exists) throw new ErasureRefused('This person is not a member of that cohort.');
  const name = known.get('displayName') as string;
  const email = await services.auth.getUser(request.uid).then(
    (user) => user.email,
    () => undefined,
  );
  const plan = await planErasure(services.db, request.cohortId, request.uid, email);
  const counts = countByKind(plan);
  const answer = { name, counts, alsoErased: uncountedKinds, erased: false };
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
  });
  await recordAudit(services.db, {
    action: 'erasure',
    actor,
    cohortId: request.cohortId,
    target: { uid: request.uid, label: name },
    detail: { from: 'screen' },
  });
  return { ...answer, erased: true };
}
