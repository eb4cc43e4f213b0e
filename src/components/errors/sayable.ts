import { FirebaseError } from 'firebase/app';

/**
 * The words of an error when they are ours to show: our own `Error`s and the portal's functions'
 * refusals are written for people; the SDKs' messages ("Firebase: Error (auth/…)", a status code
 * in brackets) are not, so those give `fallback`.
 */
export function sayable(error: unknown, fallback: string): string {
  if (error instanceof FirebaseError) {
    const fromOurFunction =
      error.code.startsWith('functions/') &&
      !['functions/internal', 'functions/unknown', 'functions/unavailable'].includes(error.code);
    return fromOurFunction && error.message ? error.message : fallback;
  }
  return error instanceof Error && error.message ? error.message : fallback;
}
