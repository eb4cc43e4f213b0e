import { cohortA, programmeAdmin, type DemoPerson } from '../../scripts/seed/demo-people';
import { Timestamp } from 'firebase-admin/firestore';
import { adminDb } from './support/admin';
import { expectChromeWithin } from './support/chrome';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

const [amara] = cohortA.participants;
const [helen] = cohortA.facilitators;
const cohort = `/cohorts/${cohortA.id}`;
const memberSections = ['', '/timetable', '/pre-reading', '/goals', '/journal', '/cohort'];
const network = [
  '/network',
  '/network/profile',
  '/network/noticeboard',
  '/network/noticeboard/post-joint-workforce-plan',
];
const ownPages = ['/notifications', '/your-data', '/learning-record'];
const everySection = [...memberSections, '/feedback', '/readiness', '/attendance'];

const screens: { role: string; person: DemoPerson; paths: string[] }[] = [
  {
    role: 'participant',
    person: amara!,
    paths: [
      ...[...memberSections, '/feedback'].map((path) => cohort + path),
      `${cohort}/journal/new`,
      `${cohort}/journal/amara-m1-shared`,
      `${cohort}/journal/amara-m1-shared/edit`,
      ...[...network, ...ownPages].map((path) => cohort + path),
      '/choose-cohort',
    ],
  },
  {
    role: 'facilitator',
    person: helen!,
    paths: [
      ...everySection.map((path) => cohort + path),
      `${cohort}/journal/amara-m1-shared`,
      `${cohort}/readiness/${amara!.uid}`,
      ...[...network, ...ownPages].map((path) => cohort + path),
      '/choose-cohort',
    ],
  },
  {
    role: 'programme team',
    person: programmeAdmin,
    paths: [
      ...everySection.map((path) => cohort + path),
      `${cohort}/journal/amara-m1-shared`,
      `${cohort}/readiness/${amara!.uid}`,
      ...[...network, ...ownPages].map((path) => cohort + path),
      '/choose-cohort',
      '/admin',
    ],
  },
];

test.use({ viewport: { width: 390, height: 844 } });

for (const { role, person, paths } of screens) {
  test(`on a phone the chrome is at most 15% of the screen on every screen, as ${role}`, async ({
    page,
  }) => {
    // Up to 26 screens in one sign-in; /admin alone reads every cohort and the callables' reports.
    test.setTimeout(120_000);
    await signInAndWait(page, person);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectChromeWithin(page);
    }
  });
}

test('on a phone the menu holds every destination, and the header passes axe open and closed', async ({
  page,
}) => {
  await signInAndWait(page, programmeAdmin);
  await page.goto(`${cohort}/timetable`);
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await expectNoAxeViolations(page);

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Timetable' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const banner = page.getByRole('banner');
  for (const name of ['Email settings', 'Your data', 'Programme team']) {
    await expect(banner.getByRole('link', { name })).toBeVisible();
  }
  await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectNoAxeViolations(page);

  await banner.getByRole('link', { name: 'Programme team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programme team' })).toBeVisible({
    timeout: 20_000,
  });
  await expectChromeWithin(page);
});

test('a participant finds her learning record and an unread count in the phone header', async ({
  page,
}) => {
  await signInAndWait(page, amara!);
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: /What’s new/ })).toBeVisible();
  await banner.getByRole('button', { name: 'Menu' }).click();
  await banner.getByRole('link', { name: 'Learning record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your learning record' })).toBeVisible();
  await expect(banner.getByRole('navigation', { name: 'Main' })).toBeHidden();
});

test('sign-out is offered on /choose-cohort and /admin', async ({ page }) => {
  await signInAndWait(page, programmeAdmin);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Programme team' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.goto('/choose-cohort');
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('on a phone the header keeps to two lines when a dozen things are new', async ({ page }) => {
  const reader = cohortA.participants[6]!;
  const news = adminDb().doc(`cohorts/${cohortA.id}/whatsNew/${reader.uid}`);
  const before = (await news.get()).data();
  try {
    // Signing in opens the dashboard, which marks everything seen; the news arrives after that.
    await signInAndWait(page, reader);
    await page.goto(`${cohort}/timetable`);
    const at = Timestamp.now();
    await news.set(
      {
        items: Array.from({ length: 12 }, (_, index) => ({
          id: `announcement-${index}`,
          kind: 'announcement',
          title: `Announcement ${index + 1}`,
          path: `/cohorts/${cohortA.id}`,
          at,
        })),
      },
      { merge: true },
    );
    await expect(page.getByRole('link', { name: 'What’s new 12 new' })).toBeVisible();
    await expectChromeWithin(page);
  } finally {
    await (before ? news.set(before) : news.delete());
  }
});
