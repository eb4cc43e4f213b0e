import { cohortA } from '../../scripts/seed/demo-people';
import { cohortAInvitees, cohortAWaiting } from '../../scripts/seed/demo-waiting-list';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

test('the demo shows cohort A full, its invitations pending and two people waiting in order', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAndWait(page, cohortA.facilitators[0]!);
  await page.goto(`/cohorts/${cohortA.id}/people`);
  await expect(
    page.getByText(
      `16 of 16 seats taken (${cohortA.participants.length} participants, ${cohortAInvitees.length} invitations waiting)`,
    ),
  ).toBeVisible();
  for (const { name } of cohortAInvitees) {
    await expect(page.getByText(new RegExp(`^${name}, `))).toBeVisible();
  }
  const waitingList = page.getByRole('list', { name: 'Waiting list, in order' });
  await expect(waitingList.getByRole('listitem')).toHaveText(
    cohortAWaiting.map(({ name, organisation }) => new RegExp(`^${name} .*· ${organisation}`)),
  );
  // Full: nothing to offer until a seat frees.
  await expect(page.getByRole('form', { name: 'A seat is free' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'reports/screens/demo-full-cohort-390.png', fullPage: true });
});
