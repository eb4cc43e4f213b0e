import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { doc, setDoc } from 'firebase/firestore';
import { afterAll, describe, it } from 'vitest';
import { createRulesEnvironment, firestoreOf } from './rules-environment';

const ruleset = (condition: string) => `rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
    match /notes/{id} { allow read, write: if ${condition}; }
  }
}`;

// A canary: if the emulator ever stopped enforcing rules, every deny test below would be meaningless.
describe('the Firestore emulator', () => {
  const environments: Awaited<ReturnType<typeof createRulesEnvironment>>[] = [];
  afterAll(() => Promise.all(environments.map((env) => env.cleanup())));

  it('denies a write the rules deny, and allows the same write once the rules allow it', async () => {
    const denying = await createRulesEnvironment('canary', ruleset('false'));
    environments.push(denying);
    const write = (env: typeof denying) =>
      setDoc(doc(firestoreOf(env.unauthenticatedContext()), 'notes/n1'), { text: 'hello' });
    await assertFails(write(denying));

    const allowing = await createRulesEnvironment('canary', ruleset('true'));
    environments.push(allowing);
    await assertSucceeds(write(allowing));
  });
});
