import { describe, expect, it } from 'vitest';
import { addToSummary, answersToPublish, summariseFeedback } from './feedback';
import { feedbackState, feedbackWindow, moduleOpenForFeedback } from './feedback-window';

const modules = [
  { number: 1, days: ['2027-01-12', '2027-01-13'] as [string, string] },
  { number: 2, days: ['2027-03-02', '2027-03-03'] as [string, string] },
];
const sessions = [
  { day: 1 as const, start: '10:00', title: 'Dialogue skills' },
  { day: 2 as const, start: '09:00', title: 'Power and decisions' },
];
const answer = (
  overall: number,
  helped: string,
  change: string,
  ratings: Record<string, number> = {},
) => ({ overall, sessions: ratings, helped, change });

describe('feedback window', () => {
  it('opens the day after a module ends and closes as the next one starts', () => {
    expect(feedbackWindow(modules[0]!, modules)).toEqual({
      opens: '2027-01-14',
      closes: '2027-03-02',
    });
    expect(feedbackState(modules[0]!, modules, '2027-01-13')).toBe('not-yet');
    expect(feedbackState(modules[0]!, modules, '2027-01-14')).toBe('open');
    expect(feedbackState(modules[0]!, modules, '2027-03-01')).toBe('open');
    expect(feedbackState(modules[0]!, modules, '2027-03-02')).toBe('closed');
  });

  it('keeps the last module open for six weeks, and offers the latest module that is open', () => {
    expect(feedbackWindow(modules[1]!, modules)).toEqual({
      opens: '2027-03-04',
      closes: '2027-04-15',
    });
    expect(moduleOpenForFeedback(modules, '2027-03-10')?.number).toBe(2);
    expect(moduleOpenForFeedback(modules, '2027-02-10')?.number).toBe(1);
    expect(moduleOpenForFeedback(modules, '2027-01-13')).toBeUndefined();
  });
});

describe('feedback summary', () => {
  it('does not exist below 3 answers', () => {
    expect(summariseFeedback([answer(5, 'a', 'b'), answer(4, 'c', 'd')], sessions)).toBeNull();
  });

  it('counts each rating, averages, and keeps every written answer but no empty ones', () => {
    const summary = summariseFeedback(
      [
        answer(5, 'The action learning sets', '', { '1-10:00': 5, '2-09:00': 4 }),
        answer(4, '  Hearing the council’s view ', 'Shorter days', { '1-10:00': 3 }),
        answer(2, '', 'More time to talk', { '1-10:00': 4, '2-09:00': 2 }),
        answer(4, 'Time with peers', 'Earlier pre-reading'),
      ],
      sessions,
    );
    expect(summary).toEqual({
      responses: 4,
      overall: { counts: [0, 1, 0, 2, 1], average: 3.75 },
      sessions: [
        {
          key: '1-10:00',
          title: 'Dialogue skills',
          counts: [0, 0, 1, 1, 1],
          answered: 3,
          average: 4,
        },
        {
          key: '2-09:00',
          title: 'Power and decisions',
          counts: [0, 1, 0, 1, 0],
          answered: 2,
          average: 3,
        },
      ],
      helped: expect.any(Array),
      change: expect.any(Array),
    });
    expect([...summary!.helped].sort()).toEqual([
      'Hearing the council’s view',
      'The action learning sets',
      'Time with peers',
    ]);
    expect([...summary!.change].sort()).toEqual([
      'Earlier pre-reading',
      'More time to talk',
      'Shorter days',
    ]);
  });

  it('shuffles written answers, so their order says nothing about who answered when', () => {
    const answers = ['first', 'second', 'third', 'fourth'].map((text) => answer(3, text, ''));
    const reversedByRandom = summariseFeedback(answers, [], () => 0);
    expect(reversedByRandom?.helped).toEqual(['second', 'third', 'fourth', 'first']);
    expect(reversedByRandom?.helped).not.toEqual(['first', 'second', 'third', 'fourth']);
  });

  it('ignores a session nobody rated, and ratings outside 1 to 5', () => {
    const summary = summariseFeedback(
      [answer(3, '', '', { '1-10:00': 7 }), answer(3, '', ''), answer(3, '', '')],
      sessions,
    );
    expect(summary?.sessions[0]).toMatchObject({ answered: 0, average: null });
    expect(summary?.overall).toEqual({ counts: [0, 0, 3, 0, 0], average: 3 });
  });
});

describe('publishing feedback in groups', () => {
  const open = (waiting: number, published: boolean) =>
    answersToPublish(waiting, { published, closed: false });

  it('publishes the first 3 together, then keeps the newest 3 back until 3 more can join', () => {
    expect([0, 1, 2].map((waiting) => open(waiting, false))).toEqual([0, 0, 0]);
    expect(open(3, false)).toBe(3);
    expect(open(4, false)).toBe(4);
    expect([1, 2, 3, 4, 5].map((waiting) => open(waiting, true))).toEqual([0, 0, 0, 0, 0]);
    expect(open(6, true)).toBe(3);
    expect(open(7, true)).toBe(4);
  });

  it('publishes everything waiting at the close, but never fewer than 3', () => {
    for (const published of [true, false]) {
      expect(answersToPublish(2, { published, closed: true })).toBe(0);
      expect(answersToPublish(3, { published, closed: true })).toBe(3);
      expect(answersToPublish(5, { published, closed: true })).toBe(5);
    }
  });

  it('adds later answers to the published summary and shuffles every comment together', () => {
    const first = summariseFeedback(
      [answer(5, 'a', ''), answer(4, 'b', ''), answer(3, '', 'c', { '1-10:00': 2 })],
      sessions,
      () => 0.99,
    );
    const later = addToSummary(
      first!,
      [answer(1, 'd', '', { '1-10:00': 4 }), answer(1, 'e', ''), answer(2, '', '')],
      sessions,
      () => 0,
    );
    expect(later.responses).toBe(6);
    expect(later.overall).toEqual({ counts: [2, 1, 1, 1, 1], average: 2.67 });
    expect(later.sessions[0]).toMatchObject({ counts: [0, 1, 0, 1, 0], answered: 2, average: 3 });
    expect(later.helped).toEqual(['b', 'd', 'e', 'a']);
    expect(later.change).toEqual(['c']);
  });
});
