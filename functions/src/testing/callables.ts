import { DEMO_PASSWORD } from '../../../scripts/seed/demo-people';

// Calls a callable function as a signed-in browser does: the callable protocol over HTTP, with
// an ID token from the Auth emulator and an App Check token like the one the app makes on the
// emulators (src/lib/firebase/app-check.ts).
const functionsBase = 'http://127.0.0.1:5001/demo-leadership-portal/europe-west2';

const base64Url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Unsigned: the Functions emulator decodes App Check tokens without checking the signature. */
export function localAppCheckToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    iss: 'https://firebaseappcheck.googleapis.com/demo-leadership-portal',
    sub: 'demo-app-id',
    aud: ['projects/demo-leadership-portal'],
    iat: now,
    exp: now + 3600,
  };
  return `${base64Url({ alg: 'none', typ: 'JWT' })}.${base64Url(payload)}.`;
}

const authEmulator = 'http://127.0.0.1:9099';

async function postToAuth<Answer>(path: string, body: object): Promise<Answer> {
  const response = await fetch(
    `${authEmulator}/identitytoolkit.googleapis.com/${path}?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    },
  );
  return (await response.json()) as Answer;
}

/**
 * Signs in as a browser does: the password, then, for an account with a phone enrolled (the seed
 * enrols Sam's), the code the Auth emulator "texts" (it keeps it for tests at its
 * verificationCodes address).
 */
export async function idTokenOf(email: string): Promise<string> {
  const first = await postToAuth<{
    idToken?: string;
    mfaPendingCredential?: string;
    mfaInfo?: { mfaEnrollmentId: string }[];
  }>('v1/accounts:signInWithPassword', { email, password: DEMO_PASSWORD, returnSecureToken: true });
  const enrolment = first.mfaInfo?.[0];
  if (!first.mfaPendingCredential || !enrolment) {
    if (!first.idToken) throw new Error(`${email} could not sign in.`);
    return first.idToken;
  }
  const started = await postToAuth<{ phoneResponseInfo: { sessionInfo: string } }>(
    'v2/accounts/mfaSignIn:start',
    {
      mfaPendingCredential: first.mfaPendingCredential,
      mfaEnrollmentId: enrolment.mfaEnrollmentId,
    },
  );
  const { sessionInfo } = started.phoneResponseInfo;
  const codes = (await (
    await fetch(`${authEmulator}/emulator/v1/projects/demo-leadership-portal/verificationCodes`)
  ).json()) as { verificationCodes: { sessionInfo: string; code: string }[] };
  const code = codes.verificationCodes.find((sent) => sent.sessionInfo === sessionInfo)?.code;
  const finished = await postToAuth<{ idToken: string }>('v2/accounts/mfaSignIn:finalize', {
    mfaPendingCredential: first.mfaPendingCredential,
    phoneVerificationInfo: { sessionInfo, code },
  });
  return finished.idToken;
}

export async function callFunction<Result>(
  name: string,
  token: string | null,
  data: unknown,
  { appCheck = true }: { appCheck?: boolean } = {},
) {
  const response = await fetch(`${functionsBase}/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(appCheck ? { 'X-Firebase-AppCheck': localAppCheckToken() } : {}),
    },
    body: JSON.stringify({ data }),
  });
  const body = (await response.json()) as {
    result?: Result;
    error?: { status: string; message: string; details?: { reason?: string } };
  };
  return { status: response.status, ...body };
}

/**
 * The same sign-in, as if the password had been entered `minutes` ago. The Auth emulator's tokens
 * are unsigned, so a test can age one; a real token's signature would not survive this.
 */
export function signedInMinutesAgo(token: string, minutes: number): string {
  const [header, payload] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;
  claims['auth_time'] = Math.floor(Date.now() / 1000) - minutes * 60;
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
}
