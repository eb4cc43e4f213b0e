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

export async function isProgrammeAdmin(user: User): Promise<boolean> {
  const token = await user.getIdTokenResult();
  // The rules honour the claim only on a confirmed address, so the screens do the same.
  return token.claims['admin'] === true && token.claims['email_verified'] === true;
}
