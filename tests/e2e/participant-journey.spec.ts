import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import {
  expect,
  expectNoAxeViolations,
  expectScreensPassAxe,
  signInAndWait,
  readFromPage,
  signIn,
  test,
} from './support/fixtures';

const [, gareth, , ewan, joanne] = cohortA.participants;
const facilitator = cohortA.facilitators[0]!;
const base = `/cohorts/${cohortA.id}`;

async function signedInPage(browser: Browser, person: typeof joanne) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signIn(page, person!);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  return page;
}

/** Titles of the journal drafts kept in this browser's IndexedDB. */
function draftTitlesOnDevice(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('portal-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('journal').objectStore('journal').getAll();
          request.onsuccess = () =>
            resolve((request.result as { title: string }[]).map((draft) => draft.title));
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function saveStatus(page: Page) {
  return page
    .getByRole('status')
    .filter({ hasText: /Saving|Saved|Offline|Not saved|Nothing to save/ });
}

test('a participant finds the next module, downloads the programme and does the pre-reading and a check-in', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await signIn(page, joanne!);
  const next = page.getByRole('region', { name: /Module 3: Power, politics and decision-making/ });
  await expect(next).toContainText(
    /Tuesday \d+ and Wednesday \d+ \w+ 20\d\d|Tuesday \d+ \w+ and Wednesday \d+ \w+ 20\d\d/,
  );
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Timetable', exact: true }).click();
  const module3 = page.getByRole('article', { name: /Module 3/ });
  await expect(module3.getByRole('heading', { name: /^Day 1: Tuesday/ })).toBeVisible();
  await expect(module3.getByRole('heading', { name: /^Day 2: Wednesday/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add the whole programme to your calendar' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('collaborative-leadership-programme.ics');
  const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(8);
  expect(events.map((e) => e.uid)).toContain(
    `${cohortA.id}-module-3-day-2@collaborative-leadership-portal`,
  );
  expect(events.find((e) => e.summary.startsWith('Module 3, day 1'))?.location).toBe(
    'Online (Microsoft Teams)',
  );

  await page.getByRole('link', { name: 'Pre-reading', exact: true }).click();
  const due = page.getByRole('region', { name: /Module 3/ });
  await expect(due).toContainText('Due before the next module');
  await expect(due).toContainText('0 of 3 read');
  const items = due.getByRole('listitem');
  for (const [index, takeaway] of [
    [0, 'Behaviour follows threat and reward.'],
    [1, 'New power is participatory.'],
  ] as const) {
    const item = items.nth(index);
    await item.getByRole('checkbox', { name: /^I have (read|watched) this$/ }).check();
    await item.getByRole('textbox', { name: /takeaway/ }).fill(takeaway);
    await item.getByRole('button', { name: 'Save takeaway' }).click();
  }
  await expect(due).toContainText('2 of 3 read');
  await expectNoAxeViolations(page);
  await expect
    .poll(async () => {
      const records = await adminDb()
        .collection(`cohorts/${cohortA.id}/readings`)
        .where('uid', '==', joanne!.uid)
        .get();
      return records.docs.map((d) => [d.get('read'), d.get('takeaway')]).sort();
    })
    .toEqual([
      [true, 'Behaviour follows threat and reward.'],
      [true, 'New power is participatory.'],
    ]);

  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  const goal = page.getByRole('listitem').filter({ hasText: 'FROM YOUR DIRECTOR CALL' }).first();
  await goal.getByRole('button', { name: 'Record a check-in' }).click();
  await goal.getByRole('radio', { name: 'Good progress' }).check();
  await goal
    .getByRole('textbox', { name: 'Note (optional)' })
    .fill('Two partners now co-chair the board.');
  await goal.getByRole('button', { name: 'Save check-in' }).click();
  await expect(goal.getByRole('status')).toContainText('Check-in saved');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByText('Two partners now co-chair the board.')).toBeVisible();
});

test('an entry written offline survives a reload, saves exactly once, and is shared, read and answered', async ({
  page,
  context,
  browser,
  consoleErrors,
}) => {
  // Offline, Firestore's WebChannel probes the network with an image on www.google.com, which
  // the CSP rightly refuses: the probe failing is the same answer as the network being down.
  consoleErrors.allow(
    /ERR_INTERNET_DISCONNECTED|Failed to load resource|WebChannelConnection|Could not reach Cloud Firestore|cleardot\.gif/,
  );
  const title = `Offline reflection ${Date.now()}`;
  await page.goto('/sign-in');
  await signIn(page, joanne!);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await page.getByRole('link', { name: 'New reflection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New reflection' })).toBeVisible();
  const editorUrl = page.url();

  await context.setOffline(true);
  await page.getByLabel('Title').fill(title);
  await page
    .getByLabel('Your reflection')
    .fill('Written on a train with no signal.\n\n- one\n- two');
  await expect(await saveStatus(page)).toHaveText('Offline – kept on this device');

  // The device copy is written shortly after the last keystroke; reload once it is there.
  await expect.poll(() => draftTitlesOnDevice(page)).toContain(title);
  await page.reload();
  expect(page.url()).toBe(editorUrl);
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(page.getByLabel('Your reflection')).toHaveValue(/Written on a train/);

  await context.setOffline(false);
  await expect(await saveStatus(page)).toHaveText('Saved');
  const mine = async () =>
    (
      await adminDb()
        .collection(`cohorts/${cohortA.id}/journal`)
        .where('authorUid', '==', joanne!.uid)
        .get()
    ).docs.filter((d) => d.get('title') === title);
  await expect.poll(async () => (await mine()).length).toBe(1);
  expect((await mine())[0]!.get('visibility')).toBe('private');

  await page.getByRole('radio', { name: 'Everyone in my cohort' }).check();
  await expect(await saveStatus(page)).toHaveText('Saved');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'one' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expect.poll(async () => (await mine()).map((d) => d.get('visibility'))).toEqual(['cohort']);

  const garethPage = await signedInPage(browser, gareth);
  await garethPage.getByRole('link', { name: 'Cohort', exact: true }).click();
  await garethPage.getByRole('link', { name: title }).click();
  await expect(garethPage.getByText('Written on a train with no signal.')).toBeVisible();
  await garethPage.getByLabel('Your reply').fill('Trains are where my best thinking happens too.');
  await garethPage.getByRole('button', { name: 'Post reply' }).click();
  await expect(
    garethPage.getByRole('list').getByText('Trains are where my best thinking happens too.'),
  ).toBeVisible();
  await expect(garethPage.getByLabel('Your reply')).toHaveValue('');
  await expectNoAxeViolations(garethPage);

  // The author sees the reply arrive without reloading.
  await expect(
    page.getByRole('list').getByText('Trains are where my best thinking happens too.'),
  ).toBeVisible();
  await garethPage.context().close();
});

test('a private entry is seen by nobody but its author, in the interface or by direct reads', async ({
  browser,
  consoleErrors,
}) => {
  consoleErrors.allow(/Route error shown|permission/i);
  const privatePath = `${base}/journal/ewan-m2-private`;
  for (const person of [gareth!, facilitator]) {
    const page = await signedInPage(browser, person);
    await page.getByRole('link', { name: 'Cohort', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Shared reflections' })).toBeVisible();
    await expect(page.getByText('Private thoughts')).toHaveCount(0);
    expect(await readFromPage(page, `cohorts/${cohortA.id}/journal/ewan-m2-private`)).toBe(
      'permission-denied',
    );
    await page.goto(privatePath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access');
    await expect(page.getByText('Not ready to share this one yet.')).toHaveCount(0);
    await page.context().close();
  }
  const author = await signedInPage(browser, ewan);
  await author.goto(privatePath);
  await expect(author.getByText('Not ready to share this one yet.')).toBeVisible();
  await expect(author.getByRole('heading', { name: 'Replies' })).toHaveCount(0);
  await author.context().close();
});

test('every participant screen passes axe', async ({ page }) => {
  await signInAndWait(page, gareth!);
  await expectScreensPassAxe(
    page,
    [
      '',
      '/timetable',
      '/pre-reading',
      '/goals',
      '/journal',
      '/cohort',
      '/people',
      '/journal/gareth-m2-shared',
      '/feedback',
      '/learning-record',
    ].map((path) => `${base}${path}`),
  );
});
