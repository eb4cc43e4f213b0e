import { FieldValue } from 'firebase-admin/firestore';
import { recordAudit, type AuditEntry } from '../audit/record';
import type { Services } from '../services';

export class StaffActionRefused extends Error {}

/**
 * The programme team's changes that once were client writes. A Firestore trigger cannot name who
 * wrote (the emulators, hidane included, deliver a placeholder author to `…WithAuthContext`
 * triggers), so each change runs here, and the change and its audit record commit together.
 */
export type StaffAction =
  | { action: 'cohort.archive' | 'cohort.unarchive'; cohortId: string }
  | { action: 'facilitator.appoint'; cohortId: string; email: string }
  | { action: 'facilitator.remove'; cohortId: string; uid: string }
  | { action: 'network.hide'; postId: string; replyId?: string; reason: string }
  | { action: 'network.unhide'; postId: string; replyId?: string };

type Actor = AuditEntry['actor'];

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function parseStaffAction(data: unknown): StaffAction | null {
  if (typeof data !== 'object' || data === null) return null;
  const value = data as Record<string, unknown>;
  const text = (key: string, max: number) =>
    typeof value[key] === 'string' && value[key].length > 0 && value[key].length <= max;
  switch (value['action']) {
    case 'cohort.archive':
    case 'cohort.unarchive':
      return text('cohortId', 128) ? (value as StaffAction) : null;
    case 'facilitator.appoint':
      return text('cohortId', 128) && text('email', 254) ? (value as StaffAction) : null;
    case 'facilitator.remove':
      return text('cohortId', 128) && text('uid', 128) ? (value as StaffAction) : null;
    case 'network.hide':
    case 'network.unhide':
      if (!text('postId', 128) || (value['replyId'] !== undefined && !text('replyId', 128))) {
        return null;
      }
      if (value['action'] === 'network.unhide') return value as StaffAction;
      return typeof value['reason'] === 'string' &&
        value['reason'].trim().length > 0 &&
        value['reason'].trim().length <= 300
        ? (value as StaffAction)
        : null;
    default:
      return null;
  }
}

/** Runs one staff action and records it; a repeated request that changes nothing records nothing. */
export async function runStaffAction(
  services: Pick<Services, 'db'>,
  actor: Actor,
  request: StaffAction,
): Promise<void> {
  const { db } = services;
  await db.runTransaction(async (transaction) => {
    const audit = (entry: Omit<AuditEntry, 'actor'>) =>
      recordAudit(db, { ...entry, actor }, transaction);
    switch (request.action) {
      case 'cohort.archive':
      case 'cohort.unarchive': {
        const ref = db.doc(`cohorts/${request.cohortId}`);
        const cohort = await transaction.get(ref);
        if (!cohort.exists) throw new StaffActionRefused('This cohort no longer exists.');
        const archived = request.action === 'cohort.archive';
        if (cohort.get('archived') === archived) return;
        transaction.update(ref, { archived });
        await audit({ action: request.action, cohortId: request.cohortId });
        return;
      }
      case 'facilitator.appoint': {
        const email = request.email.trim().toLowerCase();
        if (!EMAIL.test(email)) {
          throw new StaffActionRefused('Enter the facilitator’s email address.');
        }
        const cohort = await transaction.get(db.doc(`cohorts/${request.cohortId}`));
        if (!cohort.exists) throw new StaffActionRefused('This cohort no longer exists.');
        if (cohort.get('archived') === true) {
          throw new StaffActionRefused('This cohort is archived: nobody new can join it.');
        }
        const invitation = db.doc(`cohorts/${request.cohortId}/invitations/${email}`);
        if ((await transaction.get(invitation)).exists) {
          throw new StaffActionRefused(`${email} is already invited to this cohort.`);
        }
        transaction.create(invitation, {
          email,
          role: 'facilitator',
          invitedBy: actor.uid,
          createdAt: FieldValue.serverTimestamp(),
        });
        await audit({
          action: 'facilitator.appoint',
          cohortId: request.cohortId,
          target: { label: email },
        });
        return;
      }
      case 'facilitator.remove': {
        const ref = db.doc(`cohorts/${request.cohortId}/members/${request.uid}`);
        const member = await transaction.get(ref);
        if (!member.exists) return;
        if (member.get('role') !== 'facilitator') {
          throw new StaffActionRefused('This person is not a facilitator of this cohort.');
        }
        transaction.delete(ref);
        await audit({
          action: 'facilitator.remove',
          cohortId: request.cohortId,
          target: { uid: request.uid, label: String(member.get('displayName') ?? request.uid) },
        });
        return;
      }
      case 'network.hide':
      case 'network.unhide': {
        const path = request.replyId
          ? `networkPosts/${request.postId}/replies/${request.replyId}`
          : `networkPosts/${request.postId}`;
        const writing = await transaction.get(db.doc(path));
        if (!writing.exists) throw new StaffActionRefused('This post or reply no longer exists.');
        const hidden = request.action === 'network.hide';
        const reason = request.action === 'network.hide' ? request.reason.trim() : '';
        if (writing.get('hidden') === hidden && writing.get('hiddenReason') === reason) return;
        const authorUid = String(writing.get('authorUid'));
        const profile = await transaction.get(db.doc(`networkProfiles/${authorUid}`));
        const author = String(profile.get('displayName') ?? 'a former member');
        transaction.update(writing.ref, { hidden, hiddenReason: reason });
        // Named by whose it is, never by what it says: the audit log holds nobody's writing.
        await audit({
          action: request.action,
          target: { uid: authorUid, label: `${author}’s ${request.replyId ? 'reply' : 'post'}` },
          detail: {
            postId: request.postId,
            ...(request.replyId ? { replyId: request.replyId } : {}),
            ...(hidden ? { reason } : {}),
          },
        });
        return;
      }
    }
  });
}
