import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { pendingInvitationsQuery } from '../../src/lib/firestore/refs';
import { toQuery } from '../../src/lib/firestore/to-full-sdk';
import {
  A,
  createRulesEnvironment,
  firestoreOf,
  people,
  seedTwoCohorts,
} from './rules-environment';

// Decision 0033: whichever way a person signs in, the invitation rules read the same two claims,
// `email` and `email_verified`. These are the ID tokens Firebase Auth issues for each way in.
type Provider = 'password' | 'microsoft.com' | 'emailLink';

const invitee = { uid: 'nhs-invitee', email: 'jo.bright@nhs.net', displayName: 'Jo Bright' };

/**
 * The token Firebase Auth issues after each kind of sign-in: a Microsoft account's address is not
 * verified by Firebase unless the portal's own confirmation email has verified it since, and an
 * email link proves the address, under the password provider.
 */
function tokenOf(provider: Provider, email: string, verified: boolean) {
  const identities: Record<string, string[]> = { email: [email] };
  if (provider === 'microsoft.com')
    identities['microsoft.com'] = ['00000000-0000-0000-66f3-3332eca7ea81'];
  return {
    email,
    email_verified: provider === 'emailLink' ? true : verified,
    firebase: {
      sign_in_provider:
        provider === 'microsoft.com' ? ('microsoft.com' as const) : ('password' as const),
      identities,
    },
  };
}

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnvironment('sign-in-providers');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await env.withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    await setDoc(doc(db, 'users', invitee.uid), { displayName: invitee.displayName });
    await setDoc(doc(db, 'cohorts', A, 'invitations', invitee.email), {
      email: invitee.email,
      role: 'participant',
      invitedBy: people.facilitatorA.uid,
      createdAt: serverTimestamp(),
    });
  });
});
afterAll(() => env.cleanup());

function signedIn(uid: string, provider: Provider, email: string, verified: boolean): Firestore {
  return firestoreOf(env.authenticatedContext(uid, tokenOf(provider, email, verified)));
}

/** What the home page does on arrival: the membership and the used-up invitation in one batch. */
function join(db: Firestore, uid: string, displayName: string) {
  const batch = writeBatch(db);
  batch.set(doc(db, 'cohorts', A, 'members', uid), { uid, role: 'participant', displayName });
  batch.delete(doc(db, 'cohorts', A, 'invitations', invitee.email));
  return batch.commit();
}

const invitation = (db: Firestore) => getDoc(doc(db, 'cohorts', A, 'invitations', invitee.email));

describe('the invitee accepts their invitation whichever way they signed in', () => {
  it.each([
    ['password, confirmed', 'password', true],
    ['Microsoft, confirmed by the portal’s email', 'microsoft.com', true],
    ['an email link', 'emailLink', true],
  ] as const)('%s: finds, reads and uses it', async (_, provider, verified) => {
    const db = signedIn(invitee.uid, provider, invitee.email, verified);
    await assertSucceeds(getDocs(toQuery(db, pendingInvitationsQuery(invitee.email))));
    await assertSucceeds(invitation(db));
    await assertSucceeds(join(db, invitee.uid, invitee.displayName));
  });

  it.each([
    ['password, not confirmed', 'password'],
    ['Microsoft, as Firebase issues it (address not verified)', 'microsoft.com'],
  ] as const)('%s: can neither find, read nor use it', async (_, provider) => {
    const db = signedIn(invitee.uid, provider, invitee.email, false);
    await assertFails(getDocs(toQuery(db, pendingInvitationsQuery(invitee.email))));
    await assertFails(invitation(db));
    await assertFails(join(db, invitee.uid, invitee.displayName));
  });
});

describe('a participant of cohort B cannot take cohort A’s invitation, whatever their provider', () => {
  const intruder = people.participantB;

  it.each([
    ['password', true],
    ['microsoft.com', true],
    ['emailLink', true],
  ] as const)('%s sign-in with their own confirmed address', async (provider, verified) => {
    const db = signedIn(intruder.uid, provider, intruder.email, verified);
    await assertFails(invitation(db));
    await assertFails(join(db, intruder.uid, intruder.displayName));
  });

  it.each([
    { provider: 'password', carrying: 'a stranger’s address typed at sign-up, never confirmed' },
    {
      provider: 'microsoft.com',
      carrying: 'the invitee’s address set on an account in a tenant they run',
    },
  ] as const)('$provider sign-in carrying $carrying', async ({ provider }) => {
    const db = signedIn(intruder.uid, provider, invitee.email, false);
    await assertFails(getDocs(toQuery(db, pendingInvitationsQuery(invitee.email))));
    await assertFails(invitation(db));
    await assertFails(join(db, intruder.uid, intruder.displayName));
  });
});
