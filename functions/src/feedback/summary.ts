import { FieldValue } from 'firebase-admin/firestore';
import { todayIso } from '@/lib/dates';
import { addToSummary, answersToPublish } from '@/lib/feedback';
import { feedbackState } from '@/lib/feedback-window';
import { feedbackSummarySchema, moduleFeedbackSchema } from '@/lib/firestore/feedback-schemas';
import { modulesOf, openCohorts, parseModule } from '../cohort-data';
import type { Services } from '../services';

/**
 * Adds waiting answers to a module's published summary when there are enough of them
 * (`answersToPublish`, decision 0023), and marks each one published, which fixes it.
 * Nothing ever leaves the summary, not even an erased person's answers, and the summary is added
 * to rather than rebuilt, so no later publication can single out an answer that has gone. One
 * transaction reads the answers as a query and marks those it adds, so a redelivered trigger or
 * a second run finds them published and adds nothing. Returns how many answers it added.
 */
export async function publishFeedback(
  services: Services,
  cohortId: string,
  moduleId: string,
  { closed }: { closed: boolean },
): Promise<number> {
  const base = `cohorts/${cohortId}`;
  const summaryRef = services.db.doc(`${base}/feedbackSummaries/${moduleId}`);
  const answersQuery = services.db
    .collection(`${base}/moduleFeedback`)
    .where('moduleId', '==', moduleId);
  return services.db.runTransaction(async (transaction) => {
    const [moduleSnapshot, answersSnapshot, stored] = await Promise.all([
      transaction.get(services.db.doc(`${base}/modules/${moduleId}`)),
      transaction.get(answersQuery),
      transaction.get(summaryRef),
    ]);
    const waiting = answersSnapshot.docs
      .flatMap((doc) => {
        const parsed = moduleFeedbackSchema.safeParse(doc.data());
        return parsed.success && !parsed.data.publishedAt ? [{ ref: doc.ref, ...parsed.data }] : [];
      })
      .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
    const count = answersToPublish(waiting.length, { published: stored.exists, closed });
    if (count === 0) return 0;
    const joining = waiting.slice(0, count);
    const previous = stored.exists ? feedbackSummarySchema.parse(stored.data()) : undefined;
    const module = parseModule(moduleId, moduleSnapshot.data());
    transaction.set(summaryRef, {
      moduleId,
      ...addToSummary(previous, joining, module?.sessions ?? []),
      publishedAt: FieldValue.serverTimestamp(),
    });
    for (const answer of joining) {
      transaction.update(answer.ref, { publishedAt: FieldValue.serverTimestamp() });
    }
    return count;
  });
}

/**
 * The morning after a module's feedback closes, adds every answer still waiting, if there are at
 * least a group's worth (the rules refuse answers by then). A plain function of the time the
 * services give, for the daily job; once done, later runs find nothing waiting.
 */
export async function publishClosedFeedback(services: Services): Promise<number> {
  const today = todayIso(services.now());
  let added = 0;
  for (const cohort of await openCohorts(services)) {
    const modules = await modulesOf(services, cohort.id);
    for (const module of modules) {
      if (feedbackState(module, modules, today) === 'closed') {
        added += await publishFeedback(services, cohort.id, module.id, { closed: true });
      }
    }
  }
  return added;
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
