import { cohortA } from '../../scripts/seed/demo-people';
import { cohortAWaiting } from '../../scripts/seed/demo-waiting-list';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

// The seed's own figures (16 of 16, four invitations, two waiting) are checked in
// tests/unit/demo-waiting-list.test.ts. Earlier specs in a run free and take seats of cohort A, so
// this one checks that the People page shows the cohort as it stands now, with the seed's two
// people first on the waiting list, in order.
const plural = (count: number, one: string) => (count === 1 ? `1 ${one}` : `${count} ${one}s`);

test('the People page shows cohort A’s seats, its pending invitations and the people waiting in order', async ({
  page,
}) => {
  const cohort = adminDb().doc(`cohorts/${cohortA.id}`);
  const [snapshot, members, invitations, waiting] = await Promise.all([
    cohort.get(),
    cohort.collection('members').where('role', '==', 'participant').get(),
    cohort.collection('invitations').where('role', '==', 'participant').get(),
    cohort.collection('waitingList').orderBy('position').get(),
  ]);
  const waitingNames = waiting.docs.map((entry) => entry.get('name') as string);
  expect(waitingNames.slice(0, cohortAWaiting.length)).toEqual(
    cohortAWaiting.map(({ name }) => name),
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAndWait(page, cohortA.facilitators[0]!);
  await page.goto(`/cohorts/${cohortA.id}/people`);
  await expect(
    page.getByText(
      `${snapshot.get('seatsTaken')} of ${snapshot.get('seatLimit')} seats taken (${plural(members.size, 'participant')}, ${plural(invitations.size, 'invitation')} waiting)`,
    ),
  ).toBeVisible();
  for (const invitation of invitations.docs) {
    const name = invitation.get('name') as string | undefined;
    if (name) await expect(page.getByText(new RegExp(`^${name}, `))).toBeVisible();
  }
  const waitingList = page.getByRole('list', { name: 'Waiting list, in order' });
  await expect(waitingList.getByRole('listitem')).toHaveText(
    waitingNames.map((name) => new RegExp(`^${name} `)),
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'reports/screens/demo-full-cohort-390.png', fullPage: true });
});
