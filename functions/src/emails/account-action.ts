import { paths, safeNextPath } from '@/config/paths';
import { LEDGER, ledgerId, sendOnce } from '../mail/ledger';
import { renderLetter } from '../mail/layout';
import { firstName } from '../recipients';
import { linksFor, type Services } from '../services';

/**
 * Confirming an address and resetting a password, sent by the portal itself rather than by
 * Firebase Auth, so they come from the programme's own sender through its SMTP like every other
 * email. The Admin SDK makes the action code; the link opens the portal's own page, which
 * completes the action with the web SDK and continues to where the person was going. Nobody can
 * turn these off, so they carry no unsubscribe.
 */
// At most one email of each kind to a person in each of these periods: the ledger id holds the
// period, so asking again within it (or a retried call) finds the claim and sends nothing.
export const RESEND_AFTER_MS = 5 * 60_000;

export type VerificationOutcome = 'sent' | 'recently-sent' | 'already-verified';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export class AccountEmailRefused extends Error {}

function period(services: Services): string {
  return String(Math.floor(services.now().getTime() / RESEND_AFTER_MS));
}

/**
 * The portal's own address for an action code. Only the code and mode are taken from Firebase's
 * link: Firebase's continue URL would need the portal's domain authorised, and ours is checked.
 */
export function actionUrl(services: Services, firebaseLink: string, continuePath: string): string {
  const given = new URL(firebaseLink).searchParams;
  const query = new URLSearchParams({
    mode: given.get('mode') ?? '',
    oobCode: given.get('oobCode') ?? '',
    continue: safeNextPath(continuePath),
  });
  return `${services.portalUrl}${paths.accountAction()}?${query.toString()}`;
}

async function alreadyClaimed(services: Services, id: string): Promise<boolean> {
  return (await services.db.collection(LEDGER).doc(id).get()).exists;
}

/** The link to confirm the caller's own address: the one on their account, never one they give. */
export async function sendVerificationEmail(
  services: Services,
  uid: string,
  continuePath: string,
): Promise<VerificationOutcome> {
  const user = await services.auth.getUser(uid);
  if (!user.email) throw new AccountEmailRefused('This account has no email address to confirm.');
  if (user.emailVerified) return 'already-verified';
  const id = ledgerId('email-verification', uid, user.email, period(services));
  if (await alreadyClaimed(services, id)) return 'recently-sent';
  const link = await services.auth.generateEmailVerificationLink(user.email);
  const message = renderLetter(
    {
      to: user.email,
      subject: 'Confirm your email address for the leadership portal',
      greeting: user.displayName ? `Dear ${firstName(user.displayName)},` : 'Hello,',
      blocks: [
        {
          type: 'paragraph',
          text: 'Confirm that this email address is yours to finish creating your account. Once you have, an invitation sent to this address is accepted and you join your cohort.',
        },
        {
          type: 'link',
          label: 'Confirm your email address',
          url: actionUrl(services, link, continuePath),
        },
        {
          type: 'paragraph',
          text: 'The link works once. If it has expired, sign in and ask for a new one.',
        },
      ],
      reason: `You get this email because an account on the portal was created with ${user.email}. If that was not you, you can ignore it.`,
    },
    linksFor(services),
  );
  return (await sendOnce(services, { id, kind: 'emailVerification', recipientUid: uid, message }))
    ? 'sent'
    : 'recently-sent';
}

/**
 * A link to choose a new password. The caller is not signed in, so the answer is the same whether
 * or not the address has an account (nothing is sent when it has none), and each address gets at
 * most one email in each period.
 */
export async function sendPasswordReset(
  services: Services,
  address: string,
  continuePath: string,
): Promise<void> {
  const email = address.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) {
    throw new AccountEmailRefused(
      'That does not look like an email address. Check it and try again.',
    );
  }
  const id = ledgerId('password-reset', email, period(services));
  if (await alreadyClaimed(services, id)) return;
  let link: string;
  let user;
  try {
    user = await services.auth.getUserByEmail(email);
    link = await services.auth.generatePasswordResetLink(email);
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/user-not-found') return;
    throw error;
  }
  const message = renderLetter(
    {
      to: email,
      subject: 'Reset your password for the leadership portal',
      greeting: user.displayName ? `Dear ${firstName(user.displayName)},` : 'Hello,',
      blocks: [
        {
          type: 'paragraph',
          text: 'We were asked to reset the password for your account on the portal. If that was you, choose a new password:',
        },
        {
          type: 'link',
          label: 'Choose a new password',
          url: actionUrl(services, link, continuePath),
        },
        {
          type: 'paragraph',
          text: `The link works once, for a short time. If it has expired, ask for a new one at ${services.portalUrl}${paths.resetPassword()}. If you did not ask, ignore this email: your password stays as it is.`,
        },
      ],
      reason: `You get this email because a password reset was asked for ${email} on the portal.`,
    },
    linksFor(services),
  );
  await sendOnce(services, { id, kind: 'passwordReset', recipientUid: user.uid, message });
}

/**
 * The portal's own address for an email sign-in link. Firebase's web SDK completes the sign-in
 * from a link that carries its `mode`, `oobCode` and `apiKey`, so those three are kept; the page
 * is the portal's own, like the other account emails'.
 */
export function signInLinkUrl(services: Services, firebaseLink: string, continuePath: string) {
  const given = new URL(firebaseLink).searchParams;
  const query = new URLSearchParams({
    mode: given.get('mode') ?? '',
    oobCode: given.get('oobCode') ?? '',
    apiKey: given.get('apiKey') ?? '',
    continue: safeNextPath(continuePath),
  });
  return `${services.portalUrl}${paths.emailSignIn()}?${query.toString()}`;
}

/**
 * A link that signs the person in without their password. Open to anyone, so, as for a password
 * reset, the answer is the same whether or not the address has an account: only an existing
 * account is sent a link (a new person joins through the sign-up page, which asks for their
 * details), and each address gets at most one in each period.
 */
export async function sendSignInLink(
  services: Services,
  address: string,
  continuePath: string,
): Promise<void> {
  const email = address.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) {
    throw new AccountEmailRefused(
      'That does not look like an email address. Check it and try again.',
    );
  }
  const id = ledgerId('email-sign-in', email, period(services));
  if (await alreadyClaimed(services, id)) return;
  let user;
  try {
    user = await services.auth.getUserByEmail(email);
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/user-not-found') return;
    throw error;
  }
  // Opening a link confirms the address and keeps the account's password, so a link to an
  // account whose address was never confirmed would hand whoever made it the owner's mail; such
  // accounts recover through a password reset, which replaces that password.
  if (user.disabled || !user.emailVerified) return;
  // The continue URL must be on a domain authorised for the project (the portal's own is, for
  // sign-in); our link carries the path the person goes on to, checked on the page again.
  const link = await services.auth.generateSignInWithEmailLink(email, {
    url: `${services.portalUrl}${paths.emailSignIn()}`,
    handleCodeInApp: true,
  });
  const message = renderLetter(
    {
      to: email,
      subject: 'Your sign-in link for the collaborative leadership portal',
      greeting: user.displayName ? `Dear ${firstName(user.displayName)},` : 'Hello,',
      blocks: [
        {
          type: 'paragraph',
          text: 'You asked for a link to sign in to the portal without your password. Open it in the same browser where you asked for it, or type your email address again when the portal asks:',
        },
        {
          type: 'link',
          label: 'Sign in to the portal',
          url: signInLinkUrl(services, link, continuePath),
        },
        {
          type: 'paragraph',
          text: `The link works once, for a short time. If it has expired, ask for a new one at ${services.portalUrl}${paths.emailSignIn()}. If you did not ask, ignore this email: nobody can sign in without opening it.`,
        },
      ],
      reason: `You get this email because a sign-in link was asked for ${email} on the portal.`,
    },
    linksFor(services),
  );
  await sendOnce(services, { id, kind: 'emailSignIn', recipientUid: user.uid, message });
}
