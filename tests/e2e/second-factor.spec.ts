import { adminPath } from '../../src/config/admin-pages';
import type { Page } from '@playwright/test';
import { cohortA, DEMO_PASSWORD } from '../../scripts/seed/demo-people';
import { adminAuth, adminDb, lastCodeTextedTo } from './support/admin';
import { expect, expectNoAxeViolations, newPage, signIn, test } from './support/fixtures';

const [helen, tom] = cohortA.facilitators;
const tomsPhone = '+447700900456';

/**
 * The next programme-team change carries a sign-in from ten minutes ago (the emulator's tokens are
 * unsigned), so the function asks for the password again and the dialog meets the second factor.
 */
async function ageTheNextTeamChange(page: Page) {
  let aged = false;
  await page.route('**/api/programmeTeam', async (route) => {
    const request = route.request();
    const changing = (request.postDataJSON() as { data?: { member?: boolean } }).data?.member;
    const token = request.headers()['authorization']?.replace(/^Bearer /, '');
    if (aged || changing === undefined || !token) return route.continue();
    aged = true;
    const [header, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    claims['auth_time'] = Math.floor(Date.now() / 1000) - 10 * 60;
    const stale = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    return route.continue({ headers: { ...request.headers(), authorization: `Bearer ${stale}` } });
  });
}

test('a new member of the team sets up a phone first, then signs in and confirms a change with its code', async ({
  page,
  browser,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  // The stale sign-in's refusal is the function's 401, which the browser logs.
  consoleErrors.allow(/status of 401 \(Unauthorized\)/);
  await adminAuth().setCustomUserClaims(tom!.uid, { admin: true });
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/sign-in');
    await signIn(page, tom!);
    await expect(page).not.toHaveURL(/\/sign-in/);
    await page.goto(adminPath('people'));
    await expect(page.getByText('Before you can use the programme team’s powers')).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Erase a person’s data from a cohort' }),
    ).toHaveCount(0);
    const section = page.getByRole('region', { name: 'Your second factor' });

    await section.getByLabel('Mobile number').fill('0770');
    await section.getByRole('button', { name: 'Text me a code' }).click();
    await expect(section.getByRole('alert')).toContainText('Enter a mobile number');
    await section.getByLabel('Mobile number').fill('07700 900456');
    await section.getByRole('button', { name: 'Text me a code' }).click();
    await expect(section.getByRole('status')).toHaveText(`We have texted a code to ${tomsPhone}.`);
    await expectNoAxeViolations(page);
    await section.getByLabel('Code from the text message').fill(await lastCodeTextedTo(tomsPhone));
    await section.getByRole('button', { name: 'Confirm the phone' }).click();
    // The enrolment's new sign-in carries the factor, so the team's page opens at once.
    await expect(
      page.getByRole('region', { name: 'Erase a person’s data from a cohort' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Your second factor' })
        .getByRole('list', { name: 'Your second factors' }),
    ).toContainText('0456');
    const enrolled = (await adminAuth().getUser(tom!.uid)).multiFactor?.enrolledFactors;
    expect(enrolled?.map((factor) => factor.factorId)).toEqual(['phone']);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    // A new browser: on a computer not ticked as Tom's own, closing the browser signed Tom out.
    const later = await newPage(browser);
    await later.goto('/sign-in');
    await signIn(later, tom!);
    await expect(later.getByRole('status')).toHaveText(/We have texted a code to .*0456\./);
    await expect(later).toHaveURL(/\/sign-in/);
    await expectNoAxeViolations(later);
    await later.getByLabel('Code from the text message').fill(await lastCodeTextedTo(tomsPhone));
    await later.getByRole('button', { name: 'Continue' }).click();
    await expect(later).not.toHaveURL(/\/sign-in/);

    await later.goto(adminPath('people'));
    await ageTheNextTeamChange(later);
    const team = later.getByRole('region', { name: 'Programme team' });
    await team.getByLabel('Add someone by email').fill(helen!.email);
    await team.getByRole('button', { name: 'Add to the programme team' }).click();
    const dialog = later.getByRole('dialog', { name: 'Enter your password again' });
    await dialog.getByLabel('Your password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/We have texted a code to .*0456\./);
    await dialog.getByLabel('Code from the text message').fill(await lastCodeTextedTo(tomsPhone));
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect(team.getByRole('status')).toContainText(
      `${helen!.email} is now on the programme team.`,
    );
    expect((await adminAuth().getUser(helen!.uid)).customClaims?.['admin']).toBe(true);

    const mine = later.getByRole('region', { name: 'Your second factor' });
    await mine.getByRole('button', { name: /^Remove the phone/ }).click();
    await expect(mine.getByRole('status')).toContainText(
      'The programme team’s powers stay closed until you set up a phone again.',
    );
    expect((await adminAuth().getUser(tom!.uid)).multiFactor?.enrolledFactors ?? []).toEqual([]);
  } finally {
    await adminAuth().updateUser(tom!.uid, { multiFactor: { enrolledFactors: null } });
    await adminAuth().setCustomUserClaims(tom!.uid, null);
    await adminAuth().setCustomUserClaims(helen!.uid, null);
    await adminDb().doc('programmeTeam/roster').delete();
  }
});
