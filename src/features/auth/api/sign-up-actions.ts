import { createUserWithEmailAndPassword, updateProfile } from 'firebase/auth';
import { auth } from '@/lib/firebase/app';
import { requestVerificationEmail } from './account-actions';
import { sessionFor } from './session-actions';

export type NewAccount = {
  displayName: string;
  email: string;
  password: string;
  organisation: string;
  jobTitle: string;
};

/**
 * Creates the account, keeps the person's organisation and job title on their profile (which the
 * membership copies when they join, so people lists show them from the first day), and sends the
 * verification email an invitation needs before it can be used.
 */
export async function signUp(account: NewAccount): Promise<void> {
  await sessionFor(false);
  const { user } = await createUserWithEmailAndPassword(
    auth,
    account.email.trim(),
    account.password,
  );
  const displayName = account.displayName.trim();
  await updateProfile(user, { displayName });
  // The full SDK loads only now, after the account exists (the portal needs it next anyway), so
  // the page stays light and no screen's first view takes on Firestore's write code.
  const { db, doc, setDoc } = await import('@/lib/firebase/firestore');
  await setDoc(doc(db, 'users', user.uid), {
    displayName,
    organisation: account.organisation.trim(),
    jobTitle: account.jobTitle.trim(),
  });
  // The invitation is accepted on the home page, so the confirmed person continues there.
  await requestVerificationEmail('/');
}

export type InvitationPreview = {
  cohortName: string;
  programmeName?: string;
  inviterName: string;
  role: 'participant' | 'facilitator';
  /** What the facilitator's spreadsheet said of the person; empty strings where it said nothing. */
  person?: { name: string; organisation: string; jobTitle: string };
};

/**
 * Which cohort invited this address and who did, from the signed link in the invitation email.
 * Null when the link cannot prove it (edited, withdrawn or used), and the page then says nothing.
 */
export async function previewInvitation(link: {
  cohortId: string;
  email: string;
  signature: string;
}): Promise<InvitationPreview | null> {
  const { callable } = await import('@/lib/firebase/functions');
  const answer = await callable<typeof link, { invitation: InvitationPreview | null }>(
    'invitationPreview',
  )(link);
  return answer.data.invitation;
}
