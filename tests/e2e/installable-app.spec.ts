import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium';
import { cohortA } from '../../scripts/seed/demo-people';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

const kwame = cohortA.participants[5]!;
// The preview server reads the built files on every request, so rewriting one is a new deploy.
const builtWorker = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));
const status = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /Saving|Saved|Offline|Not saved|Nothing to save/ });

test('Chromium finds the built portal installable', async ({ baseURL }) => {
  // Chromium never offers to install from a private window, which test contexts are: use a profile.
  const profile = mkdtempSync(join(tmpdir(), 'installable-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseURL}/sign-in`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const devtools = await context.newCDPSession(page);
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors, url } = await devtools.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(url).toMatch(/\/manifest\.webmanifest$/);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a new version is offered, not forced, and a draft kept only on the device survives the reload', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/Failed to load resource|PERMISSION_DENIED|permission-denied/i);
  const original = readFileSync(builtWorker, 'utf8');
  try {
    await signInAndWait(page, kwame);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await page.goto(`/cohorts/${cohortA.id}/journal/new`);
    const title = `Written as the update arrived ${Date.now()}`;
    await page.getByLabel('Title').fill(title);
    // Over the limit, so the portal refuses it and the only copy is the one on this device.
    const text = 'w'.repeat(50_001);
    await page.getByLabel('Your reflection').fill(text);
    await expect(status(page)).toContainText('Not saved – copy your text');

    // A second build deployed over the first: the same files, a service worker that differs.
    writeFileSync(
      builtWorker,
      original.replace(
        /revision:"([0-9a-f])/,
        (_, c: string) => `revision:"${c === '0' ? '1' : '0'}`,
      ),
    );
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.getByText('A new version of the portal is ready.');
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    // Offered, not forced: the editor is still there with its text.
    await expect(page.getByLabel('Your reflection')).toHaveValue(text);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForEvent('load');
    await expect(page.getByLabel('Title')).toHaveValue(title, { timeout: 20_000 });
    await expect(page.getByLabel('Your reflection')).toHaveValue(text);
    await expect(prompt).toHaveCount(0);
  } finally {
    writeFileSync(builtWorker, original);
  }
});
