// Firebase's web SDK can send its own sign-in email (sendSignInLinkToEmail) to any address for
// anyone holding the public API key, and opening that link creates an account that never saw
// the portal's sign-up page: no name or organisation, no privacy notice. The portal's own link
// goes only to accounts that exist (emails/account-action.ts), so a new account made by an email
// link can only come from that side door, and Auth is told to refuse it before it is saved.

/** The sign-in method Firebase names in a blocking event for a link opened from an email. */
const EMAIL_LINK = 'emailLink';

export const SIGN_UP_BY_LINK_REFUSED =
  'There is no account on the portal for this email address. Create one on the portal’s sign-up page, then you can sign in with a link.';

/**
 * A blocking event's type ends with the sign-in method that triggered it, for example
 * `providers/cloud.auth/eventTypes/user.beforeCreate:emailLink`; the event's provider says only
 * `password` for both a password and a link.
 */
export function refusesAccountCreation(eventType: string): boolean {
  return eventType.split(':').at(-1) === EMAIL_LINK;
}
