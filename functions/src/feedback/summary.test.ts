import { FieldValue } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { cohortB } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';

// The trigger that turns answers into the only thing facilitators see of them.
const base = `cohorts/${cohortB.id}`;
const [dylan, fiona, hassan, megan] = cohortB.participants;
const summaryRef = () => adminDb().doc(`${base}/feedbackSummaries/module-3`);

const give = (uid: string, overall: number, helped: string, change = '') =>
  adminDb()
    .doc(`${base}/moduleFeedback/module-3__${uid}`)
    .set({
      uid,
      moduleId: 'module-3',
      overall,
      sessions: { '1-10:00': overall },
      helped,
      change,
      updatedAt: FieldValue.serverTimestamp(),
    });

async function summaryWhen(ready: (data: FirebaseFirestore.DocumentData) => boolean) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const data = (await summaryRef().get()).data();
    if (data && ready(data)) return data;
    if (Date.now() > deadline)
      throw new Error(`No matching summary in time: ${JSON.stringify(data)}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

describe('module feedback summary', () => {
  beforeEach(seedDemoData);

  it('appears at the third answer, with exact counts, averages and every comment', async () => {
    await give(dylan!.uid, 5, 'The guest contributor', 'Fewer slides');
    await give(fiona!.uid, 3, 'Time with peers');
    await new Promise((wait) => setTimeout(wait, 3000));
    expect((await summaryRef().get()).exists).toBe(false);

    await give(hassan!.uid, 4, '', 'A longer lunch');
    const summary = await summaryWhen((data) => data['responses'] === 3);
    expect(summary['overall']).toEqual({ counts: [0, 0, 1, 1, 1], average: 4 });
    expect(summary['sessions'].find((s: { key: string }) => s.key === '1-10:00')).toMatchObject({
      key: '1-10:00',
      counts: [0, 0, 1, 1, 1],
      answered: 3,
      average: 4,
    });
    expect([...summary['helped']].sort()).toEqual(['The guest contributor', 'Time with peers']);
    expect([...summary['change']].sort()).toEqual(['A longer lunch', 'Fewer slides']);
    expect(JSON.stringify(summary)).not.toMatch(/pb-|Dylan|Fiona|Hassan/);
  });

  it('replaces an edited answer rather than counting it twice, and adds a later one', async () => {
    await give(dylan!.uid, 5, 'The guest contributor');
    await give(fiona!.uid, 3, 'Time with peers');
    await give(hassan!.uid, 4, 'The sets');
    await summaryWhen((data) => data['responses'] === 3);

    await give(fiona!.uid, 1, 'Nothing, on reflection');
    const edited = await summaryWhen((data) => data['overall'].counts[0] === 1);
    expect(edited['responses']).toBe(3);
    expect(edited['overall']).toEqual({ counts: [1, 0, 0, 1, 1], average: 3.33 });
    expect([...edited['helped']].sort()).toEqual([
      'Nothing, on reflection',
      'The guest contributor',
      'The sets',
    ]);

    await give(megan!.uid, 5, 'Everything');
    const later = await summaryWhen((data) => data['responses'] === 4);
    expect(later['overall']).toEqual({ counts: [1, 0, 0, 1, 2], average: 3.75 });
  });

  it('goes when an erasure leaves fewer than 3 answers', async () => {
    for (const [person, rating] of [
      [dylan, 5],
      [fiona, 3],
      [hassan, 4],
    ] as const) {
      await give(person!.uid, rating, 'Something');
    }
    await summaryWhen((data) => data['responses'] === 3);
    await adminDb().doc(`${base}/moduleFeedback/module-3__${fiona!.uid}`).delete();
    const deadline = Date.now() + 20_000;
    while ((await summaryRef().get()).exists) {
      if (Date.now() > deadline) throw new Error('The summary outlived its third answer');
      await new Promise((wait) => setTimeout(wait, 250));
    }
  });
});
