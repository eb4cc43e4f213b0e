import { adminPath } from '../../src/config/admin-pages';
import { formatLongDate } from '../../src/lib/dates';
import { deletionDate } from '../../src/lib/retention';
import { alumniCohort, programmeAdmin } from '../../scripts/seed/demo-people';
import { DEMO_RETENTION_MONTHS } from '../../scripts/seed/seed';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

test.afterAll(async () => {
  await adminDb().doc('settings/retention').set({
    cohortMonthsAfterEnd: DEMO_RETENTION_MONTHS,
    updatedBy: 'demo-seed',
    updatedAt: new Date(),
  });
});

test('the programme team sets how long content is kept, sees each cohort’s day and a dry run, and the change is audited', async ({
  page,
}, testInfo) => {
  const alumniEnd = (await adminDb().doc(`cohorts/${alumniCohort.id}`).get()).get(
    'endDate',
  ) as string;
  await signInAndWait(page, programmeAdmin);
  await page.goto(adminPath('privacy'));
  const section = page.getByRole('region', { name: 'How long cohorts’ content is kept' });
  const months = section.getByLabel('Keep a cohort’s content after it ends for (months)');
  await expect(months).toHaveValue(String(DEMO_RETENTION_MONTHS));
  await expect(section).toContainText('12 unless you change it');
  const alumni = section.getByRole('listitem').filter({ hasText: alumniCohort.name });
  await expect(alumni).toContainText(
    `will be deleted on ${formatLongDate(deletionDate(alumniEnd, DEMO_RETENTION_MONTHS))}`,
  );

  // A wrong number is refused with a clear message, and what was typed stays.
  await months.fill('0');
  await section.getByRole('button', { name: 'Save' }).click();
  const summary = section.getByText('There is a problem');
  await expect(summary).toBeVisible();
  await expect(
    section.getByRole('link', { name: /Enter a whole number of months from 1 to 84/ }),
  ).toBeVisible();
  await expect(months).toHaveValue('0');
  await expect(months).toHaveAttribute('aria-invalid', 'true');
  expect((await adminDb().doc('settings/retention').get()).get('cohortMonthsAfterEnd')).toBe(
    DEMO_RETENTION_MONTHS,
  );

  await months.fill('18');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText(
    'Saved. Content is kept for 18 months after a cohort ends.',
  );
  await expect(alumni).toContainText(
    `will be deleted on ${formatLongDate(deletionDate(alumniEnd, 18))}`,
  );

  await alumni.getByRole('button', { name: 'Show what will go' }).click();
  const plan = alumni.getByRole('list', {
    name: `What will go from ${alumniCohort.name}, by kind`,
  });
  // The first call of a function on the emulators starts it, which can take a while.
  await expect(plan).toContainText('Journal entries and the replies to them: 0', {
    timeout: 90_000,
  });
  await expect(plan).toContainText('Feedback answers (never counted');
  await expect(alumni).toContainText('A dry run: nothing has been deleted.');
  await expect(alumni).toContainText(`that ${alumniCohort.participants.length} people took part`);
  await expectNoAxeViolations(page);
  await section.screenshot({ path: testInfo.outputPath('retention-1280.png') });

  // The audit record is written by a trigger, moments after the save.
  await expect
    .poll(
      async () =>
        (await adminDb().collection('auditLog').where('action', '==', 'retention.change').get())
          .size,
      { timeout: 60_000 },
    )
    .toBe(1);
  await page.goto(adminPath('audit-log'));
  await expect(page.getByRole('list', { name: 'Audit records, newest first' })).toContainText(
    `${programmeAdmin.displayName} changed how long a cohort’s content is kept after it ends from ${DEMO_RETENTION_MONTHS} to 18 months`,
  );

  // On a phone the section reads without scrolling sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(adminPath('privacy'));
  await expect(
    section.getByRole('heading', { name: 'How long cohorts’ content is kept' }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await section
    .getByRole('listitem')
    .filter({ hasText: alumniCohort.name })
    .getByRole('button', { name: 'Show what will go' })
    .click();
  await expect(
    section.getByRole('list', { name: `What will go from ${alumniCohort.name}, by kind` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await section.screenshot({ path: testInfo.outputPath('retention-390.png') });
});
