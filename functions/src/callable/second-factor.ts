// An account on the programme team that has enrolled a second factor (a phone, from /admin) must
// have used it at this sign-in before its powers work: otherwise a leaked password alone would
// still erase data or change the programme team, and enrolling would protect nothing. An account
// that has enrolled nothing is not refused (decision 0022 says why, and what would change that).

/** The reason a callable gives, in its error's details, so the screen can say what to do. */
export const SECOND_FACTOR_REQUIRED = 'second-factor-required';

/** `token` is the decoded ID token; Firebase names the factor used at sign-in, if any. */
export function signedInWithSecondFactor(token: Record<string, unknown>): boolean {
  const firebase = token['firebase'];
  if (typeof firebase !== 'object' || firebase === null) return false;
  const factor = (firebase as Record<string, unknown>)['sign_in_second_factor'];
  return typeof factor === 'string' && factor.length > 0;
}
