import { cohortA } from '../../scripts/seed/demo-people';
import { PRIVACY_NOTICE_VERSION } from '../../src/features/notices/notice-version';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

const gareth = cohortA.participants[1]!;

test('the privacy notice and the accessibility statement load signed out and pass axe', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Privacy' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who can read what' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /^Journal entry/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Accessibility', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Accessibility statement' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Compliance status' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/sign-up');
  await expect(page.getByRole('link', { name: 'privacy notice' })).toHaveAttribute(
    'href',
    '/privacy',
  );
});

test('someone shown an older privacy notice sees the new one on their next visit, once', async ({
  page,
}) => {
  const profile = adminDb().doc(`users/${gareth.uid}`);
  await profile.update({ privacyNoticeVersion: PRIVACY_NOTICE_VERSION - 1 });
  try {
    await signInAndWait(page, gareth);
    const banner = page.getByRole('region', { name: 'The privacy notice has been updated' });
    await expect(banner).toBeVisible();
    await expectNoAxeViolations(page);
    await banner.getByRole('button', { name: 'I have read it' }).click();
    await expect(banner).toBeHidden();
    await expect
      .poll(async () => (await profile.get()).get('privacyNoticeVersion'))
      .toBe(PRIVACY_NOTICE_VERSION);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(banner).toBeHidden();
  } finally {
    await profile.update({ privacyNoticeVersion: PRIVACY_NOTICE_VERSION });
  }
});
