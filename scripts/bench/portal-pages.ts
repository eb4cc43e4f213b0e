// What the benchmark's scripts share (measure.ts, trace-dashboard.ts): a local preview of the
// benchmark build, the measured participant's sign-in, and tabs that start signed in.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { benchCohortId, measuredParticipant } from './large-database.ts';

export const port = 4174;
export const origin = `http://127.0.0.1:${port}`;
export const dashboardPath = `/cohorts/${benchCohortId(0)}`;

export function stopPreview(preview: ChildProcess) {
  if (preview.pid === undefined || preview.exitCode !== null) return;
  try {
    process.kill(-preview.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

export function startPreview(outDir = 'reports/bench-build'): Promise<ChildProcess> {
  const preview = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--mode',
      'emulator',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    // Its own process group, so stopping it stops vite too, not only npx.
    { stdio: 'ignore', detached: true },
  );
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      try {
        await fetch(`${origin}/sign-in`);
        resolve(preview);
      } catch {
        if (Date.now() - started > 30_000) reject(new Error('vite preview did not start'));
        else setTimeout(poll, 250);
      }
    };
    void poll();
  });
}

export async function signIn(page: Page, ownDevice = false) {
  await page.goto(`${origin}/sign-in`);
  if (ownDevice) await page.getByLabel('This is my own device').check();
  await page.getByLabel('Email address').fill(measuredParticipant.email);
  await page.getByLabel('Password').fill(measuredParticipant.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await dashboardVisible(page);
}

/** The dashboard counts as shown once its heading and the next-module card are on screen. */
export async function dashboardVisible(page: Page) {
  await page.locator('#next-module-heading').waitFor({ state: 'visible', timeout: 30_000 });
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

/**
 * The measured participant signs in as on a shared computer, where the sign-in lives in the tab's
 * session storage. Each measured tab starts with the storage that sign-in left, session storage too.
 */
export type SignedIn = { storageState: string; session: [string, string][] };

export function restoreSession(entries: [string, string][]) {
  for (const [key, value] of entries) {
    if (sessionStorage.getItem(key) === null) sessionStorage.setItem(key, value);
  }
}

export async function signedInContext(browser: Browser, { storageState, session }: SignedIn) {
  const context = await browser.newContext({ storageState });
  await context.addInitScript(restoreSession, session);
  return context;
}
