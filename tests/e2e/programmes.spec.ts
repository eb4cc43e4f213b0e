import { adminPath } from '../../src/config/admin-pages';
import { programmeAdmin, publicHealthCohort } from '../../scripts/seed/demo-people';
import {
  demoProgrammes,
  demoProgrammeShown,
  PUBLIC_HEALTH_PROGRAMME_ID,
} from '../../scripts/seed/demo-programme';
import { adminDb } from './support/admin';
import { expectChromeWithin } from './support/chrome';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';
import { expectFocusedOrAnnounced, expectInView } from './support/in-view';

const phone = { width: 390, height: 844 };
const [grace] = publicHealthCohort.participants;
const seeded = demoProgrammes.find(({ id }) => id === PUBLIC_HEALTH_PROGRAMME_ID)!.data;
const description = `Two modules for public health leaders, renamed ${Date.now().toString(36)}.`;

// The programme and what its cohort shows of it go back to the seed's words for the specs that follow.
test.afterAll(async () => {
  const db = adminDb();
  await db.doc(`programmes/${PUBLIC_HEALTH_PROGRAMME_ID}`).set(seeded);
  await db
    .doc(`cohorts/${publicHealthCohort.id}`)
    .update({ programme: demoProgrammeShown(PUBLIC_HEALTH_PROGRAMME_ID) });
  await db.doc(`programmes/${PUBLIC_HEALTH_PROGRAMME_ID}/policy/completion`).delete();
});

test('the programme team changes a programme on a phone, and its cohort’s members see it in their portal', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const team = await (await browser.newContext({ viewport: phone })).newPage();
  await signInAndWait(team, programmeAdmin);
  await team.goto(adminPath('programmes'));
  const form = team.getByRole('form', { name: seeded.name, exact: true });
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

test('the programme team changes a session of the outline and what completion means, on a phone', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const team = await (await browser.newContext({ viewport: phone })).newPage();
  await signInAndWait(team, programmeAdmin);
  await team.goto(adminPath('programmes'));
  const programme = team.getByRole('region', { name: seeded.name });
  const outline = programme.getByRole('form', { name: 'Module outline' });
  const [first] = seeded.outline;
  const module = outline.locator('details').first();
  await module.getByText(`Module 1: ${first!.title}`).click();
  await module.getByLabel('Session 1 title').fill('Arrival, coffee and introductions');
  await module.getByLabel('Ends').first().fill('10:15');
  await outline.getByRole('button', { name: 'Save outline' }).click();
  const outlineNotice = outline.getByRole('status').filter({ hasText: 'Saved.' });
  await expectInView(team, outlineNotice);
  await expectFocusedOrAnnounced(outlineNotice);
  await expectNoAxeViolations(team);

  const completion = programme.getByRole('form', { name: 'What completing the programme means' });
  await completion.getByLabel('Days attended, at least').fill('5');
  await completion.getByLabel('The director call must have taken place').uncheck();
  await completion.getByRole('button', { name: 'Save completion rule' }).click();
  const completionNotice = completion
    .getByRole('status')
    .filter({ hasText: 'Completing now means at least 5 of the 8 days.' });
  await expectInView(team, completionNotice);
  await expectNoAxeViolations(team);
  await expectChromeWithin(team);

  const db = adminDb();
  const record = (await db.doc(`programmes/${PUBLIC_HEALTH_PROGRAMME_ID}`).get()).data();
  expect(record?.['outline'][0].sessions[0]).toEqual({
    ...first!.sessions[0],
    title: 'Arrival, coffee and introductions',
    end: '10:15',
  });
  expect(record?.['outline'].slice(1)).toEqual(seeded.outline.slice(1));
  // The outline's batch writes what the cohort shows too: still the record's, description and all.
  const cohort = await db.doc(`cohorts/${publicHealthCohort.id}`).get();
  expect(cohort.get('programme')).toEqual({
    name: record?.['name'],
    description: record?.['description'],
    directorName: record?.['directorName'],
  });
  expect(cohort.get('programme.name')).toBe(seeded.name);
  const policy = (
    await db.doc(`programmes/${PUBLIC_HEALTH_PROGRAMME_ID}/policy/completion`).get()
  ).data();
  expect(policy).toMatchObject({
    minDaysAttended: 5,
    directorCallRequired: false,
    updatedBy: programmeAdmin.uid,
  });
});
