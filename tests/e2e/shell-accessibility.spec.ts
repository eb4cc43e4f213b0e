import { cohortA } from '../../scripts/seed/demo-people';
import { expect, expectNoAxeViolations, signIn, signInAndWait, test } from './support/fixtures';

const amara = cohortA.participants[0]!;
const sections = ['Dashboard', 'Timetable', 'Pre-reading', 'Goals', 'Journal', 'Cohort'];

test('the sign-in page has no axe violations and works from the keyboard', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page).toHaveTitle('Sign in · Leadership portal');
  await expectNoAxeViolations(page);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email address')).toBeFocused();
  await page.keyboard.type(amara.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type('LeadTogether-2027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('every screen of the shell has a title, landmarks and no axe violations', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, amara);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  for (const section of sections) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: section, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
    await expect(page).toHaveTitle(`${section} · Collaborative leadership portal`);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: section, exact: true }),
    ).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page);
  }
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, amara);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('navigating moves focus to the new page heading, for screen readers', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, amara);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByRole('link', { name: 'Timetable', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Timetable' })).toBeFocused();
});

test('the shell fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAndWait(page, amara);
  for (const path of ['', '/timetable', '/pre-reading', '/goals', '/journal', '/cohort']) {
    await page.goto(`/cohorts/${cohortA.id}${path}`);
    await expect(page).toHaveURL(`/cohorts/${cohortA.id}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `horizontal overflow on ${path || 'dashboard'}`).toBeLessThanOrEqual(0);
  }
});
