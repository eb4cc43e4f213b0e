import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA, personWithoutCohort, programmeAdmin } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { callFunction, idTokenOf } from '../testing/callables';

const [helen, tom] = cohortA.facilitators;
const [amara] = cohortA.participants;
const act = (token: string | null, data: Record<string, unknown>) =>
  callFunction<{ done: true }>('staffAction', token, data);
const auditLog = async () =>
  (await adminDb().collection('auditLog').orderBy('at').get()).docs.map((d) => d.data());
const sam = {
  uid: programmeAdmin.uid,
  label: programmeAdmin.displayName,
  email: programmeAdmin.email,
};
const cohortPath = `cohorts/${cohortA.id}`;
const post = 'networkPosts/post-joint-workforce-plan';

describe('the programme team’s changes, each with its audit record', () => {
  beforeEach(seedDemoData);

  it('archives and unarchives a cohort, and a repeated request records nothing more', async () => {
    const token = await idTokenOf(programmeAdmin.email);
    const archive = { action: 'cohort.archive', cohortId: cohortA.id };
    expect((await act(token, archive)).result).toEqual({ done: true });
    expect((await act(token, archive)).result).toEqual({ done: true });
    expect((await adminDb().doc(cohortPath).get()).get('archived')).toBe(true);
    await act(token, { action: 'cohort.unarchive', cohortId: cohortA.id });
    expect((await adminDb().doc(cohortPath).get()).get('archived')).toBe(false);
    expect(await auditLog()).toEqual([
      expect.objectContaining({ action: 'cohort.archive', actor: sam, cohortId: cohortA.id }),
      expect.objectContaining({ action: 'cohort.unarchive', actor: sam, cohortId: cohortA.id }),
    ]);
  });

  it('appoints a facilitator by invitation and removes one', async () => {
    const token = await idTokenOf(programmeAdmin.email);
    const email = personWithoutCohort.email;
    await act(token, { action: 'facilitator.appoint', cohortId: cohortA.id, email });
    const invitation = await adminDb().doc(`${cohortPath}/invitations/${email}`).get();
    expect(invitation.data()).toMatchObject({ role: 'facilitator', invitedBy: sam.uid });
    const again = await act(token, { action: 'facilitator.appoint', cohortId: cohortA.id, email });
    expect(again.error?.message).toBe(`${email} is already invited to this cohort.`);

    const notFacilitator = await act(token, {
      action: 'facilitator.remove',
      cohortId: cohortA.id,
      uid: amara!.uid,
    });
    expect(notFacilitator.error?.message).toBe('This person is not a facilitator of this cohort.');
    await act(token, { action: 'facilitator.remove', cohortId: cohortA.id, uid: tom!.uid });
    expect((await adminDb().doc(`${cohortPath}/members/${tom!.uid}`).get()).exists).toBe(false);
    expect((await adminDb().doc(`${cohortPath}/members/${amara!.uid}`).get()).exists).toBe(true);
    expect(await auditLog()).toEqual([
      expect.objectContaining({ action: 'facilitator.appoint', target: { label: email } }),
      expect.objectContaining({
        action: 'facilitator.remove',
        target: { uid: tom!.uid, label: tom!.displayName },
      }),
    ]);
  });

  it('hides network writing with the reason and shows it again, naming whose it was, not what it said', async () => {
    const token = await idTokenOf(programmeAdmin.email);
    const title = (await adminDb().doc(post).get()).get('title') as string;
    await act(token, {
      action: 'network.hide',
      postId: 'post-joint-workforce-plan',
      reason: 'Names a patient',
    });
    expect((await adminDb().doc(post).get()).data()).toMatchObject({
      hidden: true,
      hiddenReason: 'Names a patient',
    });
    await act(token, {
      action: 'network.hide',
      postId: 'post-joint-workforce-plan',
      replyId: 'reply-1',
      reason: 'Off topic',
    });
    await act(token, { action: 'network.unhide', postId: 'post-joint-workforce-plan' });
    expect((await adminDb().doc(post).get()).data()).toMatchObject({
      hidden: false,
      hiddenReason: '',
    });
    const records = await auditLog();
    expect(records.map((record) => record['action'])).toEqual([
      'network.hide',
      'network.hide',
      'network.unhide',
    ]);
    expect(records[0]).toMatchObject({
      target: { uid: 'p-sunita', label: expect.stringMatching(/’s post$/) },
      detail: { postId: 'post-joint-workforce-plan', reason: 'Names a patient' },
    });
    expect(records[1]).toMatchObject({ target: { label: expect.stringMatching(/’s reply$/) } });
    expect(JSON.stringify(records)).not.toContain(title);
  });

  it('is refused to facilitators, participants and anyone signed out, and changes nothing', async () => {
    for (const token of [await idTokenOf(helen!.email), await idTokenOf(amara!.email), null]) {
      expect((await act(token, { action: 'cohort.archive', cohortId: cohortA.id })).status).toBe(
        403,
      );
      expect(
        (await act(token, { action: 'facilitator.remove', cohortId: cohortA.id, uid: tom!.uid }))
          .status,
      ).toBe(403);
    }
    expect((await adminDb().doc(cohortPath).get()).get('archived')).toBe(false);
    expect((await adminDb().doc(`${cohortPath}/members/${tom!.uid}`).get()).exists).toBe(true);
    expect(await auditLog()).toEqual([]);
  });

  it('refuses a request it cannot read, in plain English', async () => {
    const token = await idTokenOf(programmeAdmin.email);
    const answer = await act(token, { action: 'cohort.delete', cohortId: cohortA.id });
    expect(answer.status).toBe(400);
    expect(answer.error?.message).toBe('Say what to do, and to what.');
    const noReason = await act(token, { action: 'network.hide', postId: 'x', reason: ' ' });
    expect(noReason.status).toBe(400);
  });
});
