import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expectChromeWithin } from './support/chrome';
import { expect, expectNoAxeViolations, newPage, signInAndWait, test } from './support/fixtures';
import { expectInView } from './support/in-view';

// After module 1 the facilitator shares the slides of the day on the module's own page, from a
// phone; a participant opens them there, and the pre-reading she is asked to do stays as it was.
const phone = { width: 390, height: 844 };
const helen = cohortA.facilitators[0]!;
const amara = cohortA.participants[0]!;
const modulePage = `/cohorts/${cohortA.id}/timetable?module=module-1`;
const title = 'Slides and notes from module 1';
const PDF = Buffer.from('%PDF-1.4\n% Slides of the day, module 1\n%%EOF\n');

test.afterAll(async () => {
  const added = await adminDb()
    .collection(`cohorts/${cohortA.id}/materials`)
    .where('title', '==', title)
    .get();
  await Promise.all(added.docs.map((doc) => doc.ref.delete()));
});

/** What the pre-reading page says of module 1's reading: "2 of 3 read · …". */
async function moduleOneProgress(page: Page) {
  await page.goto(`/cohorts/${cohortA.id}/pre-reading`);
  const section = page.getByRole('region', { name: /^Module 1:/ });
  return section.locator('.reading-progress').innerText();
}

test('a facilitator shares slides after module 1, and a participant opens them on its page', async ({
  browser,
}) => {
  const participant = await newPage(browser);
  await participant.setViewportSize(phone);
  await signInAndWait(participant, amara);
  const progressBefore = await moduleOneProgress(participant);

  const facilitator = await (await browser.newContext({ viewport: phone })).newPage();
  await signInAndWait(facilitator, helen);
  await facilitator.goto(modulePage);
  await expect(
    facilitator.getByRole('heading', { level: 1, name: 'Module 1: Defining you and the system' }),
  ).toBeVisible();
  await facilitator.getByText('Add slides or notes for module 1').click();
  const form = facilitator.getByRole('form', { name: 'Add slides or notes for module 1' });
  await expect(
    form.getByRole('radio', { name: /After the module: slides, notes or a recording/ }),
  ).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'Required reading' })).toHaveCount(0);
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Author or source').fill('Helen Marsh');
  await form.getByRole('button', { name: 'Add to after the module' }).click();
  const savedNotice = form.getByText(
    'Saved. Participants see it under “After the module” on the module’s page.',
  );
  await expectInView(facilitator, savedNotice);
  await expectChromeWithin(facilitator);

  const after = facilitator.getByRole('region', { name: 'After the module' });
  const field = after.getByLabel(`Attach a file to “${title}”`);
  await field.setInputFiles({
    name: 'Module 1 slides.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await field.locator('xpath=ancestor::form').getByRole('button', { name: 'Attach file' }).click();
  const attached = facilitator.getByText(
    '“Module 1 slides.pdf” is attached. Participants can open it now.',
  );
  // The first call of a function on the emulator starts it, which can take half a minute.
  await expect(attached).toBeVisible({ timeout: 60_000 });
  await expectInView(facilitator, attached);
  await expectChromeWithin(facilitator);
  await expectNoAxeViolations(facilitator);
  const stored = await adminDb()
    .collection(`cohorts/${cohortA.id}/materials`)
    .where('title', '==', title)
    .get();
  expect(stored.docs.map((doc) => [doc.get('phase'), doc.get('required')])).toEqual([
    ['after', false],
  ]);

  // The participant reaches the module's page from her dashboard, since module 1 is over.
  await participant.goto(`/cohorts/${cohortA.id}`);
  await participant
    .getByRole('region', { name: 'Your programme' })
    .getByRole('link', { name: 'Defining you and the system' })
    .click();
  await expect(participant).toHaveURL(modulePage);
  const shared = participant.getByRole('region', { name: 'After the module' });
  await expect(shared.getByText(title)).toBeVisible();
  await expect(shared.getByRole('checkbox')).toHaveCount(0);
  const open = shared.getByRole('button', { name: 'Module 1 slides.pdf', exact: true });
  await expect(open).toBeVisible();
  await expectChromeWithin(participant);
  await expectNoAxeViolations(participant);
  await participant.screenshot({ path: 'reports/screens/module-page-390.png', fullPage: true });
  await participant.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(participant);
  await participant.screenshot({ path: 'reports/screens/module-page-1280.png', fullPage: true });
  await participant.setViewportSize(phone);

  const [download] = await Promise.all([participant.waitForEvent('download'), open.click()]);
  expect(download.suggestedFilename()).toBe('Module 1 slides.pdf');
  expect(await readFile((await download.path()) as string)).toEqual(PDF);

  // Nothing shared after the module is pre-reading: module 1's count is what it was.
  expect(await moduleOneProgress(participant)).toBe(progressBefore);
  await expect(
    participant
      .getByRole('region', { name: /^Module 1:/ })
      .getByRole('link', { name: /After the module: 1 item/ }),
  ).toBeVisible();
});
