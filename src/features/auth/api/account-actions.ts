import { FirebaseError } from 'firebase/app';

/**
 * The emails that confirm an address and reset a password are sent by the portal's own functions
 * (from its own sender, like every other email), and their links open the portal's action page,
 * which completes the action here with the web SDK.
 */
export type VerificationOutcome = 'sent' | 'recently-sent' | 'already-verified';

async function call<Request, Response>(name: string, data: Request): Promise<Response> {
  const { callable } = await import('@/lib/firebase/functions');
  return (await callable<Request, Response>(name)(data)).data;
}

/** Emails the signed-in person a link to confirm their address, continuing to `next` after. */
export async function requestVerificationEmail(next: string): Promise<VerificationOutcome> {
  const answer = await call<{ continue: string }, { outcome: VerificationOutcome }>(
    'requestVerificationEmail',
    { continue: next },
  );
  return answer.outcome;
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export async function requestPasswordResetEmail(email: string, next: string): Promise<void> {
  await call('requestPasswordReset', { email: email.trim(), continue: next });
}

/** Plain English for a function's refusal; its own message is already written for people. */
export function describeRequestError(error: unknown, online = navigator.onLine): string {
  if (!online) {
    return 'You seem to be offline. Check your connection and try again – nothing you typed has been lost.';
  }
  const code = error instanceof FirebaseError ? error.code : '';
  if (code === 'functions/invalid-argument' || code === 'functions/failed-precondition') {
    return (error as FirebaseError).message;
  }
  return 'We could not send the email just now. Wait a minute and try again; if it keeps happening, contact your programme team.';
}
