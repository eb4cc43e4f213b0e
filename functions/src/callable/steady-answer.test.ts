import { afterAll, describe, expect, it } from 'vitest';
import { clearInbox, recipientOf, waitForEmails } from '../../../tests/support/mail-catcher';
import { adminAuth } from '../admin';
import { callFunction } from '../testing/callables';
import { STEADY_ANSWER_MS } from './steady-answer';

const ROUNDS = 3;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

async function timed(name: string, email: string): Promise<number> {
  const started = performance.now();
  const answer = await callFunction(name, null, { email });
  const took = performance.now() - started;
  expect(answer).toEqual({ status: 200, result: { outcome: 'sent-if-known' } });
  return took;
}

describe.each(['requestPasswordReset', 'requestSignInLink'])(
  '%s takes as long for an unknown address as for a known one',
  (name) => {
    afterAll(async () => {
      await clearInbox();
    });

    it('answers both no sooner than the fixed time, and their times differ by little of it', async () => {
      const run = `${name.toLowerCase()}.${Date.now()}`;
      // Fresh accounts, confirmed (a sign-in link goes only to those), so that each known
      // address costs the whole lookup, ledger claim and send, never a claim made earlier.
      const known = await Promise.all(
        Array.from({ length: ROUNDS }, (_, round) =>
          adminAuth()
            .createUser({
              email: `timing.known.${run}.${round}@example.org`,
              emailVerified: true,
              displayName: 'Robin Ashe',
            })
            .then((user) => user.email!),
        ),
      );
      const unknown = known.map((email) => email.replace('timing.known.', 'timing.unknown.'));
      // The function's worker starts on its first call, which neither kind should pay for.
      await timed(name, `timing.warm-up.${run}@example.org`);

      const knownTimes: number[] = [];
      const unknownTimes: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        knownTimes.push(await timed(name, known[round]!));
        unknownTimes.push(await timed(name, unknown[round]!));
      }

      await waitForEmails((email) => known.includes(recipientOf(email)), ROUNDS);
      for (const took of [...knownTimes, ...unknownTimes]) {
        expect(took).toBeGreaterThanOrEqual(STEADY_ANSWER_MS);
      }
      expect(Math.abs(mean(knownTimes) - mean(unknownTimes))).toBeLessThan(STEADY_ANSWER_MS / 4);
    });
  },
);
