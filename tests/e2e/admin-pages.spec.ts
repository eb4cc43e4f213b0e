import { cohortA, programmeAdmin } from '../../scripts/seed/demo-people';
import { adminPages, adminPath } from '../../src/config/admin-pages';
import { expectChromeWithin } from './support/chrome';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

const phone = { width: 390, height: 844 };
const headingOf = (label: string) => (label === 'Overview' ? 'Programme team' : label);

test.use({ viewport: phone });

test('on a phone the programme team reaches every page of theirs from one row, each with its own heading, title and a chrome of at most 15%', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAndWait(page, programmeAdmin);
  await page.goto(adminPath());
  await expect(page.getByRole('heading', { level: 1, name: 'Programme team' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What needs attention' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Every cohort, newest first' }).getByRole('link', {
      name: new RegExp(cohortA.name),
    }),
  ).toHaveAttribute('href', `/cohorts/${cohortA.id}`);

  const nav = page.getByRole('navigation', { name: 'Programme team pages' });
  for (const { segment, label } of adminPages) {
    const link = nav.getByRole('link', { name: label, exact: true });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${adminPath(segment)}$`));
    const heading = page.getByRole('heading', { level: 1, name: headingOf(label), exact: true });
    await expect(heading).toBeVisible();
    // Moving between the pages announces the new one: its heading takes focus.
    if (segment !== '') await expect(heading).toBeFocused();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(
      new RegExp(`^${segment === '' ? '' : `${label} · `}Programme team · `),
    );
    await expectChromeWithin(page);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
  }
});

test('opened directly on a phone, a page further along the row finds its own link scrolled into sight', async ({
  page,
}) => {
  await signInAndWait(page, programmeAdmin);
  await page.goto(adminPath('problems'));
  await expect(page.getByRole('heading', { level: 1, name: 'Problems' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Programme team pages' });
  await expect(nav.getByRole('link', { name: 'Problems' })).toBeInViewport();
  await expect(nav.getByRole('link', { name: 'Problems' })).toHaveAttribute('aria-current', 'page');

  await nav.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('region', { name: 'What needs attention' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Problems' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Emails that could not be sent' })).toBeVisible();
});

test('a page of the team’s that does not exist says so', async ({ page }) => {
  await signInAndWait(page, programmeAdmin);
  await page.goto('/admin/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
