import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA, programmeAdmin } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminAuth, adminDb } from '../admin';
import { callFunction, idTokenOf, signedInMinutesAgo } from '../testing/callables';

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

  it('refuses an account whose email address is not confirmed, and grants it once it is', async () => {
    const sam = await idTokenOf(programmeAdmin.email);
    await adminAuth().updateUser(amara!.uid, { emailVerified: false });
    const refused = await team(sam, { email: amara!.email, member: true });
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toBe(
      `${amara!.email} has not confirmed their email address yet. Ask them to open the link in the email the portal sent them, then add them again.`,
    );
    expect((await adminAuth().getUser(amara!.uid)).customClaims?.['admin']).toBeUndefined();
    expect((await team(sam)).result?.map((m) => m.email)).toEqual([programmeAdmin.email]);

    await adminAuth().updateUser(amara!.uid, { emailVerified: true });
    const granted = await team(sam, { email: amara!.email, member: true });
    expect(granted.status).toBe(200);
    expect((await adminAuth().getUser(amara!.uid)).customClaims?.['admin']).toBe(true);
  });

  it('records every change in the audit log, naming who made it', async () => {
    const sam = await idTokenOf(programmeAdmin.email);
    await team(sam, { email: helen!.email, member: true });
    await team(sam, { email: helen!.email, member: false });
    const records = await adminDb().collection('auditLog').orderBy('at').get();
    expect(records.docs.map((doc) => doc.data())).toEqual([
      expect.objectContaining({
        action: 'programme-team.add',
        actor: {
          uid: programmeAdmin.uid,
          label: programmeAdmin.displayName,
          email: programmeAdmin.email,
        },
        target: { uid: helen!.uid, label: helen!.displayName },
      }),
      expect.objectContaining({ action: 'programme-team.remove' }),
    ]);
  });

  it('names the member by their confirmed address too, whatever name they give themselves', async () => {
    await adminAuth().updateUser(programmeAdmin.uid, { displayName: helen!.displayName });
    const sam = await idTokenOf(programmeAdmin.email);
    await team(sam, { email: helen!.email, member: true });
    const [record] = (await adminDb().collection('auditLog').get()).docs;
    expect(record?.get('actor')).toEqual({
      uid: programmeAdmin.uid,
      label: helen!.displayName,
      email: programmeAdmin.email,
    });
  });

  it('asks for the password again when it was entered more than five minutes ago', async () => {
    const sam = await idTokenOf(programmeAdmin.email);
    const stale = signedInMinutesAgo(sam, 6);
    expect((await team(stale)).status).toBe(200);
    const refused = await team(stale, { email: helen!.email, member: true });
    expect(refused.status).toBe(401);
    expect(refused.error?.details?.reason).toBe('recent-sign-in-required');
    expect((await adminAuth().getUser(helen!.uid)).customClaims?.['admin']).toBeUndefined();
    expect(
      (await team(signedInMinutesAgo(sam, 4), { email: helen!.email, member: true })).status,
    ).toBe(200);
  });

  it('is refused to an admin claim on an unconfirmed address', async () => {
    await adminAuth().updateUser(programmeAdmin.uid, { emailVerified: false });
    const unconfirmed = await idTokenOf(programmeAdmin.email);
    expect((await team(unconfirmed)).status).toBe(403);
    expect((await team(unconfirmed, { email: helen!.email, member: true })).status).toBe(403);
  });

  it('is refused to participants, facilitators and anyone signed out', async () => {
    for (const token of [await idTokenOf(amara!.email), await idTokenOf(helen!.email), null]) {
      const answer = await team(token, { email: amara!.email, member: true });
      expect(answer.status).toBe(403);
    }
    expect((await adminAuth().getUser(amara!.uid)).customClaims?.['admin']).toBeUndefined();
  });
});
