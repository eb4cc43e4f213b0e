import type { User } from 'firebase/auth';
import { auth } from './app';

/** Screens behind requireUser() always have a user; this says so once instead of in every screen. */
export function useSignedInUser(): User {
  const user = auth.currentUser;
  if (!user) throw new Error('A signed-in screen was shown without a signed-in user.');
  return user;
}
