/**
 * The privacy notice's version. Raise it when the notice changes materially (what is collected,
 * who can read it, how long it is kept, the controller): everyone who saw an older one is shown
 * the new one on their next visit, and sign-up records which one the person was shown.
 */
export const PRIVACY_NOTICE_VERSION = 1;

/** The day this version was published, shown at the top of the notice. */
export const PRIVACY_NOTICE_DATE = '2026-12-01';
