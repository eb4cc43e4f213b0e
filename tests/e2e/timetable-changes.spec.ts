import type { Locator, Page } from '@playwright/test';
import { cohortA } from '../../scripts/seed/demo-people';
import { caughtEmails, clearInbox, waitForEmails } from '../support/mail-catcher';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

const helen = cohortA.facilitators[0]!;
const gareth = cohortA.participants[1]!;
const base = `/cohorts/${cohortA.id}`;
const module3 = () => adminDb().doc(`${base.slice(1)}/modules/module-3`);
const isChange = (email: { subject: string }) => email.subject.startsWith('Module 3 has changed');

let original: FirebaseFirestore.DocumentData | undefined;
test.beforeAll(async () => {
  original = (await module3().get()).data();
});
test.afterAll(async () => {
  if (original) await module3().set(original);
});

/** The element lies wholly inside the phone's screen, where the person is looking. */
async function expectInView(page: Page, element: Locator) {
  const box = await element.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect(box, 'bounding box').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(height);
}

async function phoneAs(browser: import('@playwright/test').Browser) {
  const page = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();
  await signInAndWait(page, helen);
  return page;
}

test('the timetable opens at the next module, and a session time changes in place, quietly or telling everyone', async ({
  browser,
}) => {
  // Everyone in the cohort now, including anyone an earlier spec has added.
  const everyone = (
    await adminDb()
      .collection(`${base.slice(1)}/members`)
      .get()
  ).size;
  // Two saves, each waiting on the change trigger: one to send nothing, one to email everyone.
  test.setTimeout(120_000);
  const phone = await phoneAs(browser);
  await phone.goto(`${base}/timetable`);
  const finished = phone.getByRole('article', { name: /Module 1/ });
  await expect(finished.getByRole('region', { name: /^Day 1/ })).toBeHidden();
  await expect(phone.getByRole('button', { name: 'Add module 1 to your calendar' })).toHaveCount(0);
  await expect(phone.getByRole('button', { name: 'Add module 3 to your calendar' })).toBeVisible();
  await expectNoAxeViolations(phone);

  await clearInbox();
  const next = phone.getByRole('article', { name: /Module 3/ });
  await next.getByRole('button', { name: 'Change time of Action learning sets' }).click();
  const form = next.getByRole('form', { name: 'Change the time of Action learning sets' });
  await form.getByLabel('Starts').fill('14:15');
  await form.getByLabel('Ends').fill('15:45');
  await expect(form).toContainText(`Saving this emails ${everyone} people`);
  await expect(
    form.getByRole('button', { name: `Save and tell ${everyone} people` }),
  ).toBeVisible();
  await expectNoAxeViolations(phone);
  await form.getByRole('button', { name: 'Save quietly' }).click();
  const quietly = phone.getByRole('status').filter({ hasText: 'Saved quietly' });
  await expect(quietly).toBeFocused();
  await expectInView(phone, quietly);
  await expect(next.getByRole('row', { name: /14:15–15:45/ })).toContainText(
    'Action learning sets',
  );
  // The trigger has run for this revision once the change is in "what's new"; give it time too.
  await phone.waitForTimeout(4000);
  expect((await caughtEmails()).filter(isChange)).toEqual([]);

  await next.getByRole('button', { name: 'Change time of Action learning sets' }).click();
  await form.getByLabel('Starts').fill('14:30');
  await form.getByRole('button', { name: `Save and tell ${everyone} people` }).click();
  const told = phone
    .getByRole('status')
    .filter({ hasText: `${everyone} people are being emailed` });
  await expect(told).toBeFocused();
  await expectInView(phone, told);
  const [email] = await waitForEmails(isChange, everyone, 60_000);
  expect(email?.text).toContain('Day 1, 14:30–15:45: Action learning sets');
  expect(email?.text).toContain('(was Day 1, 14:15–15:45)');
  expect(email?.text).not.toContain('No longer on the agenda');
  await phone.context().close();
});

test('attendance warns before unsaved marks are lost, refuses a day to come, and says "Saved" in view', async ({
  browser,
}) => {
  const phone = await phoneAs(browser);
  await phone.goto(`${base}/attendance`);
  await phone.getByLabel('Module day').selectOption('4-1');
  await expect(phone.getByText(/Its attendance can be taken from that day/)).toBeVisible();
  await expect(
    phone.getByRole('group', { name: gareth.displayName }).getByLabel('Present'),
  ).toBeDisabled();
  await expect(phone.getByRole('button', { name: 'Save attendance' })).toHaveCount(0);

  await phone.getByLabel('Module day').selectOption('2-2');
  await phone.getByRole('group', { name: gareth.displayName }).getByLabel('Absent').check();
  await openTimetableFromMenu(phone);
  const dialog = phone.getByRole('dialog', { name: 'One mark is not saved yet' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(phone);
  await dialog.getByRole('button', { name: 'Stay and save them' }).click();
  await expect(phone).toHaveURL(`${base}/attendance`);
  await phone.getByRole('button', { name: 'Save attendance' }).click();
  const saved = phone
    .getByRole('status')
    .filter({ hasText: 'Saved attendance for Module 2, day 2' });
  await expect(saved).toBeVisible();
  await expectInView(phone, saved);

  await phone.getByRole('group', { name: gareth.displayName }).getByLabel('Present').check();
  await phone.getByRole('button', { name: 'Save attendance' }).click();
  await expect(saved).toBeVisible();
  await openTimetableFromMenu(phone);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Timetable');
  await phone.context().close();
});

/** On a phone the sections are in the header's menu, which a blocked navigation leaves open. */
async function openTimetableFromMenu(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.getByRole('link', { name: 'Timetable', exact: true }).click();
}
