import { moduleFeedbackSchema } from '@/lib/firestore/feedback-schemas';
import { summariseFeedback } from '@/lib/feedback';
import { parseModule } from '../cohort-data';
import type { Services } from '../services';

/**
 * Rewrites a module's feedback summary from every answer it has, so an edited answer replaces the
 * old one and a redelivered trigger changes nothing. Below the minimum the summary is removed.
 * The transaction reads the answers as a query, so a concurrent answer makes it run again on the
 * newer set rather than store a summary that misses it.
 */
export async function recomputeFeedbackSummary(
  services: Services,
  cohortId: string,
  moduleId: string,
): Promise<void> {
  const base = `cohorts/${cohortId}`;
  const summaryRef = services.db.doc(`${base}/feedbackSummaries/${moduleId}`);
  const answersQuery = services.db
    .collection(`${base}/moduleFeedback`)
    .where('moduleId', '==', moduleId);
  await services.db.runTransaction(async (transaction) => {
    const [moduleSnapshot, answersSnapshot, stored] = await Promise.all([
      transaction.get(services.db.doc(`${base}/modules/${moduleId}`)),
      transaction.get(answersQuery),
      transaction.get(summaryRef),
    ]);
    const answers = answersSnapshot.docs.flatMap((doc) => {
      const parsed = moduleFeedbackSchema.safeParse(doc.data());
      return parsed.success ? [parsed.data] : [];
    });
    const module = parseModule(moduleId, moduleSnapshot.data());
    const summary = summariseFeedback(answers, module?.sessions ?? []);
    if (!summary) {
      if (stored.exists) transaction.delete(summaryRef);
      return;
    }
    transaction.set(summaryRef, { moduleId, ...summary });
  });
}

/** Notes on the person's own "what's new" document that they have answered, for their dashboard. */
export async function noteFeedbackGiven(
  services: Services,
  cohortId: string,
  moduleId: string,
  uid: string,
): Promise<void> {
  await services.db
    .doc(`cohorts/${cohortId}/whatsNew/${uid}`)
    .set({ feedbackGiven: { [moduleId]: true } }, { merge: true });
}

/** Whether someone has answered a module's feedback, for the reminder before the next one. */
export async function hasGivenFeedback(
  services: Services,
  cohortId: string,
  moduleId: string,
  uid: string,
): Promise<boolean> {
  return (await services.db.doc(`cohorts/${cohortId}/moduleFeedback/${moduleId}__${uid}`).get())
    .exists;
}
