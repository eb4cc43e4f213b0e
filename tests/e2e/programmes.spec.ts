import { programmeAdmin, publicHealthCohort } from '../../scripts/seed/demo-people';
import { demoProgrammes, PUBLIC_HEALTH_PROGRAMME_ID } from '../../scripts/seed/demo-programme';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';
import { expectFocusedOrAnnounced, expectInView } from './support/in-view';

const phone = { width: 390, height: 844 };
const [grace] = publicHealthCohort.participants;
const seeded = demoProgrammes.find(({ id }) => id === PUBLIC_HEALTH_PROGRAMME_ID)!.data;
const description = `Two modules for public health leaders, renamed ${Date.now().toString(36)}.`;

// The programme and its cohort's copy go back to the seed's words for the specs that follow.
test.afterAll(async () => {
  const db = adminDb();
  await db.doc(`programmes/${PUBLIC_HEALTH_PROGRAMME_ID}`).set(seeded);
  await db
    .doc(`cohorts/${publicHealthCohort.id}/programme/${PUBLIC_HEALTH_PROGRAMME_ID}`)
    .set(seeded);
});

test('the programme team changes a programme on a phone, and its cohort’s members see it in their portal', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const team = await (await browser.newContext({ viewport: phone })).newPage();
  await signInAndWait(team, programmeAdmin);
  await team.goto('/admin');
  const form = team.getByRole('form', { name: seeded.name });
  await form.getByLabel('Short description').fill(description);
  await form.getByRole('button', { name: 'Save programme' }).click();
  const notice = form.getByRole('status').filter({ hasText: 'Saved.' });
  await expectInView(team, notice);
  await expectFocusedOrAnnounced(notice);
  await expectNoAxeViolations(team);

  const member = await (await browser.newContext({ viewport: phone })).newPage();
  await signInAndWait(member, grace!);
  await expect(member).toHaveURL(new RegExp(`/cohorts/${publicHealthCohort.id}`));
  await expect(member.getByRole('link', { name: `${seeded.name} portal` })).toBeVisible();
  await expect(member).toHaveTitle(new RegExp(` · ${seeded.name} portal$`));
  await expect(member.getByRole('contentinfo')).toContainText(description);
  await expect(member.getByText('Collaborative leadership portal')).toHaveCount(0);
});
