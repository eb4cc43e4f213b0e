// Modules 1 and 2 of cohort A are over: most participants have said how they landed, and each
// module's summary is what the feedback function would have published from their answers as they
// arrived: all of module 1's, whose feedback has closed, and module 2's in groups so far.
import { addDaysIso, londonInstant, todayIso } from '../../src/lib/dates/index.ts';
import { addToSummary, answersToPublish, sessionKey } from '../../src/lib/feedback.ts';
import { feedbackState, feedbackWindow } from '../../src/lib/feedback-window.ts';
import { cohortA } from './demo-people.ts';
import type { DemoDocument } from './demo-content.ts';
import type { DemoTimetable } from './demo-programme.ts';

const helped = [
  'The action learning set: hearing how partners see the same problem.',
  'Time away from the day job to think about the system as a whole.',
  'The dialogue exercise – I have used it twice since.',
  '',
  'Meeting people from the council and the voluntary sector properly for the first time.',
  'The guest contributor’s honesty about what went wrong in their place.',
  'Being asked what I would do differently, not just what I thought.',
  'Small groups mixed across sectors.',
  'Practical tools I could take straight back to the partnership board.',
  '',
];

const change = [
  'Less time on slides in the morning of day two.',
  '',
  'Send the pre-reading earlier; two weeks was tight around budget setting.',
  'A longer lunch, so the conversations can continue.',
  '',
  'More time in the action learning sets.',
  'Finish a little earlier on day two for those travelling.',
  '',
  'A short recap of module 1 at the start.',
  'Clearer joining instructions for the online parts.',
];

// A fixed sequence instead of Math.random, so every seed shows the same shuffled order.
function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Module 1: all but the last two answered. Module 2: Gareth has not answered yet either. */
export const feedbackAnswerers = (moduleIndex: number) =>
  cohortA.participants
    .slice(0, -2)
    .filter((person) => moduleIndex === 0 || person.uid !== 'p-gareth');

/** The modules each person has answered, as the feedback function notes them for the dashboard. */
export const feedbackGivenBy = (timetable: DemoTimetable, uid: string) =>
  Object.fromEntries(
    timetable.modules
      .slice(0, 2)
      .flatMap((module, index) =>
        feedbackAnswerers(index).some((person) => person.uid === uid) ? [[module.id, true]] : [],
      ),
  );

export function cohortAFeedback(timetable: DemoTimetable): DemoDocument[] {
  const base = `cohorts/${cohortA.id}`;
  const docs: DemoDocument[] = [];
  timetable.modules.slice(0, 2).forEach((module, moduleIndex) => {
    const answers = feedbackAnswerers(moduleIndex).map((person, index) => {
      const overall = [5, 4, 4, 5, 3, 4, 5, 4, 2, 4][(index + moduleIndex * 3) % 10] ?? 4;
      const sessions = Object.fromEntries(
        module.sessions
          .filter((_, sessionIndex) => (sessionIndex + index) % 3 !== 0)
          .map((session, sessionIndex) => [
            sessionKey(session),
            Math.min(5, Math.max(1, overall + ((sessionIndex + index) % 3) - 1)),
          ]),
      );
      return {
        uid: person.uid,
        moduleId: module.id,
        overall,
        sessions,
        helped: helped[(index + moduleIndex * 4) % helped.length] ?? '',
        change: change[(index + moduleIndex * 5) % change.length] ?? '',
        updatedAt: londonInstant(addDaysIso(module.days[1], 2 + (index % 5)), '20:15'),
      };
    });
    // Replays the function: answers arrive in turn, and each publication adds a group of them.
    const random = seededRandom(moduleIndex + 7);
    const arrived = [...answers].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime());
    const publishedAt = new Map<string, Date>();
    let summary: ReturnType<typeof addToSummary> | undefined;
    let summaryAt = new Date();
    const publish = (soFar: typeof arrived, closed: boolean, at: Date) => {
      const waiting = soFar.filter((answer) => !publishedAt.has(answer.uid));
      const count = answersToPublish(waiting.length, { published: summary !== undefined, closed });
      if (count === 0) return;
      const joining = waiting.slice(0, count);
      summary = addToSummary(summary, joining, module.sessions, random);
      summaryAt = at;
      for (const answer of joining) publishedAt.set(answer.uid, at);
    };
    arrived.forEach((answer, index) =>
      publish(arrived.slice(0, index + 1), false, answer.updatedAt),
    );
    if (feedbackState(module, timetable.modules, todayIso()) === 'closed') {
      const { closes } = feedbackWindow(module, timetable.modules);
      publish(arrived, true, londonInstant(closes, '07:00'));
    }
    for (const answer of answers) {
      const at = publishedAt.get(answer.uid);
      docs.push({
        path: `${base}/moduleFeedback/${module.id}__${answer.uid}`,
        data: at ? { ...answer, publishedAt: at } : answer,
      });
    }
    if (summary) {
      docs.push({
        path: `${base}/feedbackSummaries/${module.id}`,
        data: { moduleId: module.id, ...summary, publishedAt: summaryAt },
      });
    }
  });
  return docs;
}
