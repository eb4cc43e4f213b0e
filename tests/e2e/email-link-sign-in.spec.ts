import { cohortA, programmeAdmin, programmeAdminPhone } from '../../scripts/seed/demo-people';
import { clearInbox, linkIn, recipientOf, waitForEmails } from '../support/mail-catcher';
import { enterTextedCode, expect, expectNoAxeViolations, test } from './support/fixtures';
import { expectInView } from './support/in-view';

const linkPage = 'http://127.0.0.1:4173/sign-in/email-link?';
const [, gareth, , fourth] = cohortA.participants;

async function linkSentTo(address: string): Promise<string> {
  const [sent] = await waitForEmails(
    (email) => recipientOf(email) === address && email.subject.startsWith('Your sign-in link'),
  );
  return linkIn(sent!, linkPage);
}

test.beforeEach(async () => {
  await clearInbox();
});

test('on a phone, a person asks for a sign-in link, opens it in the same browser, and is signed in', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Email me a sign-in link' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Email me a sign-in link' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(
    page.getByText('Enter the email address you use for the portal.').first(),
  ).toBeVisible();

  await page.getByLabel('Email address').fill(gareth!.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  const notice = page.getByRole('status');
  // The first call of a function starts its worker in the emulator, which is slow on a busy machine.
  await expect(notice).toHaveText(
    `If ${gareth!.email} has an account on the portal, we have sent it a sign-in link. It can take a few minutes to arrive; check your junk folder too. You can ask again after five minutes.`,
    { timeout: 30_000 },
  );
  await expectInView(page, notice);

  await page.goto(await linkSentTo(gareth!.email));
  await expect(page).toHaveURL(`/cohorts/${cohortA.id}`);
  await expect(page.getByText(cohortA.name).first()).toBeVisible();
});

test('opened on another device, the link asks for the address first, and works only once', async ({
  page,
  browser,
  consoleErrors,
}) => {
  // The Auth emulator answers a used link with 400, as Firebase does.
  consoleErrors.allow(/status of 400/);
  await page.goto('/sign-in/email-link');
  await page.getByLabel('Email address').fill(fourth!.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toBeVisible({ timeout: 30_000 });
  const link = await linkSentTo(fourth!.email);

  // Another browser: nothing remembered there, as on a work computer after asking on a phone.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('heading', { level: 1, name: 'Confirm your email address' }),
  ).toBeVisible();
  await expectNoAxeViolations(other);
  await other.getByLabel('Email address').fill(gareth!.email);
  await other.getByRole('button', { name: 'Continue' }).click();
  await expect(other.getByRole('alert')).toHaveText(
    'That is not the address this link was sent to. Type the address the email went to.',
  );
  await other.getByLabel('Email address').fill(fourth!.email);
  await other.getByRole('button', { name: 'Continue' }).click();
  await expect(other).toHaveURL(`/cohorts/${cohortA.id}`);
  await elsewhere.close();

  // Back in the browser that asked, where the address is remembered: the used link is refused.
  await page.goto(link);
  await expect(page.getByRole('alert')).toHaveText(
    'This sign-in link has already been used, or was not copied whole. Ask for a new one below.',
  );
});

test('the programme team still gives the texted code after opening their link', async ({
  page,
}) => {
  await page.goto('/sign-in/email-link');
  await page.getByLabel('Email address').fill(programmeAdmin.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toBeVisible({ timeout: 30_000 });
  await page.goto(await linkSentTo(programmeAdmin.email));
  await enterTextedCode(page, programmeAdminPhone);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a cohort');
});
