// @vitest-environment node
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { localAppCheckToken } from '@/lib/firebase/app-check';

// The Functions emulator's own decoder: the callables' enforcement reads the token through it.
const { unsafeDecodeAppCheckToken } = createRequire(import.meta.url)(
  '../../functions/node_modules/firebase-functions/lib/common/providers/https.js',
) as { unsafeDecodeAppCheckToken: (token: string) => Record<string, unknown> };

const firebase = {
  apiKey: 'demo-api-key',
  authDomain: 'demo-leadership-portal.firebaseapp.com',
  projectId: 'demo-leadership-portal',
  appId: 'demo-app-id',
};

describe('the App Check token made on the emulators', () => {
  const now = Date.UTC(2027, 2, 9, 7, 0);
  const { token, expireTimeMillis } = localAppCheckToken(firebase, now);

  it('is read by the Functions emulator as coming from this app, to this project', () => {
    const decoded = unsafeDecodeAppCheckToken(token);
    expect(decoded['app_id']).toBe('demo-app-id');
    expect(decoded['aud']).toEqual(['projects/demo-leadership-portal']);
    expect(decoded['iat']).toBe(now / 1000);
  });

  it('lasts an hour, so the SDK refreshes it as it would a real one', () => {
    expect(expireTimeMillis - now).toBe(60 * 60 * 1000);
  });

  it('is unsigned, so no real App Check service would ever accept it', () => {
    expect(token.endsWith('.')).toBe(true);
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({
      alg: 'none',
      typ: 'JWT',
    });
  });
});
