import { collection, doc, query, where, type Firestore } from 'firebase/firestore';
import { zodConverter } from './converters';
import { feedbackSummarySchema, moduleFeedbackSchema } from './feedback-schemas';

// Kept apart from refs.ts, like the schemas, so only the feedback screen loads them.
const converters = {
  moduleFeedback: zodConverter(moduleFeedbackSchema),
  feedbackSummary: zodConverter(feedbackSummarySchema),
};

/** A participant's answers for a module; nobody else, facilitators included, may read them. */
export const moduleFeedbackDoc = (db: Firestore, cohortId: string, moduleId: string, uid: string) =>
  doc(db, 'cohorts', cohortId, 'moduleFeedback', `${moduleId}__${uid}`).withConverter(
    converters.moduleFeedback,
  );
export const myModuleFeedbackQuery = (db: Firestore, cohortId: string, uid: string) =>
  query(
    collection(db, 'cohorts', cohortId, 'moduleFeedback').withConverter(converters.moduleFeedback),
    where('uid', '==', uid),
  );
/**
 * What facilitators see of the feedback: one summary per module, written by a function. The rules
 * refuse any summary of fewer than 3 answers, and a list must say it asks for none.
 */
export const feedbackSummariesQuery = (db: Firestore, cohortId: string) =>
  query(
    collection(db, 'cohorts', cohortId, 'feedbackSummaries').withConverter(
      converters.feedbackSummary,
    ),
    where('responses', '>=', 3),
  );
