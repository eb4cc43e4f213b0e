// Erasure and programme-team changes cannot be undone by the person who makes them, so a
// sign-in left open on a shared or unlocked computer must not be enough: the caller must have
// entered their password within the last five minutes. Five minutes is the window Firebase Auth
// itself uses before it lets a signed-in person change their password or delete their account,
// long enough for one dry run and its confirmation, short enough that a walk to a meeting ends it.
export const RECENT_SIGN_IN_SECONDS = 5 * 60;

/** The reason a callable gives, in its error's details, so the screen knows to ask again. */
export const RECENT_SIGN_IN_REQUIRED = 'recent-sign-in-required';

/** `authTime` is the ID token's `auth_time`: seconds since the epoch of the last password entry. */
export function signedInRecently(authTime: unknown, now: Date): boolean {
  if (typeof authTime !== 'number') return false;
  const age = now.getTime() / 1000 - authTime;
  return age <= RECENT_SIGN_IN_SECONDS;
}
