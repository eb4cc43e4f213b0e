import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import {
  expect,
  expectNoAxeViolations,
  readFromPage,
  signIn,
  tabTo,
  test,
} from './support/fixtures';

const helen = cohortA.facilitators[0]!;
const amara = cohortA.participants[0]!;
const gareth = cohortA.participants[1]!;
const unmarked = cohortA.participants.slice(-2);
const base = `/cohorts/${cohortA.id}`;

test.afterAll(async () => {
  const db = adminDb();
  await db.doc(`${base.slice(1)}/attendance/${gareth.uid}`).update({ 'days.2-2': 'present' });
  for (const person of unmarked) await db.doc(`${base.slice(1)}/attendance/${person.uid}`).delete();
});

test('a facilitator takes a day’s attendance on a phone; each participant sees only their own', async ({
  browser,
  consoleErrors,
}) => {
  consoleErrors.allow(/permission/i);
  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();
  await phone.goto('/sign-in');
  await signIn(phone, helen);
  await expect(phone).not.toHaveURL(/\/sign-in/);
  // At phone width the section links are inside the header's menu.
  await phone.getByRole('button', { name: 'Menu' }).click();
  await phone.getByRole('link', { name: 'Attendance' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Attendance');
  await phone.getByLabel('Module day').selectOption('2-2');
  await expectNoAxeViolations(phone);

  const garethsRow = phone.getByRole('group', { name: gareth.displayName });
  await expect(garethsRow.getByLabel('Present')).toBeChecked();
  await garethsRow.getByLabel('Part of the day').check();
  await phone.getByRole('button', { name: 'Mark the 2 not yet marked as present' }).click();
  for (const person of unmarked) {
    await expect(
      phone.getByRole('group', { name: person.displayName }).getByLabel('Present'),
    ).toBeChecked();
  }
  await tabTo(phone, phone.getByRole('button', { name: 'Save attendance' }));
  await phone.keyboard.press('Enter');
  await expect(phone.getByRole('status')).toContainText('Saved attendance for Module 2, day 2');

  await phone.getByRole('button', { name: 'Menu' }).click();
  await phone.getByRole('link', { name: 'Readiness' }).click();
  const garethsReadiness = phone.getByRole('row', { name: new RegExp(gareth.displayName) });
  await expect(garethsReadiness).toContainText('3 of 4');
  await phone.context().close();

  const garethPage = await (await browser.newContext()).newPage();
  await garethPage.goto('/sign-in');
  await signIn(garethPage, gareth);
  await expect(garethPage).not.toHaveURL(/\/sign-in/);
  await garethPage.goto(`${base}/timetable`);
  const module2 = garethPage.getByRole('article', { name: /Module 2/ });
  // A finished module is folded to its title.
  await module2.getByText(/^Module 2:/).click();
  await expect(module2.getByRole('region', { name: /^Day 2/ })).toContainText(
    'Your attendance: part of the day',
  );
  expect(await readFromPage(garethPage, `${base.slice(1)}/attendance/${amara.uid}`)).toBe(
    'permission-denied',
  );
  expect(await readFromPage(garethPage, `${base.slice(1)}/attendance/${gareth.uid}`)).not.toBe(
    'permission-denied',
  );
  await expect(garethPage.getByRole('link', { name: 'Attendance' })).toHaveCount(0);
  await garethPage.context().close();
});
