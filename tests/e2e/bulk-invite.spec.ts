import { cohortB, membershipOf } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

const [priya] = cohortB.facilitators;
const leaving = cohortB.participants.at(-1)!;

test('a facilitator invites a pasted list and sees what happened to each address', async ({
  page,
}) => {
  const cohort = adminDb().doc(`cohorts/${cohortB.id}`);
  const { seatLimit, seatsTaken } = (await cohort.get()).data() as {
    seatLimit: number;
    seatsTaken: number;
  };
  // Two seats free, so the third good address finds none.
  await cohort.update({ seatLimit: seatsTaken + 2 });
  const invited = ['ana.silva@example.org', 'ben.okoro@example.org'];
  try {
    await signInAndWait(page, priya!);
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page
      .getByLabel('Invite participants by email')
      .fill(
        'Ana Silva <Ana.Silva@example.org>; not-an-address\nana.silva@example.org, ben.okoro@example.org\ncara.jones@example.org',
      );
    await page.getByRole('button', { name: 'Send invitations' }).click();

    const results = page.getByRole('list', { name: 'What happened to each address' });
    await expect(results.getByRole('listitem')).toHaveText([
      'ana.silva@example.org: invited; we are emailing them a link',
      'not-an-address: not an email address; check it and try again',
      'ana.silva@example.org: already invited',
      'ben.okoro@example.org: invited; we are emailing them a link',
      `cara.jones@example.org: no seat left: all ${seatsTaken + 2} seats are taken`,
    ]);
    await expect(page.getByRole('alert')).toContainText('Invited 2 of 5');
    // What was not invited stays in the box to correct.
    await expect(page.getByLabel('Invite participants by email')).toHaveValue(
      'not-an-address\ncara.jones@example.org',
    );
    await expect(
      page.getByText(`${seatsTaken + 2} of ${seatsTaken + 2} seats taken`),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // Withdrawing an invitation and removing a participant each free one seat, on the server.
    await page
      .getByRole('button', { name: 'Withdraw the invitation to ben.okoro@example.org' })
      .click();
    await expect(
      page.getByText(`${seatsTaken + 1} of ${seatsTaken + 2} seats taken`),
    ).toBeVisible();
    await page.getByRole('button', { name: `Remove ${leaving.displayName}` }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: `Remove ${leaving.displayName}` })
      .click();
    await expect(page.getByText(`${seatsTaken} of ${seatsTaken + 2} seats taken`)).toBeVisible();
    expect((await cohort.collection('members').doc(leaving.uid).get()).exists).toBe(false);
  } finally {
    for (const email of invited) await cohort.collection('invitations').doc(email).delete();
    await cohort.collection('members').doc(leaving.uid).set(membershipOf(leaving, 'participant'));
    await adminDb().doc(`departures/${cohortB.id}__${leaving.uid}`).delete();
    await cohort.update({ seatLimit, seatsTaken });
  }
});
