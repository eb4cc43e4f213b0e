import { adminPath } from '../../src/config/admin-pages';
import { FieldValue } from 'firebase-admin/firestore';
import { cohortA, programmeAdmin } from '../../scripts/seed/demo-people';
import { formatLongDate } from '../../src/lib/dates';
import { adminDb } from './support/admin';
import { expectChromeWithin } from './support/chrome';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';
import { expectFocusedOrAnnounced, expectInView } from './support/in-view';

const phone = { width: 390, height: 844 };
const name = `Collaborative leadership — spring 2028 ${Date.now().toString(36)}`;
const firstDays = ['2028-01-11', '2028-03-07', '2028-05-02', '2028-07-04'];

// The new cohort is the programme team's to remove again, so later specs see the seeded cohorts.
test.afterAll(async () => {
  const db = adminDb();
  const made = await db.collection('cohorts').where('name', '==', name).get();
  for (const cohort of made.docs) {
    await db.recursiveDelete(cohort.ref);
    await db.doc('networkCohorts/all').update({ [`labels.${cohort.id}`]: FieldValue.delete() });
  }
});

test('the programme team makes a new cohort from spring 2027 on a phone, and every session moves with its module', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ viewport: phone })).newPage();
  await signInAndWait(page, programmeAdmin);
  await page.goto(adminPath('cohorts'));
  const form = page.getByRole('form', { name: 'New cohort from…' });
  await form.getByLabel('Copy from').selectOption({ label: cohortA.name });
  await form.getByLabel('New cohort’s name').fill(name);
  await form.getByLabel('Give the first day of each module').check();
  for (const [index, day] of firstDays.entries()) {
    await form.getByLabel(`Module ${index + 1}, first day`).fill(day);
  }
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Make the cohort' }).click();
  const notice = form.getByRole('status').filter({ hasText: `Made “${name}”` });
  await expectInView(page, notice);
  await expectFocusedOrAnnounced(notice);

  await form.getByRole('link', { name: `Open ${name}’s timetable` }).click();
  await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  await expectChromeWithin(page);
  const source = await adminDb()
    .collection(`cohorts/${cohortA.id}/modules`)
    .orderBy('number')
    .get();
  for (const [index, day] of firstDays.entries()) {
    const sessions = source.docs[index]!.get('sessions') as {
      day: number;
      start: string;
      end: string;
      title: string;
    }[];
    const module = page.getByRole('article', { name: new RegExp(`^Module ${index + 1}:`) });
    const nextDay = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    for (const [dayIndex, date] of [day, nextDay].entries()) {
      const region = module.getByRole('region', {
        name: `Day ${dayIndex + 1}: ${formatLongDate(date)}`,
      });
      for (const session of sessions.filter((s) => s.day === dayIndex + 1)) {
        await expect(region).toContainText(`${session.start}–${session.end}`);
        await expect(region).toContainText(session.title);
      }
    }
  }
  await expectNoAxeViolations(page);
});
