import { describe, expect, it } from 'vitest';
import { parseEnv } from './env-schema';

const live = {
  VITE_FIREBASE_API_KEY: 'key',
  VITE_FIREBASE_AUTH_DOMAIN: 'portal.firebaseapp.com',
  VITE_FIREBASE_PROJECT_ID: 'leadership-portal',
  VITE_FIREBASE_APP_ID: '1:2:web:3',
  VITE_APPCHECK_SITE_KEY: '6LdAbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
};

describe('parseEnv', () => {
  it('accepts a complete live configuration without emulators', () => {
    const env = parseEnv(live);
    expect(env.useEmulators).toBe(false);
    expect(env.firebase.projectId).toBe('leadership-portal');
  });

  it('names every missing setting in plain words', () => {
    expect(() => parseEnv({ VITE_FIREBASE_API_KEY: 'key' })).toThrow(
      /VITE_FIREBASE_AUTH_DOMAIN.*VITE_FIREBASE_PROJECT_ID.*VITE_FIREBASE_APP_ID/,
    );
  });

  it('needs the App Check site key for a live project, and not on the emulators', () => {
    const { VITE_APPCHECK_SITE_KEY: _key, ...withoutKey } = live;
    expect(() => parseEnv(withoutKey)).toThrow(/VITE_APPCHECK_SITE_KEY: missing/);
    const local = parseEnv({
      ...withoutKey,
      VITE_FIREBASE_PROJECT_ID: 'demo-x',
      VITE_USE_EMULATORS: 'true',
    });
    expect(local.appCheckSiteKey).toBe('');
  });

  it('refuses a site key that is not one, such as a pasted script tag', () => {
    expect(() => parseEnv({ ...live, VITE_APPCHECK_SITE_KEY: '<script src="recaptcha">' })).toThrow(
      /VITE_APPCHECK_SITE_KEY: must be a reCAPTCHA site key/,
    );
  });

  it('refuses a demo project without the emulators', () => {
    expect(() => parseEnv({ ...live, VITE_FIREBASE_PROJECT_ID: 'demo-x' })).toThrow(/emulators/);
  });

  it('reads the emulator address', () => {
    const env = parseEnv({
      ...live,
      VITE_FIREBASE_PROJECT_ID: 'demo-x',
      VITE_USE_EMULATORS: 'true',
      VITE_FIRESTORE_EMULATOR_HOST: 'localhost:8181',
    });
    expect(env.firestoreEmulator).toEqual({ host: 'localhost', port: 8181 });
  });
});
