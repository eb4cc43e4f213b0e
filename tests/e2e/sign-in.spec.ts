import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium';
import {
  cohortA,
  cohortB,
  personWithoutCohort,
  programmeAdmin,
} from '../../scripts/seed/demo-people';
import { expect, expectNoAxeViolations, readFromPage, signIn, test } from './support/fixtures';
import {
  caughtEmails,
  clearInbox,
  linkIn,
  recipientOf,
  waitForEmails,
} from '../support/mail-catcher';

const amara = cohortA.participants[0]!;
const timetablePath = `/cohorts/${cohortA.id}/timetable`;

test('a wrong password shows a plain message and keeps the email', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/status of 400/);
  await page.goto('/sign-in');
  await signIn(page, amara, 'not-the-password');
  await expect(page.getByRole('alert')).toContainText(/password/i);
  await expect(page.getByLabel('Email address')).toHaveValue(amara.email);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an unknown account gets its own message', async ({ page, consoleErrors }) => {
  consoleErrors.allow(/status of 400/);
  await page.goto('/sign-in');
  await signIn(page, { ...amara, email: 'nobody.here@example.org' });
  await expect(page.getByRole('alert')).toContainText(/could not find an account|do not match/i);
});

test('being offline is explained, not shown as an error code', async ({
  page,
  context,
  consoleErrors,
}) => {
  consoleErrors.allow(/ERR_INTERNET_DISCONNECTED/);
  // The offline shell's service worker may check for an update while the network is away.
  consoleErrors.allow(/An unknown error occurred when fetching the script/);
  await page.goto('/sign-in');
  await context.setOffline(true);
  await signIn(page, amara);
  await expect(page.getByRole('alert')).toContainText(/offline/i);
  await context.setOffline(false);
});

test('a deep link survives the trip through sign-in', async ({ page }) => {
  await page.goto(timetablePath);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await signIn(page, amara);
  await expect(page).toHaveURL(timetablePath);
  await expect(page.getByRole('heading', { level: 1, name: 'Timetable' })).toBeVisible();
});

test('a participant of cohort A sees cohort A and its modules, and nothing of cohort B', async ({
  page,
}) => {
  await page.goto('/');
  await signIn(page, amara);
  await expect(page).toHaveURL(`/cohorts/${cohortA.id}`);
  await expect(page.getByText(cohortA.name)).toBeVisible();
  const modules = page.getByRole('list').filter({ hasText: 'Defining you and the system' });
  await expect(modules.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByText('Power, politics and decision-making').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Switch cohort' })).toHaveCount(0);

  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByText(cohortA.participants[1]!.displayName, { exact: true })).toBeVisible();
  const body = await page.locator('body').innerText();
  expect(body).not.toContain(cohortB.name);
  for (const person of [...cohortB.participants, ...cohortB.facilitators]) {
    expect(body).not.toContain(person.displayName);
  }

  expect(await readFromPage(page, `cohorts/${cohortA.id}`)).toBe('allowed');
  expect(await readFromPage(page, `cohorts/${cohortB.id}`)).toBe('permission-denied');
  expect(await readFromPage(page, `cohorts/${cohortB.id}/modules/module-1`)).toBe(
    'permission-denied',
  );
  expect(
    await readFromPage(page, `cohorts/${cohortB.id}/members/${cohortB.participants[0]!.uid}`),
  ).toBe('permission-denied');

  await page.goto(`/cohorts/${cohortB.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access');
});

test('the session is kept across a reload, and sign-out ends it', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, amara);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/sign-in');
  await page.goto(timetablePath);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test('closing the browser signs the person out on a shared computer, and not on their own device', async ({
  baseURL,
}) => {
  // Four browser launches, each far slower than a page, on a loaded CI machine.
  test.setTimeout(90_000);
  for (const ownDevice of [false, true]) {
    // A browser profile on disk, closed and opened again, as a person closes and reopens Chromium.
    const profile = mkdtempSync(join(tmpdir(), 'portal-profile-'));
    const openBrowser = async () => {
      const browser = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        args: chromiumArgs,
        baseURL,
      });
      return { browser, page: browser.pages()[0] ?? (await browser.newPage()) };
    };
    try {
      const first = await openBrowser();
      await first.page.goto('/sign-in');
      if (ownDevice) await first.page.getByLabel('This is my own device').check();
      await signIn(first.page, amara);
      await expect(first.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      await first.page.reload();
      await expect(first.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      await first.browser.close();

      const again = await openBrowser();
      await again.page.goto(timetablePath);
      if (ownDevice) {
        await expect(
          again.page.getByRole('heading', { level: 1, name: 'Timetable' }),
        ).toBeVisible();
      } else {
        await expect(again.page).toHaveURL(/\/sign-in\?next=/);
      }
      await again.browser.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
});

test('someone with no cohort is told how to join', async ({ page }) => {
  await page.goto('/');
  await signIn(page, personWithoutCohort);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are not in a cohort yet');
  await expect(page.getByText(/invitation/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the programme team chooses a cohort, and the choice is remembered', async ({ page }) => {
  await page.goto('/');
  await signIn(page, programmeAdmin);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a cohort');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: new RegExp(cohortB.name) }).click();
  await expect(page).toHaveURL(`/cohorts/${cohortB.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(`/cohorts/${cohortB.id}`);
  await page.getByRole('link', { name: 'Switch cohort' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a cohort');
});

test('password reset gives one answer for every address, and emails only a known one', async ({
  page,
}) => {
  await clearInbox();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgotten your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  for (const email of ['nobody.here@example.org', amara.email]) {
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.getByRole('status')).toHaveText(
      `If ${email} has an account on the portal, we have sent a link to reset its password there. It can take a few minutes to arrive; check your junk folder too. You can ask again after five minutes.`,
    );
  }
  const [reset] = await waitForEmails((email) => email.subject.startsWith('Reset your password'));
  expect(recipientOf(reset!)).toBe(amara.email);
  expect(linkIn(reset!, 'http://127.0.0.1:4173/account/action?')).toContain('mode=resetPassword');
  expect((await caughtEmails()).map(recipientOf)).toEqual([amara.email]);
});

test('an unknown address shows the page-not-found screen with a way back', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to your dashboard' })).toBeVisible();
  await expectNoAxeViolations(page);
});
