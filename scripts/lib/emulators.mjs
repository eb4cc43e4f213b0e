// Runs a command with the Auth and Firestore emulators up, and stops them afterwards.
// Firestore runs on hidane unless FIRESTORE_EMULATOR=official (Java 21+ and a network needed).
import { execFileSync, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PROJECT_ID = 'demo-leadership-portal';

function hidanePath() {
  const output = execFileSync('bash', [resolve(root, 'scripts/install-hidane.sh')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return output.trim().split('\n').at(-1);
}

/** Resolves with the command's exit code once the emulators have shut down. */
export function withEmulators(command) {
  const firebase = resolve(root, 'node_modules/.bin/firebase');
  const firebaseArgs = [
    'emulators:exec',
    '--only',
    'auth,firestore',
    '--project',
    PROJECT_ID,
    command,
  ];
  const official = process.env.FIRESTORE_EMULATOR === 'official';
  const [program, args] = official
    ? [firebase, firebaseArgs]
    : [hidanePath(), ['exec', '--', firebase, ...firebaseArgs]];
  if (!official)
    console.log('Firestore emulator: hidane (set FIRESTORE_EMULATOR=official for the Java one)');
  return new Promise((resolvePromise) => {
    const child = spawn(program, args, { cwd: root, stdio: 'inherit', env: process.env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolvePromise(code ?? (signal ? 1 : 0));
    });
  });
}
