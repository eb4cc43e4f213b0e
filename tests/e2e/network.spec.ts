import type { Browser, Page } from '@playwright/test';
import { alumniCohort, cohortA, cohortB, programmeAdmin } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import {
  expect,
  expectNoAxeViolations,
  readFromPage,
  signIn,
  tabTo,
  test,
} from './support/fixtures';

const gareth = cohortA.participants[1]!;
const dylan = cohortB.participants[0]!;
const amara = cohortA.participants[0]!;
const bernadette = alumniCohort.participants[0]!;
const networkOf = (cohortId: string) => `/cohorts/${cohortId}/network`;
const askTitle = `Who has pooled a budget with their council? (${Date.now()})`;

async function signedIn(browser: Browser, person: typeof gareth, width = 390): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signIn(page, person);
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

test.afterAll(async () => {
  const db = adminDb();
  const asks = await db.collection('networkPosts').where('authorUid', '==', gareth.uid).get();
  for (const ask of asks.docs) await db.recursiveDelete(ask.ref);
  await db.doc(`networkProfiles/${gareth.uid}`).delete();
});

test('a participant joins the network, finds an alumna, asks, is answered, and leaves', async ({
  browser,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  consoleErrors.allow(/permission/i);

  // Outside the network: the explanation, the way in, and nothing of the network itself.
  const garethPage = await signedIn(browser, gareth);
  await garethPage.getByRole('button', { name: 'Menu' }).click();
  await garethPage.getByRole('link', { name: 'Network', exact: true }).click();
  await expect(garethPage.getByRole('heading', { level: 1 })).toHaveText('National network');
  await expect(garethPage.getByText('What others in the network will see')).toBeVisible();
  await expect(garethPage.getByRole('heading', { name: 'Find people' })).toHaveCount(0);
  await expect(garethPage.getByText(bernadette.displayName)).toHaveCount(0);
  await garethPage.goto(`${networkOf(cohortA.id)}/noticeboard`);
  await expect(garethPage).toHaveURL(networkOf(cohortA.id));
  expect(await readFromPage(garethPage, `networkProfiles/${amara.uid}`)).toBe('permission-denied');

  // Joining: the form starts from his own account, and he chooses the rest.
  await garethPage.getByRole('link', { name: 'Join the network' }).click();
  await expect(garethPage.getByLabel('Name')).toHaveValue(gareth.displayName);
  await garethPage.getByRole('button', { name: 'Join the network' }).click();
  await expect(
    garethPage.getByRole('link', { name: 'Choose the sector you work in.' }),
  ).toBeVisible();
  await expect(garethPage.getByLabel('Name')).toHaveValue(gareth.displayName);
  await garethPage
    .getByLabel('Sector', { exact: true })
    .selectOption('Integrated care board or commissioner');
  await garethPage.getByLabel('Region (integrated care system)').selectOption('West Yorkshire');
  await garethPage.getByLabel('Workforce').check();
  await garethPage.getByLabel('Peer conversations').check();
  await garethPage.getByRole('button', { name: 'Join the network' }).click();
  await expect(garethPage.getByRole('heading', { name: 'Find people' })).toBeVisible();

  // Finding an alumna of autumn 2025 by region and by what she works on.
  await garethPage.getByLabel('Region', { exact: true }).selectOption('West Yorkshire');
  await garethPage.getByLabel('Working on', { exact: true }).fill('workforce');
  await garethPage.getByRole('button', { name: 'Search' }).click();
  const results = garethPage.locator('.people > li');
  await expect(results.filter({ hasText: bernadette.displayName })).toContainText(
    'Cohort: Autumn 2025',
  );
  await expect(results.filter({ hasText: 'Imran Chaudhry' })).toHaveCount(0);
  await expect(results.filter({ hasText: gareth.displayName })).toContainText('Spring 2027');

  // An ask on the noticeboard.
  await garethPage
    .getByRole('navigation', { name: 'Network' })
    .getByRole('link', { name: 'Noticeboard' })
    .click();
  await garethPage.getByText('Ask the network, or offer something').click();
  await garethPage.getByLabel('In a line').fill(askTitle);
  await garethPage.getByLabel('More detail (optional)').fill('We want one budget for discharge.');
  await garethPage.getByLabel('Tags, separated by commas (optional)').fill('Workforce, budgets');
  await garethPage.getByRole('button', { name: 'Post to the network' }).click();
  await expect(garethPage.getByRole('heading', { level: 2, name: askTitle })).toBeVisible();
  const postPath = new URL(garethPage.url()).pathname.replace(networkOf(cohortA.id), '');

  // His dashboard's last card shows the latest asks, read only once he scrolls towards it.
  await garethPage.goto(`/cohorts/${cohortA.id}`);
  await expect(garethPage.getByRole('heading', { level: 2, name: 'Your programme' })).toBeVisible();
  const asksCard = garethPage.getByRole('region', { name: 'Asks from the network' });
  await expect(asksCard).toHaveCount(0);
  await garethPage
    .getByRole('heading', { level: 2, name: 'Your programme' })
    .scrollIntoViewIfNeeded();
  await garethPage.mouse.wheel(0, 5_000);
  await expect(asksCard.getByRole('link', { name: askTitle })).toBeVisible();
  await garethPage.goto(`${networkOf(cohortA.id)}${postPath}`);

  // A member of cohort B answers, from his own cohort's address.
  const dylanPage = await signedIn(browser, dylan, 1280);
  await dylanPage.goto(`${networkOf(cohortB.id)}/noticeboard`);
  await dylanPage.getByRole('link', { name: askTitle }).click();
  await expect(dylanPage.locator('article')).toContainText(gareth.displayName);
  await dylanPage
    .getByLabel('Your reply')
    .fill('We pooled ours last year; I will send you our terms.');
  await dylanPage.getByRole('button', { name: 'Reply' }).click();
  await expect(dylanPage.getByText('We pooled ours last year')).toBeVisible();

  // The programme team hides the reply, saying why; its author sees why, the asker no longer sees it.
  const samPage = await signedIn(browser, programmeAdmin, 1280);
  await samPage.goto(`${networkOf(cohortA.id)}${postPath}`);
  const reply = samPage.locator('.comments > li').filter({ hasText: 'We pooled ours last year' });
  await reply.getByRole('button', { name: 'Hide this reply' }).click();
  await reply.getByLabel(/Why you are hiding this reply/).fill('Shares contract terms in public.');
  await reply.getByRole('button', { name: 'Hide the reply' }).click();
  await expect(reply).toContainText('The programme team hid this reply: Shares contract terms');

  await dylanPage.reload();
  await expect(dylanPage.locator('.comments')).toContainText(
    'The programme team hid this reply: Shares contract terms in public.',
  );
  await garethPage.reload();
  await expect(garethPage.getByRole('heading', { name: 'Replies' })).toBeVisible();
  await expect(garethPage.getByText('No replies yet.')).toBeVisible();
  await expect(garethPage.getByText('We pooled ours last year')).toHaveCount(0);

  // Leaving takes effect at once; the ask stays, signed by nobody.
  await garethPage.getByRole('link', { name: 'Your network profile' }).click();
  await garethPage.getByRole('button', { name: 'Leave the network' }).click();
  await expect(garethPage.getByText('What others in the network will see')).toBeVisible();
  expect(await readFromPage(garethPage, `networkProfiles/${amara.uid}`)).toBe('permission-denied');

  await dylanPage.reload();
  await expect(dylanPage.locator('article')).toContainText('A former member');
  await expect(dylanPage.getByText(gareth.displayName)).toHaveCount(0);
  await dylanPage.goto(networkOf(cohortB.id));
  await expect(dylanPage.getByRole('heading', { name: 'Find people' })).toBeVisible();
  await expect(dylanPage.locator('.people')).not.toContainText(gareth.displayName);

  // Throughout, the network opens nothing of cohort A to a member of cohort B.
  for (const path of [
    `cohorts/${cohortA.id}`,
    `cohorts/${cohortA.id}/members/${amara.uid}`,
    `cohorts/${cohortA.id}/journal/amara-m1-shared`,
    `cohorts/${cohortA.id}/directorCalls/${amara.uid}`,
    `users/${amara.uid}`,
  ]) {
    expect(await readFromPage(dylanPage, path), path).toBe('permission-denied');
  }
  await dylanPage.goto(`/cohorts/${cohortA.id}/network`);
  await expect(dylanPage.getByRole('heading', { level: 1 })).toHaveText('You do not have access');
  for (const page of [garethPage, dylanPage, samPage]) await page.context().close();
});

test('the network screens pass axe and work from the keyboard', async ({ page, browser }) => {
  await page.goto('/sign-in');
  await signIn(page, amara);
  await expect(page).not.toHaveURL(/\/sign-in/);
  const network = networkOf(cohortA.id);
  for (const path of [
    network,
    `${network}/noticeboard`,
    `${network}/noticeboard/post-joint-workforce-plan`,
    `${network}/profile`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }

  // From the keyboard: search the directory, then show more of the noticeboard's post.
  await page.goto(network);
  await tabTo(page, page.getByLabel('Sector', { exact: true }));
  await page.keyboard.press('Tab');
  await tabTo(page, page.getByLabel('Working on', { exact: true }));
  await page.keyboard.type('dialogue');
  await page.keyboard.press('Enter');
  await expect(page.locator('.people > li')).toHaveCount(2);
  await page.goto(`${network}/noticeboard`);
  await tabTo(page, page.getByRole('link', { name: /joint workforce plan/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Your reply'));
  await expectNoAxeViolations(page);

  const outsider = await signedIn(browser, gareth);
  await outsider.goto(network);
  await expect(outsider.getByText('What others in the network will see')).toBeVisible();
  await expectNoAxeViolations(outsider);
  await outsider.getByRole('link', { name: 'Join the network' }).click();
  await expect(outsider.getByLabel('Sector', { exact: true })).toBeVisible();
  await expectNoAxeViolations(outsider);
  await outsider.context().close();
});
