import { z } from 'zod/mini';
import { anyText, timestamp } from './schemas';

// Module feedback: each participant's own answers, which only they may read, and the summary a
// function publishes from them in groups (decisions 0014 and 0023). Kept apart
// from schemas.ts so none of it weighs on the dashboard's first load.
export const feedbackAnswerLimit = 2000;
const rating = () => z.int().check(z.minimum(1), z.maximum(5));

export const moduleFeedbackSchema = z.object({
  uid: z.string().check(z.minLength(1)),
  moduleId: z.string().check(z.minLength(1)),
  overall: rating(),
  // Keyed by session ("1-09:30": day and start), so a session renamed later keeps its ratings.
  sessions: z.record(z.string(), rating()),
  helped: anyText(feedbackAnswerLimit),
  change: anyText(feedbackAnswerLimit),
  updatedAt: timestamp,
  // Set by the feedback function when the answer joins the published summary; fixed from then on.
  publishedAt: z.optional(timestamp),
});
export type ModuleFeedback = z.output<typeof moduleFeedbackSchema>;

const ratingCounts = z.array(z.int()).check(z.minLength(5), z.maxLength(5));
export const feedbackSummarySchema = z.object({
  moduleId: z.string(),
  responses: z.int().check(z.minimum(3)),
  overall: z.object({ counts: ratingCounts, average: z.number() }),
  sessions: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      counts: ratingCounts,
      answered: z.int(),
      average: z.nullable(z.number()),
    }),
  ),
  helped: z.array(z.string()),
  change: z.array(z.string()),
  publishedAt: timestamp,
});
export type FeedbackSummary = z.output<typeof feedbackSummarySchema>;
