import { Timestamp } from 'firebase-admin/firestore';
import { formatLongDate, todayIso } from '@/lib/dates';
import { firstName } from '@/lib/names';
import { claimIn, deliver, ledgerId } from '../mail/ledger';
import { programmeNameOf } from '../cohort-data';
import { renderLetter } from '../mail/layout';
import { invitationSignature } from '../mail/invitation-link';
import { linksFor, type Services } from '../services';

type InvitationData = {
  email: string;
  role: 'participant' | 'facilitator';
  invitedBy: string;
  name?: string;
  offerExpiresAt?: Timestamp;
};

/** The inviter as the cohort knows them, or the team when the inviter is not a member. */
export async function inviterName(
  services: Services,
  cohortId: string,
  uid: string,
): Promise<string> {
  const membership = await services.db.doc(`cohorts/${cohortId}/members/${uid}`).get();
  const profile = membership.exists ? null : await services.db.doc(`users/${uid}`).get();
  return (
    (membership.get('displayName') as string | undefined) ??
    (profile?.get('displayName') as string | undefined) ??
    'The programme team'
  );
}

async function hasAccount(services: Services, email: string): Promise<boolean> {
  try {
    await services.auth.getUserByEmail(email);
    return true;
  } catch {
    return false;
  }
}

/**
 * Emails one invitation, once per occasion (`first`, or the time a resend was asked for). A
 * withdrawn invitation is gone by the time this runs, and then nothing is sent.
 */
export async function sendInvitation(
  services: Services,
  cohortId: string,
  email: string,
  occasion: string,
): Promise<boolean> {
  const invitationRef = services.db.doc(`cohorts/${cohortId}/invitations/${email}`);
  const [cohort, invitation] = await Promise.all([
    services.db.doc(`cohorts/${cohortId}`).get(),
    invitationRef.get(),
  ]);
  if (!cohort.exists || !invitation.exists) return false;
  const data = invitation.data() as InvitationData;
  const [inviter, existing, programme] = await Promise.all([
    inviterName(services, cohortId, data.invitedBy),
    hasAccount(services, email),
    programmeNameOf(services, cohortId),
  ]);
  const cohortName = cohort.get('name') as string;
  // A sign-up link is signed, so the page can name the cohort and inviter to its holder alone.
  const url = existing
    ? `${services.portalUrl}/sign-in?email=${encodeURIComponent(email)}`
    : `${services.portalUrl}/sign-up?${new URLSearchParams({
        email,
        cohort: cohortId,
        key: invitationSignature(cohortId, email, services.linkSecret),
      }).toString()}`;
  const role = data.role === 'facilitator' ? 'a facilitator' : 'a participant';
  // A seat offered from the waiting list is held until its deadline, then passes on.
  const offer = data.offerExpiresAt
    ? [
        {
          type: 'paragraph' as const,
          text: `A seat has come free and it is yours if you want it: accept by ${formatLongDate(todayIso(data.offerExpiresAt.toDate()))}. After that it passes to the next person on the waiting list.`,
        },
      ]
    : [];
  const message = renderLetter(
    {
      to: email,
      subject: data.offerExpiresAt
        ? `A seat is free for you in ${cohortName}`
        : `You are invited to join ${cohortName}`,
      programme,
      greeting: data.name ? `Hello ${firstName(data.name)},` : 'Hello,',
      blocks: [
        ...offer,
        {
          type: 'paragraph',
          text: programme
            ? `${inviter} has invited you to join “${cohortName}” as ${role}, on the programme “${programme}”.`
            : `${inviter} has invited you to join “${cohortName}” as ${role}.`,
        },
        {
          type: 'paragraph',
          text: `The programme runs from ${formatLongDate(cohort.get('startDate') as string)} to ${formatLongDate(cohort.get('endDate') as string)}: four modules of two days each, with reading, goals and reflection in the portal between them.`,
        },
        {
          type: 'paragraph',
          text: existing
            ? 'You already have an account. Sign in with this email address and you will be added to the cohort.'
            : 'Create your account with this email address and you will be added to the cohort once you have confirmed it.',
        },
        { type: 'link', label: existing ? 'Sign in to join' : 'Create your account', url },
      ],
      reason: `You get this email because ${inviter} invited ${email} to the cohort. If you were not expecting it, you can ignore it.`,
    },
    linksFor(services),
  );
  const id = ledgerId('invitation', cohortId, email, occasion);
  const claimed = await services.db.runTransaction(async (transaction) => {
    // Read again inside the transaction: a withdrawal between the trigger and now stops the send.
    if (!(await transaction.get(invitationRef)).exists) return false;
    return claimIn(services, transaction, {
      id,
      kind: 'invitation',
      recipientUid: null,
      message,
    });
  });
  if (!claimed) return false;
  const sent = (await deliver(services, id)) === 'sent';
  if (sent) {
    // The invitation may have been accepted or withdrawn since; then there is nothing to mark.
    await invitationRef
      .update({ sentAt: Timestamp.fromDate(services.now()) })
      .catch(() => undefined);
  }
  return sent;
}
