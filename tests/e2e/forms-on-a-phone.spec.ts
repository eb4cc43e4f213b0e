import type { Browser, Page } from '@playwright/test';
import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';
import { expectFocusedOrAnnounced, expectInView } from './support/in-view';

// On a phone, whatever a form says after its button is pressed must be where the person is looking.
const phone = { width: 390, height: 844 };
const lead = cohortA.facilitators[0]!;
const joanne = cohortA.participants[4]!;
const stamp = Date.now().toString(36);
const cohortPath = `/cohorts/${cohortA.id}`;

async function onAPhone(browser: Browser, person: typeof lead): Promise<Page> {
  const page = await (await browser.newContext({ viewport: phone })).newPage();
  await signInAndWait(page, person);
  return page;
}

async function expectSaid(page: Page, notice: ReturnType<Page['getByRole']>) {
  await expectInView(page, notice);
  await expectFocusedOrAnnounced(notice);
}

// The director call saved here is put back as the seed left it, for the specs that read it.
const callDocs = [
  `cohorts/${cohortA.id}/directorCalls/${joanne.uid}`,
  `cohorts/${cohortA.id}/directorCallNotes/${joanne.uid}`,
];
const seededCalls = new Map<string, FirebaseFirestore.DocumentData | undefined>();

test.beforeAll(async () => {
  for (const path of callDocs) seededCalls.set(path, (await adminDb().doc(path).get()).data());
});

test.afterAll(async () => {
  const db = adminDb();
  for (const [path, data] of seededCalls) {
    await (data ? db.doc(path).set(data) : db.doc(path).delete());
  }
  const posts = await db.collection('networkPosts').where('authorUid', '==', joanne.uid).get();
  for (const post of posts.docs) await db.recursiveDelete(post.ref);
  await db.doc(`networkProfiles/${joanne.uid}`).delete();
  for (const name of ['materials', 'announcements']) {
    const made = await db.collection(`cohorts/${cohortA.id}/${name}`).get();
    for (const doc of made.docs) {
      if (String(doc.get('title')).endsWith(stamp)) await doc.ref.delete();
    }
  }
});

test('joining the network with no sector chosen: the summary is in view, focused, and links to the field', async ({
  browser,
}) => {
  const page = await onAPhone(browser, joanne);
  await page.goto(`${cohortPath}/network/profile`);
  await page.getByRole('button', { name: 'Join the network' }).click();

  const summary = page.locator('.error-summary');
  await expectInView(page, summary);
  await expect(summary).toBeFocused();
  await page.getByRole('link', { name: 'Choose the sector you work in.' }).click();
  const sector = page.getByLabel('Sector', { exact: true });
  await expect(sector).toBeFocused();
  await expectInView(page, sector);
  await expect(sector).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await sector.selectOption('Local government');
  await page.getByLabel('Region (integrated care system)').selectOption('West Yorkshire');
  await page.getByRole('button', { name: 'Join the network' }).click();
  await expect(page.getByRole('heading', { name: 'Find people' })).toBeVisible();

  // A network post: a missing title is said in view; a posted one opens with its heading in focus.
  await page.goto(`${cohortPath}/network/noticeboard`);
  await page.getByText('Ask the network, or offer something').click();
  await page.getByRole('button', { name: 'Post to the network' }).click();
  await expectSaid(page, page.getByRole('link', { name: /Write your ask or offer in a line/ }));
  await expect(page.locator('.error-summary')).toBeFocused();
  await page
    .getByLabel('In a line')
    .fill(`Who has shared a discharge hub with a council? ${stamp}`);
  await page.getByRole('button', { name: 'Post to the network' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(page.getByRole('heading', { name: /shared a discharge hub/ })).toBeVisible();
  await expectInView(page, heading);
  await expectNoAxeViolations(page);
});

test('a facilitator on a phone sees "Saved" beside the button for a director call, a material and an announcement', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await onAPhone(browser, lead);

  await page.goto(`${cohortPath}/readiness/${joanne.uid}`);
  await page
    .getByLabel(/Summary for the participant/)
    .fill(`Talked about the discharge hub ${stamp}`);
  await page.getByRole('button', { name: 'Save director call' }).click();
  await expectSaid(page, page.getByRole('status').filter({ hasText: 'Saved.' }));
  await expectNoAxeViolations(page);

  await page.goto(`${cohortPath}/pre-reading`);
  await page.getByText('Add pre-reading for module 1').click();
  const material = page.getByRole('form', { name: 'Add pre-reading for module 1' });
  await material.getByLabel('Link').fill('example.org/no-scheme');
  await material.getByRole('button', { name: 'Add to pre-reading' }).click();
  await expect(material.locator('.error-summary')).toBeFocused();
  await expectInView(page, material.getByRole('link', { name: 'Give the item a title.' }));
  await material.getByLabel('Title').fill(`Reading for the hub ${stamp}`);
  await material.getByLabel('Link').fill('https://example.org/reading');
  await material.getByRole('button', { name: 'Add to pre-reading' }).click();
  await expectSaid(page, material.getByRole('status').filter({ hasText: 'Saved' }));
  await expectNoAxeViolations(page);

  await page.goto(cohortPath);
  await page.getByText('Post an announcement').click();
  await page.getByLabel('Title').fill(`Room change ${stamp}`);
  await page.getByLabel('Message (Markdown)').fill('We are in room 2 on day one.');
  await page.getByRole('button', { name: 'Post announcement' }).click();
  await expectSaid(page, page.getByRole('status').filter({ hasText: 'Posted.' }));
  await expectNoAxeViolations(page);
});
