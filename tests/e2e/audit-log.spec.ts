import { adminPath } from '../../src/config/admin-pages';
import type { Page } from '@playwright/test';
import {
  cohortA,
  DEMO_PASSWORD,
  programmeAdmin,
  programmeAdminPhone,
} from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { makeRoom } from './support/seats';
import {
  expect,
  enterTextedCode,
  expectNoAxeViolations,
  newPage,
  readFromPage,
  signInAndWait,
  test,
} from './support/fixtures';

const [helen] = cohortA.facilitators;
const [amara] = cohortA.participants;

/**
 * Makes the next erasure call carry a sign-in from ten minutes ago, as if the programme-team
 * member had left the page open: the Auth emulator's tokens are unsigned, so the test can age one,
 * and the function's real check answers. Later calls go as the browser sent them.
 */
async function ageTheNextErasure(page: Page) {
  let aged = false;
  await page.route('**/api/eraseParticipant', async (route) => {
    const request = route.request();
    const erasing = (request.postDataJSON() as { data?: { confirmName?: string } }).data
      ?.confirmName;
    const token = request.headers()['authorization']?.replace(/^Bearer /, '');
    if (aged || !erasing || !token) return route.continue();
    aged = true;
    const [header, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    claims['auth_time'] = Math.floor(Date.now() / 1000) - 10 * 60;
    const stale = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    return route.continue({
      headers: { ...request.headers(), authorization: `Bearer ${stale}` },
    });
  });
}

test('an erasure asks for the password again, then shows in the audit log', async ({
  page,
  consoleErrors,
}) => {
  // The function's refusal of the stale sign-in is a 401 and the wrong password the Auth
  // service's 400, both of which the browser logs.
  consoleErrors.allow(/status of 401 \(Unauthorized\)/);
  consoleErrors.allow(/status of 400 \(Bad Request\)/);
  const db = adminDb();
  const uid = `p-audit-erase-${Date.now()}`;
  const name = `Robin Audit ${uid.slice(-4)}`;
  const cohort = db.doc(`cohorts/${cohortA.id}`);
  const restoreSeat = await makeRoom(cohortA.id);
  const seats = (await cohort.get()).get('seatsTaken') as number;
  await cohort.collection('members').doc(uid).set({ uid, role: 'participant', displayName: name });
  await cohort.update({ seatsTaken: seats + 1 });

  await signInAndWait(page, programmeAdmin);
  await page.goto(adminPath('people'));
  const section = page.getByRole('region', { name: 'Erase a person’s data from a cohort' });
  await section.getByLabel('Cohort').selectOption({ label: cohortA.name });
  await section.getByLabel('Person').selectOption({ label: `${name} (participant)` });
  await section.getByRole('button', { name: 'Show what will be erased' }).click();
  await section.getByLabel(`Type their name, ${name}, to confirm`).fill(name);
  await ageTheNextErasure(page);
  await section.getByRole('button', { name: `Erase ${name}’s data` }).click();

  const dialog = page.getByRole('dialog', { name: 'Enter your password again' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('need your password from the last five minutes');
  expect((await cohort.collection('members').doc(uid).get()).exists).toBe(true);
  await expect(dialog.getByLabel('Your password')).toBeFocused();
  await expectNoAxeViolations(page);

  await dialog.getByLabel('Your password').fill('not-my-password');
  await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(dialog.getByRole('alert')).toContainText('That password is not right');
  expect((await cohort.collection('members').doc(uid).get()).exists).toBe(true);

  await dialog.getByLabel('Your password').fill(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await enterTextedCode(dialog, programmeAdminPhone);
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('status')).toContainText(`Erased ${name}’s data`);
  expect((await cohort.collection('members').doc(uid).get()).exists).toBe(false);

  const log = page.getByRole('region', { name: 'Audit log' });
  const sentence = `${programmeAdmin.displayName} (${programmeAdmin.email}) erased ${name}’s data in ${cohortA.name}.`;
  await page.goto(adminPath('audit-log'));
  await expect(log.getByRole('list', { name: 'Audit records, newest first' })).toContainText(
    sentence,
  );
  await log.getByLabel('Kind of action').selectOption({ label: 'Facilitator removed' });
  await log.getByRole('button', { name: 'Show these records' }).click();
  await expect(log).not.toContainText(sentence);
  await log.getByLabel('Kind of action').selectOption({ label: 'Data erased' });
  await log.getByLabel('Cohort').selectOption({ label: cohortA.name });
  await log.getByRole('button', { name: 'Show these records' }).click();
  await expect(log.getByRole('listitem').first()).toContainText(sentence);
  await expectNoAxeViolations(page);

  // On a phone the log reads without scrolling sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(log.getByRole('listitem').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await restoreSeat();
});

test('a participant and a facilitator are refused the audit log', async ({ browser }) => {
  const record = await adminDb()
    .collection('auditLog')
    .add({
      action: 'cohort.archive',
      actor: { uid: programmeAdmin.uid, label: programmeAdmin.displayName },
      cohortId: cohortA.id,
      at: new Date(),
    });
  for (const person of [amara!, helen!]) {
    const page = await newPage(browser);
    await signInAndWait(page, person);
    expect(await readFromPage(page, `auditLog/${record.id}`)).not.toBe('allowed');
    await page.goto(adminPath('audit-log'));
    await expect(page.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
    await expect(page.getByText('This page is for the programme team.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Audit log' })).toHaveCount(0);
    await page.context().close();
  }
});
