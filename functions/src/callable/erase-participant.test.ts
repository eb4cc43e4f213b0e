import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA, programmeAdmin } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { callFunction, idTokenOf, signedInMinutesAgo } from '../testing/callables';

type Answer = { name: string; counts: Record<string, number>; total: number; erased: boolean };
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
    expect(done.result).toMatchObject({ erased: true, total: dryRun.result?.total });
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
      ['at', 'cohortId', 'counts', 'erasedBy', 'total', 'uid'],
    ]);
    expect(records.docs[0]?.get('erasedBy')).toBe(programmeAdmin.uid);

    const audit = await adminDb().collection('auditLog').get();
    expect(audit.docs.map((doc) => doc.data())).toEqual([
      expect.objectContaining({
        action: 'erasure',
        actor: { uid: programmeAdmin.uid, label: programmeAdmin.displayName },
        cohortId: cohortA.id,
        target: { uid: gareth!.uid, label: gareth!.displayName },
        detail: { documents: dryRun.result?.total, from: 'screen' },
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
