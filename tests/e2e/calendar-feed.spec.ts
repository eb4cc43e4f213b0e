import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expectChromeWithin } from './support/chrome';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';
import { expectInView } from './support/in-view';

const sunita = cohortA.participants[2]!;
const base = `/cohorts/${cohortA.id}`;

test.afterAll(async () => {
  await adminDb().doc(`calendarFeeds/${sunita.uid}`).delete();
});

test('a participant subscribes to her calendar on the timetable at phone width, and turns it off', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const phone = await context.newPage();
  await signInAndWait(phone, sunita);
  await phone.goto(`${base}/timetable`);
  const card = phone.getByRole('region', { name: 'Your calendar, kept up to date' });
  await card.getByRole('button', { name: 'Subscribe to your calendar' }).click();

  const notice = card.getByRole('status').filter({ hasText: 'Here is your address.' });
  await expectInView(phone, notice);
  await expectChromeWithin(phone);
  const field = card.getByLabel('Your private calendar address');
  const address = await field.inputValue();
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:4173\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const webcal = address.replace(/^http:\/\//, 'webcal://');
  await expect(card.getByRole('link', { name: 'Subscribe in Outlook' })).toHaveAttribute(
    'href',
    `https://outlook.office.com/calendar/0/addfromweb?url=${encodeURIComponent(address)}&name=Collaborative%20leadership%20programme`,
  );
  await expect(card.getByRole('link', { name: 'Subscribe in Google Calendar' })).toHaveAttribute(
    'href',
    `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
  );
  await card.getByRole('button', { name: 'Copy the address' }).click();
  await expect(card.getByText('Copied.')).toBeVisible();
  expect(await phone.evaluate(() => navigator.clipboard.readText())).toBe(address);
  await expectNoAxeViolations(phone);

  // The address answers through the portal's own origin, as a calendar app would ask.
  const feed = await phone.request.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  // And through Hosting's own rewrite and headers, as in production.
  const hosting = process.env['HOSTING_URL'];
  expect(hosting, 'HOSTING_URL is set by scripts/with-emulators.mjs').toBeTruthy();
  const viaHosting = await phone.request.get(`${hosting}${new URL(address).pathname}`);
  expect(viaHosting.status()).toBe(200);
  expect(viaHosting.headers()['cache-control']).toBe('private, max-age=3600');
  expect(await viaHosting.text()).toContain('BEGIN:VCALENDAR');

  // Shown once: a later visit says since when, and offers a new address or none.
  await phone.reload();
  await expect(card.getByText(/You made your address on /)).toBeVisible();
  await expect(card.getByLabel('Your private calendar address')).toHaveCount(0);
  await card.getByRole('button', { name: 'Turn off the address' }).click();
  await expectInView(phone, card.getByRole('status').filter({ hasText: 'is turned off' }));
  expect((await phone.request.get(address)).status()).toBe(404);
  await expect(card.getByRole('button', { name: 'Subscribe to your calendar' })).toBeVisible();
  await context.close();
});
