import type { ModuleFeedback } from './firestore/feedback-schemas';
import type { ModuleSession } from './firestore/schemas';

/** Below this many answers a module's summary does not exist, so no answer can be traced. */
export const MIN_FEEDBACK_RESPONSES = 3;

/**
 * Answers join the published summary in groups of at least this many people and never leave it,
 * so the difference between any two reads is the answers of at least this many (decision
 * 0023). After the first group, the newest this many wait, so that the answers
 * still waiting when feedback closes are always enough to be added then.
 */
export const FEEDBACK_GROUP = MIN_FEEDBACK_RESPONSES;

/**
 * How many of the waiting answers (oldest first) to add to the summary now: all of them for the
 * first group and when feedback has closed, if there are enough; otherwise all but the newest
 * group, once that leaves a full group to add.
 */
export function answersToPublish(
  waiting: number,
  { published, closed }: { published: boolean; closed: boolean },
): number {
  if (!published || closed) return waiting >= FEEDBACK_GROUP ? waiting : 0;
  return waiting >= 2 * FEEDBACK_GROUP ? waiting - FEEDBACK_GROUP : 0;
}

export const ratingLabels = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const;

export const sessionKey = (session: Pick<ModuleSession, 'day' | 'start'>) =>
  `${session.day}-${session.start}`;

type Answers = Pick<ModuleFeedback, 'overall' | 'sessions' | 'helped' | 'change'>;

const emptyCounts = () => [0, 0, 0, 0, 0];
const average = (counts: number[]) => {
  const answered = counts.reduce((sum, count) => sum + count, 0);
  if (answered === 0) return null;
  const total = counts.reduce((sum, count, index) => sum + count * (index + 1), 0);
  return Math.round((total / answered) * 100) / 100;
};
const count = (ratings: number[]) =>
  emptyCounts().map((_, index) => ratings.filter((value) => value === index + 1).length);

/** Fisher–Yates; the caller's `random` lets tests fix the order. */
function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const held = copy[index] as T;
    copy[index] = copy[other] as T;
    copy[other] = held;
  }
  return copy;
}

/** The parts of a published summary that later answers add to. */
export type FeedbackTally = {
  responses: number;
  overall: { counts: number[] };
  sessions: { key: string; counts: number[] }[];
  helped: string[];
  change: string[];
};

const added = (a: number[], b: number[]) => a.map((value, index) => value + (b[index] ?? 0));

/**
 * What facilitators may see of a module's feedback: counts per rating, averages, and the written
 * answers without names, all of them shuffled together so their order says nothing about which
 * arrived last. `previous` is the summary already published, which these answers join.
 */
export function addToSummary(
  previous: FeedbackTally | undefined,
  answers: Answers[],
  sessions: Pick<ModuleSession, 'day' | 'start' | 'title'>[],
  random: () => number = Math.random,
) {
  const overall = added(
    count(answers.map((answer) => answer.overall)),
    previous?.overall.counts ?? [],
  );
  const written = (pick: (answer: Answers) => string, earlier: string[]) =>
    shuffled(
      [
        ...earlier,
        ...answers.map((answer) => pick(answer).trim()).filter((text) => text.length > 0),
      ],
      random,
    );
  return {
    responses: (previous?.responses ?? 0) + answers.length,
    overall: { counts: overall, average: average(overall) ?? 0 },
    sessions: sessions.map((session) => {
      const key = sessionKey(session);
      const counts = added(
        count(answers.flatMap((answer) => answer.sessions[key] ?? [])),
        previous?.sessions.find((earlier) => earlier.key === key)?.counts ?? [],
      );
      return {
        key,
        title: session.title,
        counts,
        answered: counts.reduce((sum, value) => sum + value, 0),
        average: average(counts),
      };
    }),
    helped: written((answer) => answer.helped, previous?.helped ?? []),
    change: written((answer) => answer.change, previous?.change ?? []),
  };
}

/** A first summary from answers alone; null below the minimum, so there is nothing to store. */
export function summariseFeedback(
  answers: Answers[],
  sessions: Pick<ModuleSession, 'day' | 'start' | 'title'>[],
  random: () => number = Math.random,
) {
  if (answers.length < MIN_FEEDBACK_RESPONSES) return null;
  return addToSummary(undefined, answers, sessions, random);
}
