import { adminPath } from '../../src/config/admin-pages';
import { request as playwrightRequest } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { FieldValue } from 'firebase-admin/firestore';
import { addDaysIso } from '../../src/lib/dates';
import {
  clearInbox,
  linkIn,
  rawHeader,
  recipientOf,
  waitForEmails,
  type CaughtEmail,
} from '../support/mail-catcher';
import { cohortA, cohortB, DEMO_PASSWORD, programmeAdmin } from '../../scripts/seed/demo-people';
import { adminAuth, adminDb } from './support/admin';
import {
  expect,
  expectNoAxeViolations,
  newPage,
  signInAndWait,
  tabTo,
  test,
} from './support/fixtures';

const [amara, gareth] = cohortA.participants;
const [priya] = cohortB.facilitators;
const [helen, tom] = cohortA.facilitators;

/** `npm run reminders -- --date …`, exactly as a person runs it by hand. */
function runReminders(date: string): string {
  return execFileSync('npm', ['run', '--silent', 'reminders', '--', '--date', date], {
    encoding: 'utf8',
  });
}

async function moduleThreeStart(): Promise<string> {
  const days = (await adminDb().doc(`cohorts/${cohortA.id}/modules/module-3`).get()).get('days');
  return (days as string[])[0]!;
}

test.beforeEach(clearInbox);

test('an invitation email, followed in the browser, ends with the person in the cohort', async ({
  browser,
}) => {
  const newcomer = { email: 'invited.by.email@example.org', displayName: 'Morgan Ellis' };
  const lead = await newPage(browser);
  await signInAndWait(lead, priya!);
  await lead.getByRole('link', { name: 'People', exact: true }).click();
  await lead.getByLabel('Invite participants by email').fill(newcomer.email);
  await lead.getByRole('button', { name: 'Send invitations' }).click();
  await expect(
    lead.getByText(`Invited ${newcomer.email}. We are emailing them a link`),
  ).toBeVisible();

  const [invitation] = await waitForEmails((email) => recipientOf(email) === newcomer.email);
  expect(invitation!.subject).toBe(`You are invited to join ${cohortB.name}`);
  expect(invitation!.text).toContain(`${priya!.displayName} has invited you`);
  // The function marks the invitation sent only once the mail server has taken it, a moment
  // after the catcher shows it, so the page is reloaded until it says so.
  const waiting = lead.getByRole('listitem').filter({ hasText: newcomer.email });
  await expect(async () => {
    await lead.reload();
    await expect(waiting).toContainText('email last sent', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(waiting).toContainText('can be resent from');

  const person = await newPage(browser);
  try {
    await person.goto(linkIn(invitation!, 'http://127.0.0.1:4173/sign-up'));
    await expect(person.getByLabel('Email address')).toHaveValue(newcomer.email);
    await person.getByLabel('Your name').fill(newcomer.displayName);
    await person.getByLabel('Job title').fill('Head of Housing Strategy');
    await person.getByLabel('Organisation').fill('Greystone District Council');
    await person.getByLabel(/Password/).fill(DEMO_PASSWORD);
    await person.getByRole('button', { name: 'Create account' }).click();
    await expect(
      person.getByRole('heading', { level: 1, name: 'Confirm your email address' }),
    ).toBeVisible();
    // The confirmation comes from the portal's own sender, like the invitation, and its link
    // completes it in the portal, which then accepts the invitation.
    const [verify] = await waitForEmails(
      (email) => recipientOf(email) === newcomer.email && email.subject.startsWith('Confirm'),
    );
    expect(verify!.from).toEqual(invitation!.from);
    expect(await rawHeader(verify!, 'List-Unsubscribe')).toBeUndefined();
    await person.goto(linkIn(verify!, 'http://127.0.0.1:4173/account/action?mode=verifyEmail'));
    await expect(person.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(person.getByText(cohortB.name)).toBeVisible();

    // Forgotten password, on another device: the reset email comes from the same sender, and its
    // link sets a new password that then signs them in.
    const elsewhere = await newPage(browser);
    // The address typed on the sign-in page goes with the link, so it is not typed twice. The
    // reset page is waited for by its heading: until its module has loaded the sign-in page,
    // with its own "Email address", is still the one showing.
    await elsewhere.goto('/sign-in');
    await elsewhere.getByLabel('Email address').fill(newcomer.email);
    await elsewhere.getByRole('link', { name: 'Forgotten your password?' }).click();
    await expect(
      elsewhere.getByRole('heading', { level: 1, name: 'Reset your password' }),
    ).toBeVisible();
    await expect(elsewhere.getByLabel('Email address')).toHaveValue(newcomer.email);
    await elsewhere.getByRole('button', { name: 'Send reset link' }).click();
    await expect(elsewhere.getByRole('status')).toContainText(
      `If ${newcomer.email} has an account on the portal, we have sent a link`,
    );
    const [reset] = await waitForEmails(
      (email) => recipientOf(email) === newcomer.email && email.subject.startsWith('Reset'),
    );
    expect(reset!.from).toEqual(invitation!.from);
    await elsewhere.goto(linkIn(reset!, 'http://127.0.0.1:4173/account/action?mode=resetPassword'));
    await expect(
      elsewhere.getByRole('heading', { level: 1, name: 'Choose a new password' }),
    ).toBeVisible();
    await expectNoAxeViolations(elsewhere);
    await elsewhere.getByLabel(/New password/).fill('Morgan-new-2027');
    await elsewhere.getByRole('button', { name: 'Save new password' }).click();
    await expect(elsewhere.getByRole('status')).toHaveText('Your password has been changed.');
    await elsewhere.getByRole('link', { name: 'Sign in with your new password' }).click();
    await expect(elsewhere.getByLabel('Email address')).toHaveValue(newcomer.email);
    await elsewhere.getByLabel('Password').fill('Morgan-new-2027');
    await elsewhere.getByRole('button', { name: 'Sign in' }).click();
    await expect(elsewhere.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(elsewhere.getByText(cohortB.name)).toBeVisible();

    // The link works once: opened again, it says so and offers a new one.
    await elsewhere.goto(linkIn(reset!, 'http://127.0.0.1:4173/account/action?mode=resetPassword'));
    await expect(elsewhere.getByRole('heading', { level: 1 })).toHaveText(
      'We could not reset your password',
    );
    await expect(elsewhere.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  } finally {
    // Leave cohort B as the other tests expect it: four participants, four seats.
    const user = await adminAuth()
      .getUserByEmail(newcomer.email)
      .catch(() => null);
    const cohort = adminDb().doc(`cohorts/${cohortB.id}`);
    if (user) {
      await adminDb().doc(`cohorts/${cohortB.id}/members/${user.uid}`).delete();
      await adminAuth().deleteUser(user.uid);
    }
    await adminDb().doc(`cohorts/${cohortB.id}/invitations/${newcomer.email}`).delete();
    await cohort.update({ seatsTaken: cohortB.participants.length });
  }
});

test('a facilitator sends an invitation again once an hour has passed', async ({ page }) => {
  const email = 'resend.later@example.org';
  const invitation = adminDb().doc(`cohorts/${cohortB.id}/invitations/${email}`);
  await invitation.set({
    email,
    role: 'participant',
    invitedBy: priya!.uid,
    createdAt: new Date(Date.now() - 2 * 60 * 60_000),
  });
  try {
    await waitForEmails((caught) => recipientOf(caught) === email);
    await signInAndWait(page, priya!);
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('button', { name: `Resend the invitation to ${email}` }).click();
    await expect(page.getByText(`The invitation to ${email} is being sent again.`)).toBeVisible();
    await waitForEmails((caught) => recipientOf(caught) === email, 2);
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: email })
        .getByText(/can be resent from/),
    ).toBeVisible();
  } finally {
    await invitation.delete();
  }
});

test('the reminder run by hand emails each participant; the unsubscribe link works without signing in', async ({
  page,
}) => {
  const start = await moduleThreeStart();
  // Cohort B's module 4 starts that morning, and its reminder the day before is made up too.
  expect(runReminders(addDaysIso(start, -7))).toContain(
    `${12 + cohortB.participants.length} module reminders`,
  );
  const reminders = await waitForEmails((email) => email.subject.startsWith('Module 3 starts'), 12);
  const toGareth = reminders.find((email) => recipientOf(email) === gareth!.email) as CaughtEmail;
  const unsubscribe = (await rawHeader(toGareth, 'List-Unsubscribe'))?.replace(/^<|>$/g, '');
  expect(unsubscribe).toMatch(/^http:\/\/127\.0\.0\.1:4173\/email\/unsubscribe\?t=/);

  // A mail program's one-click request: a POST with no cookies and no sign-in.
  const mailProgram = await playwrightRequest.newContext();
  const response = await mailProgram.post(unsubscribe!, {
    form: { 'List-Unsubscribe': 'One-Click' },
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('Emails about module reminders are off');
  await mailProgram.dispose();

  // The same link opened in a browser shows a button rather than acting on its own.
  await page.goto(unsubscribe!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Stop emails about module reminders?',
  );
  await expectNoAxeViolations(page);

  await clearInbox();
  expect(runReminders(addDaysIso(start, -1))).toContain('11 module reminders');
  const dayBefore = await waitForEmails((email) => email.subject.startsWith('Module 3 starts'), 11);
  expect(dayBefore.map(recipientOf)).not.toContain(gareth!.email);
  expect(runReminders(addDaysIso(start, -1))).toContain('0 module reminders');
});

test('a person chooses their emails with the keyboard on the Email settings page', async ({
  page,
}) => {
  await signInAndWait(page, amara!);
  await page.getByRole('link', { name: 'Email settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Email settings' })).toBeVisible();
  await expectNoAxeViolations(page);

  const announcements = page.getByRole('checkbox', { name: 'Announcements' });
  await tabTo(page, announcements);
  await page.keyboard.press('Space');
  await expect(announcements).not.toBeChecked();
  // A radio group is one Tab stop; the arrow keys move the choice within it.
  await tabTo(page, page.getByRole('radio', { name: 'As they come, at most one email an hour' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Once a day, in the morning' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Save my choices' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').or(page.getByRole('status'))).toContainText('Saved');

  const saved = (await adminDb().doc(`notificationSettings/${amara!.uid}`).get()).data();
  expect(saved).toMatchObject({ announcements: false, replies: 'daily', moduleReminders: true });
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Announcements' })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'Once a day, in the morning' })).toBeChecked();

  // Emails link to /notifications, which opens the page inside the person's cohort.
  await page.goto('/notifications');
  await expect(page).toHaveURL(`/cohorts/${cohortA.id}/notifications`);
});

test('an announcement reaches members by email, with its text only when the facilitator ticks it', async ({
  page,
}) => {
  await adminDb().doc(`notificationSettings/${amara!.uid}`).set({
    moduleReminders: true,
    callReminders: true,
    announcements: false,
    timetableChanges: true,
    replies: 'digest',
    updatedAt: FieldValue.serverTimestamp(),
  });
  await signInAndWait(page, helen!);
  await page.getByText('Post an announcement').click();
  await page.getByLabel('Title').fill('Parking at the venue');
  await page.getByLabel('Message (Markdown)').fill('The car park on Wharf Street is free for us.');
  await page.getByLabel('Include the text in the email').check();
  await page.getByRole('button', { name: 'Post announcement' }).click();
  await expect(page.getByText('Posted. Everyone in the cohort sees it now')).toBeVisible();

  // Everyone but the author, and but Amara, who turned announcements off.
  const emails = await waitForEmails(
    (email) => email.subject.startsWith('Parking at the venue'),
    cohortA.participants.length,
  );
  expect(emails.map(recipientOf).sort()).toEqual(
    [...cohortA.participants.slice(1), tom!].map((person) => person.email).sort(),
  );
  expect(emails[0]!.text).toContain('The car park on Wharf Street is free for us.');
});

test('the programme team sees which emails could not be sent, and why', async ({ page }) => {
  const problem = adminDb().doc('mailProblems/announcement__e2e-problem');
  await problem.set({
    kind: 'announcements',
    to: gareth!.email,
    subject: 'Parking at the venue — Collaborative leadership — spring 2027',
    attempts: 3,
    lastError: '550 mailbox unavailable',
    lastAttemptAt: new Date(),
    willRetry: true,
  });
  try {
    await signInAndWait(page, programmeAdmin);
    await page.goto(adminPath('problems'));
    const section = page.getByRole('region', { name: 'Emails that could not be sent' });
    await expect(section).toContainText(`to ${gareth!.email}`);
    await expect(section).toContainText('3 attempts');
    await expect(section).toContainText('550 mailbox unavailable');
    await expectNoAxeViolations(page);
  } finally {
    await problem.delete();
  }
});
