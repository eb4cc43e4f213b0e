import { FirebaseError } from 'firebase/app';
import { applyActionCode, confirmPasswordReset, verifyPasswordResetCode } from 'firebase/auth';
import { auth } from '@/lib/firebase/app';

// Completing an emailed link's action, on the portal's action page alone: kept apart from the
// requests in account-actions.ts, which the sign-in page loads, so that page does not carry these.

export type ActionCodeProblem = 'expired' | 'used-or-invalid' | 'other';

export function actionCodeProblem(error: unknown): ActionCodeProblem {
  const code = error instanceof FirebaseError ? error.code : '';
  if (code === 'auth/expired-action-code') return 'expired';
  if (code === 'auth/invalid-action-code') return 'used-or-invalid';
  return 'other';
}

export async function confirmEmailAddress(oobCode: string): Promise<void> {
  await applyActionCode(auth, oobCode);
}

/** The address a reset code belongs to; throws if it has expired or been used. */
export async function emailOfResetCode(oobCode: string): Promise<string> {
  return verifyPasswordResetCode(auth, oobCode);
}

export async function setNewPassword(oobCode: string, password: string): Promise<void> {
  await confirmPasswordReset(auth, oobCode, password);
}
