import type { Browser, Locator, Page } from '@playwright/test';
import { alumniCohort, cohortA, cohortB, type DemoPerson } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures';

const grace = cohortA.participants[10]!;
const dylan = cohortB.participants[0]!;
const bernadette = alumniCohort.participants[0]!;
const phoneSize = { width: 390, height: 844 };
const alumniBase = `/cohorts/${alumniCohort.id}`;
const alumniEntry = `cohorts/${alumniCohort.id}/journal/e2e-bernadette-archived`;

async function onAPhone(browser: Browser, person: DemoPerson): Promise<Page> {
  const page = await (await browser.newContext({ viewport: phoneSize })).newPage();
  await page.goto('/sign-in');
  await signIn(page, person);
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

/** Asserted from the element's own box: all of it is on the phone's screen as it stands. */
async function expectOnScreen(element: Locator) {
  const box = await element.boundingBox();
  expect(box, 'the element is laid out').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(phoneSize.height);
}

async function topOf(element: Locator): Promise<number> {
  const box = await element.boundingBox();
  expect(box, 'the element is laid out').not.toBeNull();
  return box!.y;
}

test.afterAll(async () => {
  const db = adminDb();
  const written = await db
    .collection(`cohorts/${cohortA.id}/journal`)
    .where('authorUid', '==', grace.uid)
    .get();
  await Promise.all([
    ...written.docs.map((entry) => entry.ref.delete()),
    db.doc(alumniEntry).delete(),
  ]);
});

test('writing a reflection on a phone: the questions come before the text, the CPD parts are labelled, and “Saved” is in view', async ({
  browser,
}) => {
  const page = await onAPhone(browser, grace);
  await page.goto(`/cohorts/${cohortA.id}/journal/new?module=module-1`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New reflection');

  const questions = page.getByRole('region', { name: 'Questions to start from' });
  const done = page.getByRole('button', { name: 'Done' });
  expect(await topOf(questions)).toBeLessThan(await topOf(page.getByLabel('Your reflection')));
  expect(await topOf(questions)).toBeLessThan(await topOf(done));

  await page.getByLabel('In three parts, for a CPD record').check();
  const happened = page.getByLabel('What happened');
  const learned = page.getByLabel('What I learned');
  const differently = page.getByLabel('What I will do differently');
  await expect(page.getByLabel('Your reflection')).toHaveCount(0);
  // No Markdown on the screen: not the headings, not a word about it.
  await expect(page.locator('main')).not.toContainText('###');
  await expect(page.locator('main')).not.toContainText('Markdown');

  await page.getByLabel('Title').fill('The board that asked first');
  await happened.click();
  await questions.getByRole('button').first().click();
  await expect(happened).toHaveValue(
    /where did you see this in your own system since the module\?\n\n$/,
  );
  await happened.press('End');
  await happened.pressSequentially('Twice, at the partnership board.');
  await learned.fill('Asking first changes the room.\n\nIt takes longer.');
  await differently.fill('Open with a question.');
  const status = page.getByRole('status').filter({ hasText: /^Saved$/ });
  await expect(status).toBeVisible();
  await expectOnScreen(status);
  await expectNoAxeViolations(page);

  const saved = await adminDb()
    .collection(`cohorts/${cohortA.id}/journal`)
    .where('authorUid', '==', grace.uid)
    .get();
  expect(saved.docs.map((entry) => entry.get('body') as string)).toEqual([
    expect.stringMatching(
      /^### What happened\n\n.+Twice, at the partnership board\.\n\n### What I learned\n\nAsking first changes the room\.\n\nIt takes longer\.\n\n### What I will do differently\n\nOpen with a question\.$/s,
    ),
  ]);

  await done.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The board that asked first');
  await expect(page.getByRole('heading', { name: 'What I learned' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit' }).click();
  // Opened again, it is still in its three parts, each as it was typed.
  await expect(page.getByLabel('What I learned')).toHaveValue(
    'Asking first changes the room.\n\nIt takes longer.',
  );
  await page.context().close();
});

test('the archived cohort shows no writing action, and text left on the device can be copied and deleted', async ({
  browser,
}) => {
  const at = new Date('2025-12-01T10:00:00Z');
  await adminDb().doc(alumniEntry).set({
    authorUid: bernadette.uid,
    authorName: bernadette.displayName,
    moduleId: 'module-4',
    title: 'What the programme left me with',
    body: 'A habit of asking first.',
    visibility: 'cohort',
    revision: 0,
    createdAt: at,
    updatedAt: at,
  });
  const page = await onAPhone(browser, bernadette);
  const writing = /Write a reflection|New reflection|Edit|Delete|Post reply|Send feedback/;
  const main = page.locator('main');

  await page.goto(alumniBase);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(main.getByRole('link', { name: writing })).toHaveCount(0);
  await expect(main.getByRole('button', { name: writing })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Text written here before the cohort was archived, which the portal refused.
  await page.evaluate(
    ({ uid, cohortId }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('portal-drafts');
        open.onupgradeneeded = () => open.result.createObjectStore('journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const put = open.result.transaction('journal', 'readwrite').objectStore('journal').put(
            {
              uid,
              cohortId,
              entryId: 'never-saved',
              moduleId: 'module-4',
              title: 'Last thoughts',
              body: 'Kept on the phone.',
              visibility: 'private',
              savedLocallyAt: Date.now(),
              refusedByServer: true,
            },
            `${uid}/${cohortId}/never-saved`,
          );
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error);
        };
      }),
    { uid: bernadette.uid, cohortId: alumniCohort.id },
  );

  await page.goto(`${alumniBase}/journal`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal');
  await expect(main.getByRole('link', { name: writing })).toHaveCount(0);
  await expect(main).toContainText('This cohort is archived, so these can no longer be saved.');
  await expectNoAxeViolations(page);

  await page.goto(`${alumniBase}/journal/e2e-bernadette-archived`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What the programme left me with',
  );
  await expect(main.getByRole('link', { name: writing })).toHaveCount(0);
  await expect(main.getByRole('button', { name: writing })).toHaveCount(0);
  await expect(main.getByRole('textbox')).toHaveCount(0);

  // Even typed in by hand, the editor's address offers nothing to type into.
  await page.goto(`${alumniBase}/journal/new`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reflections are closed');
  await expect(main.getByRole('textbox')).toHaveCount(0);

  await page.goto(`${alumniBase}/journal/never-saved/edit`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reflections are closed');
  const kept = page.getByLabel('Last thoughts');
  await expect(kept).toHaveValue('Kept on the phone.');
  await expect(kept).not.toBeEditable();
  await expectNoAxeViolations(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete it from this device' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal');
  await expect(main).not.toContainText('Kept on this device, not saved yet');
  await page.context().close();
});

test('rating a module’s sessions on a phone takes one row each, and breaks are not rated', async ({
  browser,
}) => {
  const page = await onAPhone(browser, dylan);
  await page.goto(`/cohorts/${cohortB.id}/feedback`);
  const form = page.getByRole('region', { name: /Module 3/ });
  await form.getByText('Rate the sessions (optional)').click();
  const choices = form.locator('.session-rating');
  // The seed's agenda has nine sessions, the first of them arrival and coffee.
  await expect(choices).toHaveCount(8);
  await expect(form.getByLabel(/Arrival/)).toHaveCount(0);
  // One choice per row, and every session together fits one phone screen (it took four).
  for (const choice of await choices.all())
    await expect(choice.getByRole('combobox')).toHaveCount(1);
  const list = await form.locator('.session-ratings').boundingBox();
  expect(list!.height).toBeLessThan(phoneSize.height);
  await expect(form.getByLabel(/Day 1, 10:00/)).toHaveValue('');
  await expectNoAxeViolations(page);
  await page.context().close();
});
