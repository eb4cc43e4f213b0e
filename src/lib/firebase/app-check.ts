/// <reference types="vite/client" />
import type { FirebaseApp } from 'firebase/app';
import {
  type AppCheckToken,
  CustomProvider,
  initializeAppCheck,
  ReCaptchaEnterpriseProvider,
} from 'firebase/app-check';
import type { Env } from '@/config/env-schema';

const LOCAL_TOKEN_LIFETIME_MS = 60 * 60 * 1000;

const base64Url = (value: object) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * An App Check token made on the device, for the emulators only. The debug provider would
 * exchange its secret with Google's App Check service, which the local stack cannot reach; the
 * Functions emulator decodes tokens without checking their signature, so an unsigned token in
 * the real token's shape takes the same path through the SDKs and the callables' enforcement.
 */
export function localAppCheckToken(firebase: Env['firebase'], nowMs: number): AppCheckToken {
  const issuedAt = Math.floor(nowMs / 1000);
  const expireTimeMillis = nowMs + LOCAL_TOKEN_LIFETIME_MS;
  const payload = {
    iss: `https://firebaseappcheck.googleapis.com/${firebase.projectId}`,
    sub: firebase.appId,
    aud: [`projects/${firebase.projectId}`],
    iat: issuedAt,
    exp: Math.floor(expireTimeMillis / 1000),
  };
  return {
    token: `${base64Url({ alg: 'none', typ: 'JWT' })}.${base64Url(payload)}.`,
    expireTimeMillis,
  };
}

/**
 * Must run before Auth or Firestore send their first request, so that every request carries a
 * token: Firestore, Auth and the callables enforce App Check on the real project.
 */
export function startAppCheck(app: FirebaseApp, env: Env) {
  // Read from the build's own settings as well, so a production build leaves the local provider
  // out altogether (the sign-in page's JavaScript budget has no room for it).
  const provider =
    import.meta.env.VITE_USE_EMULATORS === 'true' && env.useEmulators
      ? new CustomProvider({ getToken: async () => localAppCheckToken(env.firebase, Date.now()) })
      : new ReCaptchaEnterpriseProvider(env.appCheckSiteKey);
  return initializeAppCheck(app, { provider, isTokenAutoRefreshEnabled: true });
}
