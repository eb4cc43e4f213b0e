import type { cohortSections } from './cohort-sections';

export type CohortSection = (typeof cohortSections)[number]['segment'];

export const paths = {
  home: () => '/',
  signIn: (next?: string) =>
    next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in',
  resetPassword: () => '/reset-password',
  emailSignIn: () => '/sign-in/email-link',
  signUp: () => '/sign-up',
  verifyEmail: () => '/verify-email',
  accountAction: () => '/account/action',
  admin: () => '/admin',
  chooseCohort: () => '/choose-cohort',
  noCohort: () => '/no-cohort',
  placeEnded: () => '/place-ended',
  privacy: () => '/privacy',
  accessibility: () => '/accessibility',
  journalEntry: (cohortId: string, entryId: string) =>
    `${paths.cohort(cohortId, 'journal')}/${encodeURIComponent(entryId)}`,
  journalEdit: (cohortId: string, entryId: string) =>
    `${paths.journalEntry(cohortId, entryId)}/edit`,
  newJournalEntry: (cohortId: string, moduleId?: string) =>
    `${paths.cohort(cohortId, 'journal')}/new${moduleId ? `?module=${encodeURIComponent(moduleId)}` : ''}`,
  network: (cohortId: string) => paths.cohort(cohortId, 'network'),
  networkProfile: (cohortId: string) => `${paths.network(cohortId)}/profile`,
  noticeboard: (cohortId: string) => `${paths.network(cohortId)}/noticeboard`,
  networkPost: (cohortId: string, postId: string) =>
    `${paths.noticeboard(cohortId)}/${encodeURIComponent(postId)}`,
  learningRecord: (cohortId: string) => `${paths.cohort(cohortId)}/learning-record`,
  yourData: (cohortId: string) => `${paths.cohort(cohortId)}/your-data`,
  notifications: (cohortId: string) => `${paths.cohort(cohortId)}/notifications`,
  account: (cohortId: string) => `${paths.cohort(cohortId)}/account`,
  participant: (cohortId: string, uid: string) =>
    `${paths.cohort(cohortId, 'readiness')}/${encodeURIComponent(uid)}`,
  cohort: (cohortId: string, section: CohortSection = ''): string =>
    section
      ? `/cohorts/${encodeURIComponent(cohortId)}/${section}`
      : `/cohorts/${encodeURIComponent(cohortId)}`,
};

// Only same-site paths may be followed after sign-in or from an email's link, so a crafted link
// cannot send people elsewhere. Browsers drop tabs and line breaks from addresses and read a
// backslash as a slash, so "/\t/evil.example" would become "//evil.example": refuse both.
export function safeNextPath(next: string | null | undefined): string {
  if (
    !next ||
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.length > 2000 ||
    [...next].some((char) => char === '\\' || char < ' ' || char === '\u007f')
  ) {
    return paths.home();
  }
  return next;
}
