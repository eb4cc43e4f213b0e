// Checked by hand rather than with zod, so the sign-in page does not ship a schema library.

export type Env = {
  firebase: { apiKey: string; authDomain: string; projectId: string; appId: string };
  useEmulators: boolean;
  /** The reCAPTCHA Enterprise site key App Check uses; empty on the emulators (decision 0020). */
  appCheckSiteKey: string;
  forceLongPolling: boolean;
  authEmulatorUrl: string;
  firestoreEmulator: { host: string; port: number };
};

const required = [
  'VITE_FIREBASE_API_KEY',
  'VITE_FIREBASE_AUTH_DOMAIN',
  'VITE_FIREBASE_PROJECT_ID',
  'VITE_FIREBASE_APP_ID',
] as const;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function parseEnv(raw: Record<string, unknown>): Env {
  const problems = required.filter((name) => !text(raw[name])).map((name) => `${name}: missing`);
  const useEmulators = text(raw['VITE_USE_EMULATORS']) || 'false';
  if (useEmulators !== 'true' && useEmulators !== 'false') {
    problems.push('VITE_USE_EMULATORS: must be true or false');
  }
  const authEmulatorUrl = text(raw['VITE_AUTH_EMULATOR_URL']) || 'http://127.0.0.1:9099';
  if (!/^https?:\/\/[^\s/]+/.test(authEmulatorUrl)) {
    problems.push('VITE_AUTH_EMULATOR_URL: must be a web address');
  }
  const firestoreHost = text(raw['VITE_FIRESTORE_EMULATOR_HOST']) || '127.0.0.1:8080';
  if (!/^[\w.-]+:\d+$/.test(firestoreHost)) {
    problems.push('VITE_FIRESTORE_EMULATOR_HOST: must look like host:port');
  }
  const projectId = text(raw['VITE_FIREBASE_PROJECT_ID']);
  if (useEmulators !== 'true' && projectId.startsWith('demo-')) {
    problems.push(
      'env: A demo- project id only works with the emulators (set VITE_USE_EMULATORS=true)',
    );
  }
  const appCheckSiteKey = text(raw['VITE_APPCHECK_SITE_KEY']);
  if (useEmulators !== 'true' && !appCheckSiteKey) {
    problems.push(
      'VITE_APPCHECK_SITE_KEY: missing (the reCAPTCHA Enterprise site key registered for App Check, docs/deploy.md)',
    );
  }
  if (appCheckSiteKey && !/^[\w-]{20,100}$/.test(appCheckSiteKey)) {
    problems.push(
      'VITE_APPCHECK_SITE_KEY: must be a reCAPTCHA site key (letters, digits, - and _)',
    );
  }
  if (problems.length > 0) {
    throw new Error(
      `The portal's Firebase settings are incomplete. ${problems.join('; ')}. See README.md.`,
    );
  }
  const [host = '127.0.0.1', port = '8080'] = firestoreHost.split(':');
  return {
    firebase: {
      apiKey: text(raw['VITE_FIREBASE_API_KEY']),
      authDomain: text(raw['VITE_FIREBASE_AUTH_DOMAIN']),
      projectId,
      appId: text(raw['VITE_FIREBASE_APP_ID']),
    },
    useEmulators: useEmulators === 'true',
    appCheckSiteKey,
    forceLongPolling: text(raw['VITE_FIRESTORE_FORCE_LONG_POLLING']) === 'true',
    authEmulatorUrl,
    firestoreEmulator: { host, port: Number(port) },
  };
}
