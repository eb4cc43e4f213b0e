import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA, programmeAdmin } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminAuth } from '../admin';
import { callFunction, idTokenOf } from '../testing/callables';

type Team = { uid: string; email: string }[];
const [helen] = cohortA.facilitators;
const [amara] = cohortA.participants;
const team = (token: string | null, data: unknown = {}) =>
  callFunction<Team>('programmeTeam', token, data);

describe('naming the programme team', () => {
  beforeEach(seedDemoData);

  it('grants and removes the admin claim, and never removes the last member', async () => {
    const sam = await idTokenOf(programmeAdmin.email);
    expect((await team(sam)).result?.map((m) => m.email)).toEqual([programmeAdmin.email]);

    const last = await team(sam, { email: programmeAdmin.email, member: false });
    expect(last.status).toBe(400);
    expect(last.error?.message).toContain('This is the last member of the programme team');
    expect((await adminAuth().getUser(programmeAdmin.uid)).customClaims?.['admin']).toBe(true);

    const added = await team(sam, { email: helen!.email, member: true });
    expect(added.result?.map((m) => m.email).sort()).toEqual(
      [helen!.email, programmeAdmin.email].sort(),
    );
    expect((await adminAuth().getUser(helen!.uid)).customClaims?.['admin']).toBe(true);

    const removed = await team(sam, { email: programmeAdmin.email, member: false });
    expect(removed.result?.map((m) => m.email)).toEqual([helen!.email]);
    expect((await adminAuth().getUser(programmeAdmin.uid)).customClaims?.['admin']).toBeUndefined();
  });

  it('is refused to participants, facilitators and anyone signed out', async () => {
    for (const token of [await idTokenOf(amara!.email), await idTokenOf(helen!.email), null]) {
      const answer = await team(token, { email: amara!.email, member: true });
      expect(answer.status).toBe(403);
    }
    expect((await adminAuth().getUser(amara!.uid)).customClaims?.['admin']).toBeUndefined();
  });
});
