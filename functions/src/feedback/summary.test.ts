import { FieldValue } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDaysIso, londonInstant } from '@/lib/dates';
import { cohortB } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { eraseParticipant, planErasure } from '../data-rights/erasure';
import { testServices } from '../testing/test-services';
import { publishClosedFeedback, publishFeedback } from './summary';

// The trigger that turns answers into the only thing facilitators see of them, and the rule that
// no two reads of it, whatever happened between them, single out one person's answer.
const base = `cohorts/${cohortB.id}`;
const [dylan, fiona, hassan, megan] = cohortB.participants;
const summaryRef = () => adminDb().doc(`${base}/feedbackSummaries/module-3`);
const answerRef = (uid: string) => adminDb().doc(`${base}/moduleFeedback/module-3__${uid}`);
const newsOf = (uid: string) => adminDb().doc(`${base}/whatsNew/${uid}`);
const read = async () => (await summaryRef().get()).data();

const give = (uid: string, overall: number, helped: string, change = '') =>
  answerRef(uid).set({
    uid,
    moduleId: 'module-3',
    overall,
    sessions: { '1-10:00': overall },
    helped,
    change,
    updatedAt: FieldValue.serverTimestamp(),
  });

/** Gives (or changes) an answer and waits until the trigger has finished with it. */
async function giveAndSettle(uid: string, overall: number, helped: string, change = '') {
  await newsOf(uid).set({ feedbackGiven: FieldValue.delete() }, { merge: true });
  await give(uid, overall, helped, change);
  // The first trigger after the emulators start can take twenty seconds to warm up.
  const deadline = Date.now() + 40_000;
  while ((await newsOf(uid).get()).get('feedbackGiven.module-3') !== true) {
    if (Date.now() > deadline) throw new Error(`The trigger never finished with ${uid}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

async function summaryWhen(ready: (data: FirebaseFirestore.DocumentData) => boolean) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const data = await read();
    if (data && ready(data)) return data;
    if (Date.now() > deadline)
      throw new Error(`No matching summary in time: ${JSON.stringify(data)}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

/** A deletion starts no signal of its own, so watch that nothing moves for a while. */
async function expectUnchangedFor(ms: number, first: FirebaseFirestore.DocumentData | undefined) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    expect(await read()).toEqual(first);
    await new Promise((wait) => setTimeout(wait, 500));
  }
}

async function firstGroup() {
  await giveAndSettle(dylan!.uid, 5, 'The guest contributor', 'Fewer slides');
  await giveAndSettle(fiona!.uid, 3, 'Time with peers');
  await giveAndSettle(hassan!.uid, 4, '', 'A longer lunch');
  return summaryWhen((data) => data['responses'] === 3);
}

async function erase(uid: string) {
  const db = adminDb();
  await eraseParticipant(db, await planErasure(db, cohortB.id, uid));
}

describe('module feedback summary', () => {
  beforeEach(seedDemoData);

  it('appears at the third answer, with exact counts, averages and every comment', async () => {
    await giveAndSettle(dylan!.uid, 5, 'The guest contributor', 'Fewer slides');
    await giveAndSettle(fiona!.uid, 3, 'Time with peers');
    expect((await summaryRef().get()).exists).toBe(false);

    const summary = await firstGroup();
    expect(summary['overall']).toEqual({ counts: [0, 0, 1, 1, 1], average: 4 });
    expect(summary['sessions'].find((s: { key: string }) => s.key === '1-10:00')).toMatchObject({
      key: '1-10:00',
      counts: [0, 0, 1, 1, 1],
      answered: 3,
      average: 4,
    });
    expect([...summary['helped']].sort()).toEqual(['The guest contributor', 'Time with peers']);
    expect([...summary['change']].sort()).toEqual(['A longer lunch', 'Fewer slides']);
    expect(summary['publishedAt']).toBeDefined();
    expect(JSON.stringify(summary)).not.toMatch(/pb-|Dylan|Fiona|Hassan/);
    for (const person of [dylan, fiona, hassan]) {
      expect((await answerRef(person!.uid).get()).get('publishedAt')).toBeDefined();
    }
  });
});

describe('differencing: two reads around one person’s action reveal nothing of it', () => {
  beforeEach(seedDemoData);

  it('one participant answers between the reads', async () => {
    const before = await firstGroup();
    await giveAndSettle(megan!.uid, 1, 'Nothing, on reflection', 'Start on time');
    expect(await read()).toEqual(before);
  });

  it('one participant changes an answer that is still waiting', async () => {
    await firstGroup();
    await giveAndSettle(megan!.uid, 5, 'Everything');
    const before = await read();
    await giveAndSettle(megan!.uid, 1, 'Nothing, on reflection');
    expect(await read()).toEqual(before);
  });

  it('a participant whose answer is in the summary is erased', async () => {
    const before = await firstGroup();
    await erase(fiona!.uid);
    expect((await answerRef(fiona!.uid).get()).exists).toBe(false);
    await expectUnchangedFor(4000, before);
  });

  it('a participant whose answer is still waiting is erased', async () => {
    await firstGroup();
    await giveAndSettle(megan!.uid, 2, 'The sets');
    const before = await read();
    await erase(megan!.uid);
    await expectUnchangedFor(4000, before);
  });
});

describe('publication in groups', () => {
  beforeEach(seedDemoData);
  const services = () => testServices();
  const extra = (n: number) => `pb-extra-${n}`;

  it('after the first group, adds the oldest answers once the newest 3 can wait, and never drops one', async () => {
    await firstGroup();
    // Answers straight from the admin SDK: the same documents a participant writes, more people.
    for (const n of [1, 2, 3, 4, 5]) await give(extra(n), 2, `Extra ${n}`);
    expect(await publishFeedback(services(), cohortB.id, 'module-3', { closed: false })).toBe(0);
    expect((await read())?.['responses']).toBe(3);

    await give(extra(6), 2, 'Extra 6');
    await publishFeedback(services(), cohortB.id, 'module-3', { closed: false });
    const second = await read();
    expect(second?.['responses']).toBe(6);
    expect(second?.['overall'].counts).toEqual([0, 3, 1, 1, 1]);
    expect([...(second?.['helped'] ?? [])].sort()).toEqual([
      'Extra 1',
      'Extra 2',
      'Extra 3',
      'The guest contributor',
      'Time with peers',
    ]);
    for (const n of [4, 5, 6]) {
      expect((await answerRef(extra(n)).get()).get('publishedAt')).toBeUndefined();
    }

    // Redelivered, or run again by a second trigger: nothing more is added.
    expect(await publishFeedback(services(), cohortB.id, 'module-3', { closed: false })).toBe(0);
    expect(await read()).toEqual(second);
    // An erasure after publication leaves the published counts as they were.
    await erase(fiona!.uid);
    await give(extra(7), 2, 'Extra 7');
    await give(extra(8), 2, 'Extra 8');
    await give(extra(9), 2, 'Extra 9');
    await publishFeedback(services(), cohortB.id, 'module-3', { closed: false });
    const third = await read();
    expect(third?.['responses']).toBe(9);
    expect(third?.['helped']).toContain('Time with peers');
  });

  it('adds everything still waiting the morning after the window closes, once', async () => {
    await firstGroup();
    for (const n of [1, 2, 3, 4]) await give(extra(n), 1, `Late ${n}`);
    const moduleFour = (await adminDb().doc(`${base}/modules/module-4`).get()).get(
      'days',
    ) as string[];
    const lastOpenDay = testServices({
      now: londonInstant(addDaysIso(moduleFour[0]!, -1), '07:00'),
    });
    expect(await publishClosedFeedback(lastOpenDay)).toBe(0);

    const closedMorning = testServices({ now: londonInstant(moduleFour[0]!, '07:00') });
    expect(await publishClosedFeedback(closedMorning)).toBe(4);
    const final = await read();
    expect(final?.['responses']).toBe(7);
    expect(final?.['overall'].counts).toEqual([4, 0, 1, 1, 1]);
    expect(await publishClosedFeedback(closedMorning)).toBe(0);
    expect(await read()).toEqual(final);
  });

  it('at the close, shows nothing of fewer than 3 answers waiting', async () => {
    await firstGroup();
    await give(extra(1), 1, 'Late 1');
    await give(extra(2), 1, 'Late 2');
    const before = await read();
    const moduleFour = (await adminDb().doc(`${base}/modules/module-4`).get()).get(
      'days',
    ) as string[];
    const closedMorning = testServices({ now: londonInstant(moduleFour[0]!, '07:00') });
    expect(await publishClosedFeedback(closedMorning)).toBe(0);
    expect(await read()).toEqual(before);
  });
});
