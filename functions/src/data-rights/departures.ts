import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { recordAudit } from '../audit/record';
import type { Services } from '../services';
import { countByKind, eraseParticipant, planErasure } from './erasure';

/**
 * The daily job's part of a removal (decision 0027): once a removed participant's access has ended,
 * everything of theirs in that cohort is erased by the same code as an erasure from the screen, and
 * recorded the same way. Someone invited back in the meantime keeps everything; only the departure
 * record goes. The departure is deleted last, so a run that stops half-way is finished by the next.
 */
export async function eraseEndedDepartures(services: Services): Promise<number> {
  const { db } = services;
  const due = await db
    .collection('departures')
    .where('accessEndsAt', '<=', Timestamp.fromDate(services.now()))
    .limit(100)
    .get();
  let erased = 0;
  for (const departure of due.docs) {
    const { uid, cohortId, displayName } = departure.data() as {
      uid: string;
      cohortId: string;
      displayName: string;
    };
    if ((await db.doc(`cohorts/${cohortId}/members/${uid}`).get()).exists) {
      await departure.ref.delete();
      continue;
    }
    const email = await services.auth.getUser(uid).then(
      (user) => user.email,
      () => undefined,
    );
    const plan = await planErasure(db, cohortId, uid, email, { keepNetwork: true });
    const counts = countByKind(plan);
    await eraseParticipant(db, {
      ...plan,
      documents: plan.documents.filter((ref) => ref.path !== departure.ref.path),
    });
    await db.collection('erasures').doc(`departure__${departure.id}`).set({
      erasedBy: 'removal-grace-period',
      cohortId,
      uid,
      at: FieldValue.serverTimestamp(),
      counts,
    });
    await recordAudit(db, {
      action: 'erasure',
      actor: { uid: 'daily-job', label: 'The daily job, when a removal’s grace period ended' },
      cohortId,
      target: { uid, label: displayName || uid },
      detail: { from: 'grace-period' },
    });
    await departure.ref.delete();
    erased += 1;
  }
  return erased;
}
