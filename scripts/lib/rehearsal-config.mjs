// The production rehearsal (decision 0018): the Hosting emulator serves the built app with
// firebase.json's own rewrites and headers. The one thing production's CSP must not allow, and an
// emulator build needs, is a connection to the local Auth and Firestore emulators; so the run uses
// a copy of firebase.json, written at run time and git-ignored, whose connect-src adds exactly
// those two origins. tests/unit/rehearsal-config.test.ts holds the copy to that one difference.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REHEARSAL_CONFIG = 'firebase.rehearsal.json';

/** The Auth and Firestore emulators' origins, from firebase.json's own emulators block. */
export function emulatorOrigins(config) {
  const { auth, firestore } = config.emulators;
  return [`http://${auth.host}:${auth.port}`, `http://${firestore.host}:${firestore.port}`];
}

/** The address the Hosting emulator answers at. */
export function hostingOrigin(config) {
  const { host, port } = config.emulators.hosting;
  return `http://${host}:${port}`;
}

/** firebase.json with the emulators' origins added to connect-src, and nothing else changed. */
export function rehearsalConfig(config) {
  const copy = structuredClone(config);
  const origins = emulatorOrigins(config).join(' ');
  let changed = 0;
  for (const rule of copy.hosting.headers) {
    for (const header of rule.headers) {
      if (header.key !== 'Content-Security-Policy') continue;
      const value = header.value.replace(/connect-src 'self'/, `connect-src 'self' ${origins}`);
      if (value !== header.value) changed += 1;
      header.value = value;
    }
  }
  if (changed !== 1) {
    throw new Error(
      `firebase.json should have one Content-Security-Policy whose connect-src starts with 'self'; found ${changed}.`,
    );
  }
  return copy;
}

/** Writes the copy beside firebase.json (paths in it are relative to its folder). */
export function writeRehearsalConfig(root) {
  const config = JSON.parse(readFileSync(resolve(root, 'firebase.json'), 'utf8'));
  writeFileSync(
    resolve(root, REHEARSAL_CONFIG),
    `${JSON.stringify(rehearsalConfig(config), null, 2)}\n`,
  );
  return { file: REHEARSAL_CONFIG, hostingUrl: hostingOrigin(config) };
}
