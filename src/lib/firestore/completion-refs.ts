import { completionPolicySchema, completionSchema } from '@/lib/completion';
import { collectionAt, docAt } from './ref-spec';
import { zodConverter } from './converters';

const converters = {
  completion: zodConverter(completionSchema),
  policy: zodConverter(completionPolicySchema),
};

/** Every confirmation in a cohort: its staff alone may list them. */
export const completionsCollection = (cohortId: string) =>
  collectionAt(converters.completion, 'cohorts', cohortId, 'completions');
export const completionDoc = (cohortId: string, uid: string) =>
  docAt(converters.completion, 'cohorts', cohortId, 'completions', uid);
export const completionPolicyDoc = (programmeId: string) =>
  docAt(converters.policy, 'programmes', programmeId, 'policy', 'completion');
