import { collectionAt, docAt, queryOf, where } from './ref-spec';
import { zodConverter } from './converters';
import { feedbackSummarySchema, moduleFeedbackSchema } from './feedback-schemas';

// Kept apart from refs.ts, like the schemas, so only the feedback screen loads them.
const converters = {
  moduleFeedback: zodConverter(moduleFeedbackSchema),
  feedbackSummary: zodConverter(feedbackSummarySchema),
};

/** A participant's answers for a module; nobody else, facilitators included, may read them. */
export const moduleFeedbackDoc = (cohortId: string, moduleId: string, uid: string) =>
  docAt(converters.moduleFeedback, 'cohorts', cohortId, 'moduleFeedback', `${moduleId}__${uid}`);
export const myModuleFeedbackQuery = (cohortId: string, uid: string) =>
  queryOf(
    collectionAt(converters.moduleFeedback, 'cohorts', cohortId, 'moduleFeedback'),
    where('uid', '==', uid),
  );
/**
 * What facilitators see of the feedback: one summary per module, written by a function. The rules
 * refuse any summary of fewer than 3 answers, and a list must say it asks for none.
 */
export const feedbackSummariesQuery = (cohortId: string) =>
  queryOf(
    collectionAt(converters.feedbackSummary, 'cohorts', cohortId, 'feedbackSummaries'),
    where('responses', '>=', 3),
  );
