import { createHmac } from 'node:crypto';

// Signs an invitation email's sign-up link (callable/invitation-preview.ts says why).
const signed = (cohortId: string, email: string) => `invitation\n${cohortId}\n${email}`;

export function invitationSignature(cohortId: string, email: string, secret: string): string {
  // An empty key would let anyone sign; a function given no MAIL_LINK_SECRET must refuse.
  if (!secret) throw new Error('This function has no MAIL_LINK_SECRET to sign or check links.');
  return createHmac('sha256', secret)
    .update(signed(cohortId, email.toLowerCase()))
    .digest('base64url');
}
