import { FieldValue } from 'firebase-admin/firestore';
import { readFile } from 'node:fs/promises';
import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expectChromeWithin } from './support/chrome';
import { expect, expectNoAxeViolations, newPage, signInAndWait, test } from './support/fixtures';
import { expectInView } from './support/in-view';

// A facilitator attaches the slides to a module 3 material on a phone; a participant opens them.
// The bucket is fake-gcs-server, which checks no signature (decision 0035).
const phone = { width: 390, height: 844 };
const helen = cohortA.facilitators[0]!;
const amara = cohortA.participants[0]!;
const materialPath = `cohorts/${cohortA.id}/materials/m3-power`;
const title = 'Old power and new power';
const PDF = Buffer.from('%PDF-1.4\n% Slides of the day, module 3\n%%EOF\n');

test.afterAll(async () => {
  await adminDb().doc(materialPath).update({ files: FieldValue.delete() });
});

test('a facilitator attaches a PDF to a module 3 material on a phone, and a participant opens it', async ({
  browser,
}) => {
  const facilitator = await (await browser.newContext({ viewport: phone })).newPage();
  await signInAndWait(facilitator, helen);
  await facilitator.goto(`/cohorts/${cohortA.id}/pre-reading`);
  const field = facilitator.getByLabel(`Attach a file to “${title}”`);
  const attach = field.locator('xpath=ancestor::form').getByRole('button', { name: 'Attach file' });

  // A program is refused on the device, in plain words beside the field, with nothing stored.
  await field.setInputFiles({
    name: 'setup.exe',
    mimeType: 'application/x-msdownload',
    buffer: Buffer.from('MZ'),
  });
  await attach.click();
  const summary = facilitator.locator('.error-summary');
  await expectInView(facilitator, summary.getByRole('heading', { name: 'There is a problem' }));
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole('link', { name: /“setup\.exe” is not a kind of file the portal takes/ }),
  ).toBeVisible();
  await expectChromeWithin(facilitator);
  expect((await adminDb().doc(materialPath).get()).get('files')).toBeUndefined();

  await field.setInputFiles({
    name: 'Module 3 slides.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await attach.click();
  const attached = facilitator.getByText(
    '“Module 3 slides.pdf” is attached. Participants can open it now.',
  );
  // The first call of a function on the emulator starts it, which can take half a minute.
  await expect(attached).toBeVisible({ timeout: 60_000 });
  await expectInView(facilitator, attached);
  await expectChromeWithin(facilitator);
  await expect(
    facilitator.getByRole('button', { name: 'Module 3 slides.pdf', exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(facilitator);
  const files = (await adminDb().doc(materialPath).get()).get('files') as { name: string }[];
  expect(files.map((file) => file.name)).toEqual(['Module 3 slides.pdf']);

  const participant = await newPage(browser);
  await participant.setViewportSize(phone);
  await signInAndWait(participant, amara);
  await participant.goto(`/cohorts/${cohortA.id}/pre-reading`);
  const open = participant.getByRole('button', { name: 'Module 3 slides.pdf', exact: true });
  await expect(open).toBeVisible();
  await expectNoAxeViolations(participant);
  const [download] = await Promise.all([participant.waitForEvent('download'), open.click()]);
  expect(download.suggestedFilename()).toBe('Module 3 slides.pdf');
  expect(await readFile((await download.path()) as string)).toEqual(PDF);
});
