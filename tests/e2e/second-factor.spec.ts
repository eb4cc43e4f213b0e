import type { Page } from '@playwright/test';
import { cohortA, DEMO_PASSWORD, programmeAdmin } from '../../scripts/seed/demo-people';
import { adminAuth, adminDb, lastCodeTextedTo } from './support/admin';
import { expect, expectNoAxeViolations, newPage, signIn, test } from './support/fixtures';

const [, tom] = cohortA.facilitators;
const samsPhone = '+447700900123';

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

test('Sam enrols a phone, then signs in and confirms a change with the code texted to it', async ({
  page,
  browser,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  // The stale sign-in's refusal is the function's 401, which the browser logs.
  consoleErrors.allow(/status of 401 \(Unauthorized\)/);
  // Before texting a code the SDK asks for the project's reCAPTCHA Enterprise settings, which the
  // Auth emulator does not implement (501); the SDK then uses its stand-in reCAPTCHA, as it should.
  consoleErrors.allow(/status of 501 \(Not Implemented\)/);
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/sign-in');
    await signIn(page, programmeAdmin);
    await expect(page).not.toHaveURL(/\/sign-in/);
    await page.goto('/admin');
    const section = page.getByRole('region', { name: 'Your second factor' });

    await section.getByLabel('Mobile number').fill('0770');
    await section.getByRole('button', { name: 'Text me a code' }).click();
    await expect(section.getByRole('alert')).toContainText('Enter a mobile number');
    await section.getByLabel('Mobile number').fill('07700 900123');
    await section.getByRole('button', { name: 'Text me a code' }).click();
    await expect(section.getByRole('status')).toHaveText(`We have texted a code to ${samsPhone}.`);
    await section.getByLabel('Code from the text message').fill(await lastCodeTextedTo(samsPhone));
    await section.getByRole('button', { name: 'Confirm the phone' }).click();
    await expect(section.getByRole('status')).toContainText(
      'Your phone is now your second factor.',
    );
    await expect(section.getByRole('list', { name: 'Your second factors' })).toContainText('0123');
    const enrolled = (await adminAuth().getUser(programmeAdmin.uid)).multiFactor?.enrolledFactors;
    expect(enrolled?.map((factor) => factor.factorId)).toEqual(['phone']);
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    // A new browser: on a computer not ticked as Sam's own, closing the browser signed Sam out.
    const later = await newPage(browser);
    await later.goto('/sign-in');
    await signIn(later, programmeAdmin);
    await expect(later.getByRole('status')).toHaveText(/We have texted a code to .*0123\./);
    await expect(later).toHaveURL(/\/sign-in/);
    await expectNoAxeViolations(later);
    await later.getByLabel('Code from the text message').fill(await lastCodeTextedTo(samsPhone));
    await later.getByRole('button', { name: 'Continue' }).click();
    await expect(later).not.toHaveURL(/\/sign-in/);

    await later.goto('/admin');
    await ageTheNextTeamChange(later);
    const team = later.getByRole('region', { name: 'Programme team' });
    await team.getByLabel('Add someone by email').fill(tom!.email);
    await team.getByRole('button', { name: 'Add to the programme team' }).click();
    const dialog = later.getByRole('dialog', { name: 'Enter your password again' });
    await dialog.getByLabel('Your password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/We have texted a code to .*0123\./);
    await dialog.getByLabel('Code from the text message').fill(await lastCodeTextedTo(samsPhone));
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect(team.getByRole('status')).toContainText(
      `${tom!.email} is now on the programme team.`,
    );
    expect((await adminAuth().getUser(tom!.uid)).customClaims?.['admin']).toBe(true);

    const mine = later.getByRole('region', { name: 'Your second factor' });
    await mine.getByRole('button', { name: /^Remove the phone/ }).click();
    await expect(mine.getByRole('status')).toContainText(
      'Your phone is no longer your second factor.',
    );
    await expect(mine.getByLabel('Mobile number')).toBeVisible();
    expect(
      (await adminAuth().getUser(programmeAdmin.uid)).multiFactor?.enrolledFactors ?? [],
    ).toEqual([]);
  } finally {
    await adminAuth().updateUser(programmeAdmin.uid, { multiFactor: { enrolledFactors: null } });
    await adminAuth().setCustomUserClaims(tom!.uid, null);
    await adminDb().doc('programmeTeam/roster').delete();
  }
});
