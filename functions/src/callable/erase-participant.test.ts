import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA, programmeAdmin } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { callFunction, idTokenOf, signedInMinutesAgo } from '../testing/callables';

type Answer = {
  name: string;
  counts: Record<string, number>;
  alsoErased: string[];
  erased: boolean;
};
const [helen] = cohortA.facilitators;
const [amara, gareth] = cohortA.participants;
const erase = (token: string | null, data: Record<string, unknown>) =>
  callFunction<Answer>('eraseParticipant', token, { cohortId: cohortA.id, ...data });

describe('erasure from the programme team’s screen', () => {
  beforeEach(seedDemoData);

  it('shows a dry run by kind, asks for the exact name, erases, and records it without content', async () => {
    const sam = await idTokenOf(programmeAdmin.email);
    const dryRun = await erase(sam, { uid: gareth!.uid });
    expect(dryRun.result).toMatchObject({ name: gareth!.displayName, erased: false });
    expect(dryRun.result?.counts).toMatchObject({ Membership: 1, 'Director call': 1, Goals: 2 });
    expect((await adminDb().doc(`cohorts/${cohortA.id}/members/${gareth!.uid}`).get()).exists).toBe(
      true,
    );

    const wrongName = await erase(sam, { uid: gareth!.uid, confirmName: 'Gareth' });
    expect(wrongName.status).toBe(400);
    expect(wrongName.error?.message).toContain(
      `Type their name exactly as shown, ${gareth!.displayName}`,
    );

    const done = await erase(sam, { uid: gareth!.uid, confirmName: gareth!.displayName });
    expect(done.result).toMatchObject({ erased: true, counts: dryRun.result?.counts });
    expect((await adminDb().doc(`cohorts/${cohortA.id}/members/${gareth!.uid}`).get()).exists).toBe(
      false,
    );
    const goals = await adminDb()
      .collection(`cohorts/${cohortA.id}/goals`)
      .where('ownerUid', '==', gareth!.uid)
      .get();
    expect(goals.size).toBe(0);

    const records = await adminDb().collection('erasures').where('uid', '==', gareth!.uid).get();
    expect(records.docs.map((doc) => Object.keys(doc.data()).sort())).toEqual([
      ['at', 'cohortId', 'counts', 'erasedBy', 'uid'],
    ]);
    expect(records.docs[0]?.get('erasedBy')).toBe(programmeAdmin.uid);

    const audit = await adminDb().collection('auditLog').get();
    expect(audit.docs.map((doc) => doc.data())).toEqual([
      expect.objectContaining({
        action: 'erasure',
        actor: {
          uid: programmeAdmin.uid,
          label: programmeAdmin.displayName,
          email: programmeAdmin.email,
        },
        cohortId: cohortA.id,
        target: { uid: gareth!.uid, label: gareth!.displayName },
        detail: { from: 'screen' },
      }),
    ]);
  });

  it('shows the dry run on an old sign-in, but erases only after the password is entered again', async () => {
    const stale = signedInMinutesAgo(await idTokenOf(programmeAdmin.email), 6);
    expect((await erase(stale, { uid: gareth!.uid })).result?.erased).toBe(false);
    const refused = await erase(stale, { uid: gareth!.uid, confirmName: gareth!.displayName });
    expect(refused.status).toBe(401);
    expect(refused.error).toMatchObject({ details: { reason: 'recent-sign-in-required' } });
    expect((await adminDb().doc(`cohorts/${cohortA.id}/members/${gareth!.uid}`).get()).exists).toBe(
      true,
    );
    expect((await adminDb().collection('auditLog').get()).size).toBe(0);
  });

  it('counts neither feedback answers nor private entries, in the preview or the record', async () => {
    const sam = await idTokenOf(programmeAdmin.email);
    const before = (await erase(sam, { uid: gareth!.uid })).result;
    expect(before?.alsoErased.join(' ')).toMatch(/private journal entries.*module feedback/i);
    const cohort = adminDb().doc(`cohorts/${cohortA.id}`);
    await cohort.collection('journal').doc('gareth-private-extra').set({
      authorUid: gareth!.uid,
      authorName: gareth!.displayName,
      moduleId: 'module-2',
      title: 'Only mine',
      body: 'Private',
      visibility: 'private',
      revision: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await cohort.collection('moduleFeedback').doc(`module-2__${gareth!.uid}`).set({
      uid: gareth!.uid,
      moduleId: 'module-2',
      overall: 2,
      sessions: {},
      helped: '',
      change: '',
      updatedAt: new Date(),
    });
    // Two previews around one private entry and one feedback answer read exactly the same.
    const after = (await erase(sam, { uid: gareth!.uid })).result;
    expect(after).toEqual(before);

    const done = await erase(sam, { uid: gareth!.uid, confirmName: gareth!.displayName });
    expect(done.result?.counts).toEqual(before?.counts);
    const records = await adminDb().collection('erasures').where('uid', '==', gareth!.uid).get();
    expect(records.docs[0]?.get('counts')).toEqual(before?.counts);
  });

  it('is refused to participants, facilitators and anyone signed out', async () => {
    for (const token of [await idTokenOf(amara!.email), await idTokenOf(helen!.email), null]) {
      const answer = await erase(token, { uid: gareth!.uid, confirmName: gareth!.displayName });
      expect(answer.status).toBe(403);
    }
    expect((await adminDb().doc(`cohorts/${cohortA.id}/members/${gareth!.uid}`).get()).exists).toBe(
      true,
    );
  });
});
