import type { Page } from '@playwright/test';
import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signIn, signInAndWait, test } from './support/fixtures';

const lucy = cohortA.participants[8]!;
const owen = cohortA.participants[9]!;
const base = `/cohorts/${cohortA.id}`;

const status = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Saving|Saved|Offline|Not saved|Nothing to save/ });

async function savedBody(title: string, author = lucy) {
  const found = await adminDb()
    .collection(`cohorts/${cohortA.id}/journal`)
    .where('authorUid', '==', author.uid)
    .where('title', '==', title)
    .get();
  return found.docs.map((d) => d.get('body') as string);
}

function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}

function draftCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('portal-drafts');
        open.onupgradeneeded = () => open.result.createObjectStore('journal');
        open.onsuccess = () => {
          const count = open.result.transaction('journal').objectStore('journal').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );
}

test('the same entry open in two tabs never silently drops either text', async ({
  page,
  context,
  consoleErrors,
}) => {
  consoleErrors.allow(/Failed to load resource|PERMISSION_DENIED|permission-denied/i);
  const title = `Two tabs ${Date.now()}`;
  await signInAndWait(page, lucy);
  await page.goto(`${base}/journal/new`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Your reflection').fill('First words.');
  await expect(status(page)).toHaveText('Saved');
  const editUrl = page.url();

  // On a shared computer each tab signs in for itself.
  const second = await context.newPage();
  await second.goto(editUrl);
  await signIn(second, lucy);
  await expect(second.getByLabel('Your reflection')).toHaveValue('First words.');
  await second.getByLabel('Your reflection').fill('Written in the second tab.');
  await expect(status(second)).toHaveText('Saved');

  // The first tab has not seen the second tab's text; its save must not replace it unseen.
  await page.getByLabel('Your reflection').fill('Written in the first tab.');
  const conflict = page.getByRole('alert').filter({ hasText: 'changed somewhere else' });
  await expect(conflict).toBeVisible();
  await expect(status(page)).toHaveText('Not saved – changed somewhere else');
  await expectNoAxeViolations(page);
  await expect(conflict.getByLabel('The other version')).toHaveValue(
    `${title}\n\nWritten in the second tab.`,
  );
  expect(await savedBody(title)).toEqual(['Written in the second tab.']);

  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await expect(status(page)).toHaveText('Saved');
  await expect.poll(() => savedBody(title)).toEqual(['Written in the first tab.']);

  // Now the second tab is behind; taking the other version keeps its own text on screen.
  await second.getByLabel('Your reflection').fill('Second tab again.');
  const secondConflict = second.getByRole('alert').filter({ hasText: 'changed somewhere else' });
  await secondConflict.getByRole('button', { name: 'Use the other version' }).click();
  await expect(second.getByLabel('Your reflection')).toHaveValue('Written in the first tab.');
  await expect(second.getByRole('textbox', { name: 'Your text from before' })).toHaveValue(
    `${title}\n\nSecond tab again.`,
  );
  expect(await savedBody(title)).toEqual(['Written in the first tab.']);
});

test('signing out with a draft the portal refused warns first, and on a shared device deletes it only when told to', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/Failed to load resource|PERMISSION_DENIED|permission-denied/i);
  await signInAndWait(page, owen);
  expect((await databaseNames(page)).some((name) => name.startsWith('firestore/'))).toBe(false);
  await page.goto(`${base}/journal/new`);
  const title = `Refused draft ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Your reflection').fill('y'.repeat(50_001));
  await expect(status(page)).toContainText('Not saved – copy your text');
  await expect.poll(() => draftCount(page)).toBe(1);

  await page.getByRole('button', { name: 'Sign out' }).click();
  const warning = page.getByRole('dialog', {
    name: 'One reflection is not saved to the portal yet',
  });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('This is not your own device');
  await expect(warning.getByRole('link', { name: title })).toBeVisible();
  await expect(warning).toContainText('the portal would not accept it');
  await expectNoAxeViolations(page);
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByLabel('Your reflection')).toHaveValue('y'.repeat(50_001));

  await page.getByRole('button', { name: 'Sign out' }).click();
  await warning.getByRole('button', { name: 'Delete them and sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await draftCount(page)).toBe(0);
  expect(await savedBody(title, owen)).toEqual([]);
});

test('on a device its owner trusts, drafts and cohort data stay after sign-out; a shared sign-in clears the data', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/Failed to load resource|PERMISSION_DENIED|permission-denied/i);
  await page.goto('/sign-in');
  await page.getByLabel('This is my own device').check();
  await signIn(page, owen);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect
    .poll(async () => (await databaseNames(page)).some((name) => name.startsWith('firestore/')))
    .toBe(true);

  await page.goto(`${base}/journal/new`);
  const title = `Kept on my phone ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Your reflection').fill('z'.repeat(50_001));
  await expect(status(page)).toContainText('Not saved – copy your text');
  await page.getByRole('button', { name: 'Sign out' }).click();
  const warning = page.getByRole('dialog', {
    name: 'One reflection is not saved to the portal yet',
  });
  await expect(warning).toContainText('kept on this device');
  await warning.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await draftCount(page)).toBe(1);

  await signIn(page, owen);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect((await databaseNames(page)).some((name) => name.startsWith('firestore/'))).toBe(false);
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await page.getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.getByLabel('Your reflection')).toHaveValue('z'.repeat(50_001));
  await page.getByLabel('Your reflection').press('End');
  await page.getByLabel('Your reflection').press('Backspace');
  await expect(status(page)).toHaveText('Saved');
  await expect.poll(() => draftCount(page)).toBe(0);
});
