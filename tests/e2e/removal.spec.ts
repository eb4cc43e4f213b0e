import { readFileSync } from 'node:fs';
import { FieldValue } from 'firebase-admin/firestore';
import { cohortA, membershipOf } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, newPage, signInAndWait, test } from './support/fixtures';
import { recipientOf, waitForEmails } from '../support/mail-catcher';

// No other spec signs in as this participant, so removing them here disturbs nothing else.
const leaver = cohortA.participants[7]!;
const [helen] = cohortA.facilitators;
const cohort = () => adminDb().doc(`cohorts/${cohortA.id}`);
const entryTitle = 'What I will keep from module 2';

test('a removed participant keeps their own journal and their data download until a date they are told', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const entry = cohort().collection('journal').doc('leaver-private');
  const at = new Date();
  await entry.set({
    authorUid: leaver.uid,
    authorName: leaver.displayName,
    moduleId: 'module-2',
    title: entryTitle,
    body: 'Ask the quieter partner first.',
    visibility: 'private',
    revision: 0,
    createdAt: at,
    updatedAt: at,
  });
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAndWait(page, helen!);
    await page.goto(`/cohorts/${cohortA.id}/people`);
    await page.getByRole('button', { name: `Remove ${leaver.displayName}` }).click();
    const dialog = page.getByRole('dialog', {
      name: `Remove ${leaver.displayName} from the cohort?`,
    });
    await expect(dialog).toContainText('What happens to their writing');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: `Remove ${leaver.displayName}` }).click();
    await expect
      .poll(async () => (await cohort().collection('members').doc(leaver.uid).get()).exists)
      .toBe(false);
    const [told] = await waitForEmails(
      (email) =>
        recipientOf(email) === leaver.email &&
        email.subject === `Your place in ${cohortA.name} has ended`,
      1,
      60_000,
    );
    expect(told!.text).not.toContain('Ask the quieter partner first.');

    const them = await newPage(browser);
    await them.setViewportSize({ width: 390, height: 844 });
    await signInAndWait(them, leaver);
    await expect(them).toHaveURL(/\/place-ended$/);
    const ended = them.getByRole('region', { name: cohortA.name });
    await expect(ended).toContainText(
      new RegExp(
        `Your place in ${cohortA.name} ended on .+\\. You can read your journal and download your data until .+\\.`,
      ),
    );
    await expect(ended.getByRole('heading', { name: entryTitle })).toBeVisible();
    await expectNoAxeViolations(them);

    const download = them.waitForEvent('download');
    await them.getByRole('button', { name: 'Download as JSON' }).click();
    const data = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as unknown;
    expect(JSON.stringify(data)).toContain(entryTitle);

    // The rest of the cohort is closed to them: its timetable is not theirs to read any more.
    await them.goto(`/cohorts/${cohortA.id}/timetable`);
    await expect(them.getByRole('heading', { level: 1 })).toHaveText('You do not have access');
    await them.context().close();
  } finally {
    await entry.delete();
    const membership = cohort().collection('members').doc(leaver.uid);
    if (!(await membership.get()).exists) {
      await membership.set(membershipOf(leaver, 'participant'));
      await cohort().update({ seatsTaken: FieldValue.increment(1) });
    }
    await adminDb().doc(`departures/${cohortA.id}__${leaver.uid}`).delete();
  }
});
