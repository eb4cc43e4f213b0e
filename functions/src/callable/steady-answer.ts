import { logger } from 'firebase-functions/v2';

/**
 * The callables open to anyone that email an account link (a password reset, a sign-in link) say
 * the same words whether or not the address has an account, but a known address costs a lookup,
 * a ledger claim and an SMTP send that an unknown one does not, so the time they took would tell.
 * They answer no sooner than this after they start, which is above what that work takes (a
 * hundred to a few hundred milliseconds to the local catcher, under a second to a real relay):
 * decision 0033 says why padding and not a queue.
 */
export const STEADY_ANSWER_MS = 1500;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs the work and waits out the rest of the fixed time, whether the work answered or threw.
 * Work that outlasts it cannot be hidden, so that is logged (without the address) for whoever
 * watches the logs to raise the time or find the slow relay.
 */
export async function answerNoSoonerThan<T>(
  name: string,
  minimumMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const took = performance.now() - started;
    if (took > minimumMs) {
      logger.warn(`${name} took longer than its fixed answer time`, {
        tookMs: Math.round(took),
        minimumMs,
      });
    } else {
      await sleep(minimumMs - took);
    }
  }
}
