import { redirect } from 'react-router';
import type { User } from 'firebase/auth';
import { paths } from '@/config/paths';
import { auth } from './app';

// Route loaders call this, so a deep link waits for the restored session instead of bouncing to sign-in.
export async function requireUser(request: Request): Promise<User> {
  await auth.authStateReady();
  // For the benchmark: when the restored sign-in was known, on this page load.
  if (performance.getEntriesByName('auth-ready').length === 0) performance.mark('auth-ready');
  const user = auth.currentUser;
  if (!user) {
    const url = new URL(request.url);
    throw redirect(paths.signIn(url.pathname + url.search));
  }
  return user;
}

/**
 * Where a person stands with the programme team: its powers, as the rules grant them, need the
 * claim, a confirmed address and a sign-in that passed the code texted to their phone; a member
 * who has the claim but signed in without a code is asked to set up or use their phone.
 */
export async function programmeTeamStanding(
  user: User,
): Promise<'member' | 'needs-second-factor' | 'none'> {
  const token = await user.getIdTokenResult();
  if (token.claims['admin'] !== true || token.claims['email_verified'] !== true) return 'none';
  return token.signInSecondFactor ? 'member' : 'needs-second-factor';
}

export async function isProgrammeAdmin(user: User): Promise<boolean> {
  return (await programmeTeamStanding(user)) === 'member';
}
