// Runs a command with every local service up (Auth, Firestore, Functions, Hosting, the mail catcher
// and the files bucket's stand-in), and stops them all afterwards. Firestore runs on hidane unless FIRESTORE_EMULATOR=official
// (Java 21+ and a network needed).
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeRehearsalConfig } from './rehearsal-config.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PROJECT_ID = 'demo-leadership-portal';
export const MAIL_SMTP_PORT = 1025;
export const MAIL_WEB_PORT = 1080;
export const MAIL_INBOX_URL = `http://127.0.0.1:${MAIL_WEB_PORT}`;
// fake-gcs-server stands in for the files bucket (decision 0035). The Storage client takes
// STORAGE_EMULATOR_HOST as its JSON API's base, which fake-gcs-server serves under /storage/v1;
// the signed URLs the functions make point at its origin.
export const STORAGE_PORT = 4443;
export const STORAGE_ORIGIN = `http://127.0.0.1:${STORAGE_PORT}`;
export const STORAGE_EMULATOR_HOST = `${STORAGE_ORIGIN}/storage/v1`;
export const FILES_BUCKET = `${PROJECT_ID}.firebasestorage.app`;

function hidanePath() {
  const output = execFileSync('bash', [resolve(root, 'scripts/install-hidane.sh')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return output.trim().split('\n').at(-1);
}

function fakeGcsPath() {
  const output = execFileSync('bash', [resolve(root, 'scripts/install-fake-gcs.sh')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return output.trim().split('\n').at(-1);
}

/** In memory, so each run starts with an empty bucket; the bucket itself is made here. */
async function startFilesBucket() {
  const server = spawn(
    fakeGcsPath(),
    [
      '-scheme',
      'http',
      '-host',
      '127.0.0.1',
      '-port',
      String(STORAGE_PORT),
      '-backend',
      'memory',
      '-public-host',
      `127.0.0.1:${STORAGE_PORT}`,
      '-external-url',
      STORAGE_ORIGIN,
      // The browser's upload sends it, as the signature requires (functions/src/files).
      '-cors-headers',
      'x-goog-content-length-range',
      '-log-level',
      'error',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error('The files bucket (fake-gcs-server) stopped on start.');
    try {
      const made = await fetch(`${STORAGE_EMULATOR_HOST}/b?project=${PROJECT_ID}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: FILES_BUCKET }),
      });
      if (made.ok || made.status === 409) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  server.kill();
  throw new Error(`The files bucket did not answer at ${STORAGE_ORIGIN} within 20 seconds.`);
}

/**
 * The functions read their mail settings from params and secrets; locally these files give the
 * emulator values that point at the mail catcher. Both are git-ignored and rewritten each run.
 */
function writeLocalFunctionSettings() {
  const portalUrl = process.env.PORTAL_URL ?? 'http://127.0.0.1:5173';
  writeFileSync(
    resolve(root, 'functions/.env.local'),
    `PORTAL_URL=${portalUrl}\nMAIL_FROM=Collaborative leadership portal <portal@example.org>\nSTORAGE_EMULATOR_HOST=${STORAGE_EMULATOR_HOST}\n`,
  );
  writeFileSync(
    resolve(root, 'functions/.secret.local'),
    `SMTP_URL=smtp://127.0.0.1:${MAIL_SMTP_PORT}\nMAIL_LINK_SECRET=local-emulator-only-not-a-secret\n`,
  );
}

function buildFunctions() {
  execFileSync('npm', ['run', '--silent', '--prefix', resolve(root, 'functions'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
}

async function startMailCatcher() {
  const maildev = spawn(
    process.execPath,
    [
      resolve(root, 'node_modules/maildev/dist/bin/maildev.js'),
      '--smtp',
      String(MAIL_SMTP_PORT),
      '--web',
      String(MAIL_WEB_PORT),
      '--ip',
      '127.0.0.1',
      '--web-ip',
      '127.0.0.1',
      '--silent',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (maildev.exitCode !== null) throw new Error('The mail catcher (maildev) stopped on start.');
    try {
      if ((await fetch(`${MAIL_INBOX_URL}/api/healthz`)).ok) return maildev;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  maildev.kill();
  throw new Error(`The mail catcher did not answer at ${MAIL_INBOX_URL} within 20 seconds.`);
}

/**
 * Resolves with the command's exit code once every service has shut down. The benchmark, which
 * measures only what pages read, runs without the functions, Hosting and the mail catcher.
 */
export async function withEmulators(command, { functions = true } = {}) {
  if (functions) {
    buildFunctions();
    writeLocalFunctionSettings();
  }
  const maildev = functions ? await startMailCatcher() : null;
  const bucket = functions ? await startFilesBucket() : null;
  // The Hosting emulator serves dist/ behind firebase.json's rewrites and headers (decision 0018).
  const rehearsal = functions ? writeRehearsalConfig(root) : null;
  const firebase = resolve(root, 'node_modules/.bin/firebase');
  const firebaseArgs = [
    'emulators:exec',
    '--only',
    functions ? 'auth,firestore,functions,hosting' : 'auth,firestore',
    ...(rehearsal ? ['--config', rehearsal.file] : []),
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
  if (maildev) {
    console.log(`Mail catcher: SMTP on 127.0.0.1:${MAIL_SMTP_PORT}, inbox at ${MAIL_INBOX_URL}`);
    console.log(`Files bucket: fake-gcs-server at ${STORAGE_ORIGIN}`);
    console.log(`Production rehearsal: Hosting serves dist/ at ${rehearsal.hostingUrl}`);
  }
  return new Promise((resolvePromise) => {
    const child = spawn(program, args, {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        MAIL_INBOX_URL,
        ...(bucket ? { STORAGE_EMULATOR_HOST } : {}),
        ...(rehearsal ? { HOSTING_URL: rehearsal.hostingUrl } : {}),
      },
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      maildev?.kill();
      bucket?.kill();
      resolvePromise(code ?? (signal ? 1 : 0));
    });
  });
}
