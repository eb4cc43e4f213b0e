import { DEMO_PASSWORD } from '../../../scripts/seed/demo-people';

// Calls a callable function as a signed-in browser does: the callable protocol over HTTP, with
// an ID token from the Auth emulator.
const functionsBase = 'http://127.0.0.1:5001/demo-leadership-portal/europe-west2';

export async function idTokenOf(email: string): Promise<string> {
  const response = await fetch(
    'http://127.0.0.1:9099/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-api-key',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD, returnSecureToken: true }),
    },
  );
  return ((await response.json()) as { idToken: string }).idToken;
}

export async function callFunction<Result>(name: string, token: string | null, data: unknown) {
  const response = await fetch(`${functionsBase}/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
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
