import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cohortA } from '../../scripts/seed/demo-people';
import { demoTimetables } from '../../scripts/seed/demo-programme';
import { formatDayPair } from '../../src/lib/dates';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, tabTo, test } from './support/fixtures';

const amara = cohortA.participants[0]!;
const base = `/cohorts/${cohortA.id}`;
const chosen = ['What I noticed about our local dialogue', 'Naming a shared purpose with the ICB'];

/** Every word on every page of a PDF, with runs of white space made single spaces. */
async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join(''),
    );
  }
  return { pages: document.numPages, text: pages.join(' ').replace(/\s+/g, ' ') };
}

test('a participant saves a learning record holding exactly the reflections they chose', async ({
  page,
}) => {
  await signInAndWait(page, amara);
  await page.goto(`${base}/goals`);
  await page.getByRole('link', { name: 'learning record', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your learning record');
  await expectNoAxeViolations(page);

  // Nothing is chosen until the person ticks it, private writing included.
  const chooser = page.getByRole('group', { name: 'Reflections to include' });
  for (const box of await chooser.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
  await expect(chooser).toContainText('Honest note to self');
  await expect(chooser).toContainText('private: only you can read it');
  const first = chooser.getByRole('checkbox', { name: new RegExp(chosen[0]!) });
  await tabTo(page, first);
  await page.keyboard.press('Space');
  await chooser.getByRole('checkbox', { name: new RegExp(chosen[1]!) }).check();
  await expect(page.getByRole('article')).toContainText(chosen[1]!);

  // The button opens the browser's print window, whose "Save as PDF" writes what page.pdf writes.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  const { text, pages } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages).toBeGreaterThan(0);

  expect(text).toContain('LEARNING RECORD');
  expect(text).toContain(amara.displayName);
  expect(text).toContain(cohortA.name);
  for (const module of demoTimetables().a.modules) {
    expect(text).toContain(`Module ${module.number}: ${module.title}`);
    expect(text).toContain(formatDayPair(module.days[0], module.days[1]));
  }
  // Present on all four days of modules 1 and 2, each day 5½ hours of sessions.
  expect(text).toContain('Day 1: Present Day 2: Present 11 hours');
  expect(text).toContain('Total hours attended (part of a day counts as half) 22 hours');
  const goals = await adminDb()
    .collection(`${base.slice(1)}/goals`)
    .where('ownerUid', '==', amara.uid)
    .get();
  expect(goals.size).toBeGreaterThan(0);
  for (const goal of goals.docs) expect(text).toContain(goal.get('text') as string);
  expect(text).toContain('After module 1: Some progress');
  expect(text).toContain('My takeaway: Curiosity before certainty.');

  for (const title of chosen) expect(text).toContain(title);
  expect(text).toContain('What I will do differently Open each board with five minutes on purpose');
  const entries = await adminDb()
    .collection(`${base.slice(1)}/journal`)
    .where('authorUid', '==', amara.uid)
    .get();
  const unchosen = entries.docs.filter((entry) => !chosen.includes(entry.get('title') as string));
  expect(unchosen.map((entry) => entry.get('visibility'))).toContain('private');
  for (const entry of unchosen) {
    expect(text).not.toContain(entry.get('title') as string);
    expect(text).not.toContain((entry.get('body') as string).slice(0, 40));
  }
  // The portal's own screen furniture stays out of the record.
  expect(text).not.toContain('Reflections to include');
  expect(text).not.toContain('Sign out');
});
