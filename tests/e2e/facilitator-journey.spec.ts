import type { Page } from '@playwright/test';
import { cohortA, cohortB, DEMO_PASSWORD, programmeAdmin } from '../../scripts/seed/demo-people';
import {
  expect,
  expectNoAxeViolations,
  expectScreensPassAxe,
  signInAndWait,
  newPage,
  signIn,
  test,
} from './support/fixtures';
import { linkIn, recipientOf, waitForEmails } from '../support/mail-catcher';

const stamp = Date.now().toString(36);
const cohortName = `Collaborative leadership — test ${stamp}`;
const facilitator = cohortB.facilitators[0]!;
const newcomer = { displayName: 'Nadia Farouk', email: `nadia.farouk.${stamp}@example.org` };

async function openCohort(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a cohort' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(cohortName) }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

test('the programme team and a facilitator set up a cohort that an invited participant joins and uses', async ({
  browser,
}) => {
  test.setTimeout(150_000);

  const admin = await newPage(browser);
  await admin.goto('/sign-in');
  await signIn(admin, programmeAdmin);
  await admin.getByRole('link', { name: /Programme team/ }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Programme team' })).toBeVisible();
  await admin
    .getByRole('navigation', { name: 'Programme team pages' })
    .getByRole('link', { name: 'Cohorts' })
    .click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Cohorts' })).toBeVisible();
  // The programme forms and "New cohort from…" on the same page have fields named alike.
  const create = admin.getByRole('form', { name: 'Create a cohort' });
  await expect(create.getByLabel('Programme')).toHaveValue('programme-collaborative-leadership');
  await create.getByLabel('Name').fill(cohortName);
  await create.getByLabel('Start date').fill('2027-04-06');
  await create.getByLabel('Last day of module 4').fill('2027-11-03');
  await create.getByRole('button', { name: 'Create cohort' }).click();
  await expect(admin.getByRole('status')).toContainText(`Created “${cohortName}”`);
  const card = admin
    .getByRole('listitem')
    .filter({ has: admin.getByRole('link', { name: cohortName }) });
  await card.getByLabel('Appoint a facilitator by email').fill(facilitator.email);
  await card.getByRole('button', { name: 'Appoint' }).click();
  await expect(card.getByRole('status')).toContainText('Invited');
  await expectNoAxeViolations(admin);

  const lead = await newPage(browser);
  await lead.goto('/sign-in');
  await signIn(lead, facilitator);
  await openCohort(lead);
  await expect(lead.getByText('The timetable is on its way')).toBeVisible();

  await lead.getByRole('link', { name: 'Timetable', exact: true }).click();
  await lead.getByRole('button', { name: 'Add module 1' }).click();
  const editor = lead.getByRole('form', { name: 'Edit module 1' });
  await editor.getByLabel('Title').fill('Defining you and the system');
  await editor.getByLabel(/First day/).fill('2027-05-11');
  await editor.getByLabel(/Venue/).fill('Northgate Conference Centre, Leeds');
  await editor.getByLabel('Themes, one per line').fill('Agreeing principles for working together');
  await editor.getByRole('button', { name: 'Add a session' }).click();
  await editor.getByLabel('Session 1 title').fill('Opening conversation');
  await editor.getByRole('button', { name: 'Add a session' }).click();
  await editor.getByLabel('Day').nth(1).selectOption('2');
  await editor.getByLabel('Session 2 title').fill('Commitments');
  await expectNoAxeViolations(lead);
  await editor.getByRole('button', { name: 'Save module' }).click();
  const module1 = lead.getByRole('article', { name: /Module 1: Defining you and the system/ });
  await expect(module1.getByRole('heading', { name: 'Day 1: Tuesday 11 May 2027' })).toBeVisible();
  await expect(
    module1.getByRole('heading', { name: 'Day 2: Wednesday 12 May 2027' }),
  ).toBeVisible();
  await expect(
    module1.getByRole('cell', { name: 'Opening conversation', exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(lead);

  await lead.getByRole('link', { name: 'Pre-reading', exact: true }).click();
  await lead.getByText('Add pre-reading for module 1').click();
  for (const title of [
    'Seeing the system through partners’ eyes',
    'Agreeing principles that hold',
  ]) {
    const form = lead.getByRole('form', { name: 'Add pre-reading for module 1' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Link').fill('https://example.org/reading');
    await form.getByRole('button', { name: 'Add to pre-reading' }).click();
    await expect(lead.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  }
  await expectNoAxeViolations(lead);

  await lead.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await lead.getByText('Post an announcement').click();
  await lead.getByLabel('Title').fill('Welcome to the cohort');
  await lead.getByLabel('Message (Markdown)').fill('We start on **11 May** in Leeds.');
  await lead.getByRole('button', { name: 'Post announcement' }).click();
  await expect(lead.getByRole('heading', { name: 'Welcome to the cohort' })).toBeVisible();

  await lead.getByRole('link', { name: 'People', exact: true }).click();
  await lead.getByLabel('Invite participants by email').fill(newcomer.email);
  await lead.getByRole('button', { name: 'Send invitations' }).click();
  await expect(lead.getByText('1 of 16 seats taken')).toBeVisible();
  await expectNoAxeViolations(lead);

  const participant = await newPage(browser);
  await participant.goto('/sign-up');
  await participant.getByLabel('Your name').fill(newcomer.displayName);
  await participant.getByLabel('Job title').fill('Director of Adult Social Care');
  await participant.getByLabel('Organisation').fill('Calderdale Council');
  await participant.getByLabel('Email address').fill(newcomer.email);
  await participant.getByLabel(/Password/).fill(DEMO_PASSWORD);
  await participant.getByRole('button', { name: 'Create account' }).click();
  await expect(
    participant.getByRole('heading', { level: 1, name: 'Confirm your email address' }),
  ).toBeVisible();
  await expectNoAxeViolations(participant);
  const [verification] = await waitForEmails(
    (email) => recipientOf(email) === newcomer.email && email.subject.startsWith('Confirm'),
  );
  await participant.goto(linkIn(verification!, 'http://127.0.0.1:4173/account/action?'));
  await expect(participant.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(participant.getByText(cohortName)).toBeVisible();
  await expect(participant.getByText('Welcome to the cohort')).toBeVisible();
  await expect(participant.getByText('Tuesday 11 and Wednesday 12 May 2027').first()).toBeVisible();
  await participant.getByRole('link', { name: 'Pre-reading', exact: true }).click();
  await expect(participant.getByText('0 of 2 read')).toBeVisible();

  await lead.getByRole('link', { name: 'Readiness', exact: true }).click();
  await lead.getByRole('link', { name: newcomer.displayName }).click();
  await lead.getByLabel('Date').fill('2027-03-16');
  await lead.getByLabel('Time (UK)').fill('14:30');
  await lead.getByLabel('The call has taken place').check();
  await lead
    .getByLabel(/Summary for the participant/)
    .fill('A good first conversation about your place.');
  await lead.getByLabel(/private notes/).fill('Private: keen to lead the housing work.');
  await lead.getByRole('button', { name: 'Save director call' }).click();
  await expect(lead.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await lead
    .getByLabel('Record a goal from the call')
    .fill('Bring housing into the place partnership board.');
  await lead.getByRole('button', { name: 'Record goal' }).click();
  await expect(lead.getByText('Bring housing into the place partnership board.')).toBeVisible();
  await expectNoAxeViolations(lead);

  await participant.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(
    participant.getByText('Bring housing into the place partnership board.'),
  ).toBeVisible();
  await expect(participant.getByText('A good first conversation about your place.')).toBeVisible();
  await expect(participant.getByText('Private: keen to lead the housing work.')).toHaveCount(0);
  await participant.getByRole('link', { name: 'Pre-reading', exact: true }).click();
  await participant.getByRole('checkbox', { name: 'I have read this' }).first().check();
  await expect(participant.getByText('1 of 2 read')).toBeVisible();

  await lead.getByRole('link', { name: 'Readiness', exact: true }).click();
  await lead.reload();
  const row = lead.getByRole('row', { name: new RegExp(newcomer.displayName) });
  await expect(row).toContainText('Done');
  await expect(row).toContainText('1 of 2');
  await expectNoAxeViolations(lead);
});

test('every facilitator screen passes axe', async ({ page }) => {
  const helen = cohortA.facilitators[0]!;
  const base = '/cohorts/cohort-spring-2027';
  await signInAndWait(page, helen);
  await expectScreensPassAxe(
    page,
    [
      '',
      '/timetable',
      '/pre-reading',
      '/goals',
      '/journal',
      '/cohort',
      '/people',
      '/readiness',
      '/readiness/p-amara',
      '/attendance',
      '/feedback',
    ].map((path) => `${base}${path}`),
  );
  await page.goto(`${base}/timetable`);
  await page.getByRole('button', { name: 'Edit module 3' }).click();
  await expectNoAxeViolations(page);
});
