import type { ModuleFeedback } from './firestore/feedback-schemas';
import type { ModuleSession } from './firestore/schemas';

/** Below this many answers a module's summary does not exist, so no answer can be traced. */
export const MIN_FEEDBACK_RESPONSES = 3;

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

/**
 * What facilitators may see of a module's feedback: counts per rating, averages, and the written
 * answers shuffled and without names. Null below the minimum, so there is nothing to store.
 */
export function summariseFeedback(
  answers: Answers[],
  sessions: Pick<ModuleSession, 'day' | 'start' | 'title'>[],
  random: () => number = Math.random,
) {
  if (answers.length < MIN_FEEDBACK_RESPONSES) return null;
  const overall = count(answers.map((answer) => answer.overall));
  const written = (pick: (answer: Answers) => string) =>
    shuffled(
      answers.map((answer) => pick(answer).trim()).filter((text) => text.length > 0),
      random,
    );
  return {
    responses: answers.length,
    overall: { counts: overall, average: average(overall) ?? 0 },
    sessions: sessions.map((session) => {
      const key = sessionKey(session);
      const counts = count(answers.flatMap((answer) => answer.sessions[key] ?? []));
      return {
        key,
        title: session.title,
        counts,
        answered: counts.reduce((sum, value) => sum + value, 0),
        average: average(counts),
      };
    }),
    helped: written((answer) => answer.helped),
    change: written((answer) => answer.change),
  };
}
