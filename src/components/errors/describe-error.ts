import { FirebaseError } from 'firebase/app';
import { isRouteErrorResponse } from 'react-router';

/** `unexpected` marks what no explanation covers: those are reported (src/lib/error-reporter.ts). */
export type FriendlyError = { title: string; message: string; unexpected?: true };

// Turns anything thrown into words a participant can act on; codes stay in the console.
export function describeError(error: unknown): FriendlyError {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      return {
        title: 'Page not found',
        message: 'We could not find that page. It may have moved, or the link may be incomplete.',
      };
    }
    if (error.status === 403) {
      return {
        title: 'You do not have access',
        message:
          typeof error.data === 'string'
            ? error.data
            : 'This page belongs to a cohort you are not a member of.',
      };
    }
  }
  if (error instanceof FirebaseError) {
    if (error.code === 'permission-denied') {
      return {
        title: 'You do not have access',
        message:
          'This belongs to a cohort you are not a member of, or your access has changed. Go back to your cohort, or contact your programme team.',
      };
    }
    if (error.code === 'unavailable') {
      return {
        title: 'You seem to be offline',
        message: 'We could not reach the portal. Check your connection and try again.',
      };
    }
  }
  if (error instanceof Error && error.name === 'CohortNotFoundError') {
    return { title: 'Cohort not found', message: error.message };
  }
  return {
    title: 'Something went wrong',
    message:
      'This page could not be shown. Try again in a moment; if it keeps happening, contact your programme team.',
    unexpected: true,
  };
}
