import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { programmeAdmin } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { callFunction, idTokenOf } from '../testing/callables';

const source = readFileSync(new URL('../index.ts', import.meta.url), 'utf8');
const callables = [...source.matchAll(/export const (\w+) = onCall\(/g)].map((m) => m[1]!);

// The Functions emulator enforces App Check as a deployed function does, except that it decodes
// the token without checking Google's signature: these prove the enforcement, not the signature.
describe('App Check on the callable functions', () => {
  beforeEach(seedDemoData);

  it('has callables to check', () => {
    expect(callables.length).toBeGreaterThanOrEqual(3);
  });

  it.each(callables)(
    '%s refuses a signed-in programme team member without a token',
    async (name) => {
      const sam = await idTokenOf(programmeAdmin.email);
      const answer = await callFunction(name, sam, {}, { appCheck: false });
      expect(answer.status).toBe(401);
      expect(answer.error?.status).toBe('UNAUTHENTICATED');
    },
  );

  it('answers the same person once the request carries a token', async () => {
    const sam = await idTokenOf(programmeAdmin.email);
    const answer = await callFunction<{ email: string }[]>('programmeTeam', sam, {});
    expect(answer.status).toBe(200);
    expect(answer.result?.map((member) => member.email)).toEqual([programmeAdmin.email]);
  });
});
