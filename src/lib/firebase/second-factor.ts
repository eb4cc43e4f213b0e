import { FirebaseError } from 'firebase/app';
import {
  getMultiFactorResolver,
  multiFactor,
  PhoneAuthProvider,
  PhoneMultiFactorGenerator,
  RecaptchaVerifier,
  type MultiFactorError,
  type MultiFactorResolver,
  type PhoneMultiFactorInfo,
  type User,
} from 'firebase/auth';
import { auth } from './app';
import type { SecondFactorChallenge } from './second-factor-messages';

export type EnrolledPhone = { uid: string; phoneHint: string; displayName: string | null };

/**
 * Firebase asks for an invisible reCAPTCHA before it texts a code, so nobody can make the portal
 * text numbers at its cost. Against the Auth emulator the SDK swaps in a stand-in (no script is
 * loaded). Each use gets a fresh element: a verifier cannot be rendered twice into one.
 */
async function withRecaptcha<T>(run: (verifier: RecaptchaVerifier) => Promise<T>): Promise<T> {
  const element = document.createElement('div');
  document.body.append(element);
  const verifier = new RecaptchaVerifier(auth, element, { size: 'invisible' });
  try {
    return await run(verifier);
  } finally {
    verifier.clear();
    element.remove();
  }
}

/** When a sign-in or re-authentication stopped for a second factor, the way to finish it. */
export function secondFactorChallenge(error: unknown): SecondFactorChallenge | null {
  if (!(error instanceof FirebaseError) || error.code !== 'auth/multi-factor-auth-required') {
    return null;
  }
  const resolver: MultiFactorResolver = getMultiFactorResolver(auth, error as MultiFactorError);
  const hint = resolver.hints.find(
    (factor): factor is PhoneMultiFactorInfo =>
      factor.factorId === PhoneMultiFactorGenerator.FACTOR_ID,
  );
  if (!hint) return null;
  let verificationId: string | null = null;
  return {
    phoneHint: hint.phoneNumber,
    send: async () => {
      verificationId = await withRecaptcha((verifier) =>
        new PhoneAuthProvider(auth).verifyPhoneNumber(
          { multiFactorHint: hint, session: resolver.session },
          verifier,
        ),
      );
    },
    confirm: async (code) => {
      if (!verificationId) throw new Error('Send the code to your phone first.');
      const credential = PhoneAuthProvider.credential(verificationId, code.trim());
      await resolver.resolveSignIn(PhoneMultiFactorGenerator.assertion(credential));
    },
  };
}

export function enrolledPhones(user: User): EnrolledPhone[] {
  return multiFactor(user)
    .enrolledFactors.filter(
      (factor): factor is PhoneMultiFactorInfo =>
        factor.factorId === PhoneMultiFactorGenerator.FACTOR_ID,
    )
    .map((factor) => ({
      uid: factor.uid,
      phoneHint: factor.phoneNumber,
      displayName: factor.displayName ?? null,
    }));
}

/** Texts a code to a new number; the returned id and the code finish the enrolment. */
export async function startPhoneEnrolment(user: User, phoneNumber: string): Promise<string> {
  const session = await multiFactor(user).getSession();
  return withRecaptcha((verifier) =>
    new PhoneAuthProvider(auth).verifyPhoneNumber({ phoneNumber, session }, verifier),
  );
}

export async function finishPhoneEnrolment(
  user: User,
  verificationId: string,
  code: string,
): Promise<void> {
  const credential = PhoneAuthProvider.credential(verificationId, code.trim());
  await multiFactor(user).enroll(PhoneMultiFactorGenerator.assertion(credential), 'Phone');
}

export async function removePhone(user: User, factorUid: string): Promise<void> {
  await multiFactor(user).unenroll(factorUid);
}
