import type { Browser, Page } from '@playwright/test';
import { FieldValue } from 'firebase-admin/firestore';
import { cohortB, type DemoPerson } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import {
  expect,
  expectNoAxeViolations,
  readFromPage,
  signInAndWait,
  tabTo,
  test,
} from './support/fixtures';

// Cohort B's module 3 is over and module 4 has not started, so its feedback is open.
const [dylan, fiona, hassan, megan] = cohortB.participants as DemoPerson[];
const priya = cohortB.facilitators[0]!;
const base = `cohorts/${cohortB.id}`;

async function clearFeedback() {
  const db = adminDb();
  const answers = await db.collection(`${base}/moduleFeedback`).get();
  await Promise.all(answers.docs.map((answer) => answer.ref.delete()));
  await db.doc(`${base}/feedbackSummaries/module-3`).delete();
  for (const person of cohortB.participants) {
    await db
      .doc(`${base}/whatsNew/${person.uid}`)
      .set({ feedbackGiven: FieldValue.delete() }, { merge: true });
  }
}

test.beforeAll(clearFeedback);
test.afterAll(clearFeedback);

async function signedIn(browser: Browser, person: DemoPerson): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAndWait(page, person);
  return page;
}

async function giveFeedback(
  page: Page,
  overall: string,
  helped: string,
  change: string,
  sessionRating?: string,
) {
  await page.goto(`/${base}/feedback`);
  const form = page.getByRole('region', { name: /Module 3/ });
  await form.getByLabel(overall, { exact: true }).first().check();
  if (sessionRating) {
    await form.getByText('Rate the sessions (optional)').click();
    await form.getByLabel(/Day 1, 10:00/).selectOption({ label: sessionRating });
  }
  await form.getByLabel('What helped you most?').fill(helped);
  await form.getByLabel('What should change for the next module or cohort?').fill(change);
  await form.getByRole('button', { name: 'Send feedback' }).click();
  // An answer that completes a group is published at once, and the form then says so instead.
  await expect(form).toContainText(
    /Thank you\. Your feedback is saved|Your answers are now part of what the facilitators see/,
  );
}

async function summaryShows(page: Page, text: string) {
  // The summary is rebuilt by a function a moment after each answer; a reload reads it again.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('region', { name: /Module 3/ })).toContainText(text, {
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
}

test('three participants answer anonymously; the facilitator sees only the totals, and a fourth answer waits for its group', async ({
  browser,
  consoleErrors,
}) => {
  // Five people sign in in turn, and the summary waits on a function each time.
  test.setTimeout(90_000);
  consoleErrors.allow(/permission/i);

  const dylanPage = await signedIn(browser, dylan!);
  await expect(dylanPage.getByRole('heading', { name: 'How did module 3 land?' })).toBeVisible();
  await dylanPage.getByRole('link', { name: 'Give feedback' }).click();
  await expect(dylanPage.getByRole('heading', { level: 1 })).toHaveText('Module feedback');
  await expectNoAxeViolations(dylanPage);
  // Sending without the overall rating says what is missing and keeps what was written.
  const form = dylanPage.getByRole('region', { name: /Module 3/ });
  await form.getByLabel('What helped you most?').fill('The guest contributor on housing');
  await form.getByRole('button', { name: 'Send feedback' }).click();
  await expect(form.getByRole('alert')).toContainText('Choose an overall rating');
  await expect(form.getByLabel('What helped you most?')).toHaveValue(
    'The guest contributor on housing',
  );
  // The error summary takes focus; its link leads a keyboard to the first rating.
  await expect(form.locator('.error-summary')).toBeFocused();
  await dylanPage.keyboard.press('Tab');
  await expect(form.getByRole('link', { name: /Choose an overall rating/ })).toBeFocused();
  await dylanPage.keyboard.press('Enter');
  await expect(form.getByLabel('1 Poor', { exact: true }).first()).toBeFocused();
  await dylanPage.keyboard.press('ArrowLeft');
  await expect(form.getByLabel('5 Excellent', { exact: true }).first()).toBeChecked();
  await form.getByLabel('What should change for the next module or cohort?').fill('Fewer slides');
  await tabTo(dylanPage, form.getByRole('button', { name: 'Send feedback' }));
  await dylanPage.keyboard.press('Enter');
  await expect(form.getByRole('status')).toContainText('Thank you. Your feedback is saved');
  // The function notes the answer on Dylan's own list, and the dashboard thanks him.
  await dylanPage.getByRole('link', { name: 'Dashboard' }).click();
  await expect(dylanPage.getByText('Thank you for your feedback.')).toBeVisible({
    timeout: 20_000,
  });
  await dylanPage.context().close();

  const fionaPage = await signedIn(browser, fiona!);
  await giveFeedback(fionaPage, '3 Good', 'Time with peers from the council', '', '4 Very good');
  await fionaPage.context().close();

  // Earlier tests may have made Priya a facilitator of a second cohort: go to this one's page.
  const priyaPage = await signedIn(browser, priya);
  await priyaPage.goto(`/${base}/feedback`);
  await expect(priyaPage.getByRole('region', { name: /Module 3/ })).toContainText(
    'Fewer than 3 people have answered so far',
  );

  const hassanPage = await signedIn(browser, hassan!);
  await giveFeedback(hassanPage, '4 Very good', '', 'A longer lunch');
  // Nobody reads another participant's answers, not even whether they exist.
  expect(await readFromPage(hassanPage, `${base}/moduleFeedback/module-3__${dylan!.uid}`)).toBe(
    'permission-denied',
  );
  await hassanPage.context().close();

  await summaryShows(priyaPage, '3 answers · overall 4.0 out of 5');
  const summary = priyaPage.getByRole('region', { name: /Module 3/ });
  await expect(summary).toContainText('These are the answers published on');
  const overall = summary.getByRole('table', { name: 'Overall rating' });
  await expect(overall.getByRole('row', { name: /5 Excellent/ })).toContainText('1');
  await expect(overall.getByRole('row', { name: /4 Very good/ })).toContainText('1');
  await expect(overall.getByRole('row', { name: /3 Good/ })).toContainText('1');
  await expect(summary.getByRole('table', { name: /Sessions/ })).toContainText('4.0 (1 answers)');
  for (const comment of [
    'The guest contributor on housing',
    'Time with peers from the council',
    'Fewer slides',
    'A longer lunch',
  ]) {
    await expect(summary.getByRole('listitem').filter({ hasText: comment })).toHaveCount(1);
  }
  await expect(summary).not.toContainText(dylan!.displayName);
  await expect(summary).not.toContainText(fiona!.displayName);
  await expectNoAxeViolations(priyaPage);
  // The facilitator cannot read an answer, so cannot learn who wrote a comment.
  expect(await readFromPage(priyaPage, `${base}/moduleFeedback/module-3__${dylan!.uid}`)).toBe(
    'permission-denied',
  );

  const meganPage = await signedIn(browser, megan!);
  await giveFeedback(meganPage, '1 Poor', 'Nothing much this time', 'Start on time');
  // The function has seen her answer once her dashboard thanks her for it.
  await meganPage.getByRole('link', { name: 'Dashboard' }).click();
  await expect(meganPage.getByText('Thank you for your feedback.')).toBeVisible({
    timeout: 20_000,
  });
  await meganPage.context().close();
  // One more answer alone changes nothing the facilitator can read: it waits for its group.
  await priyaPage.reload();
  await expect(priyaPage.getByRole('region', { name: /Module 3/ })).toContainText(
    '3 answers · overall 4.0 out of 5',
  );
  await expect(priyaPage.getByText('Nothing much this time')).toHaveCount(0);

  // Dylan's answers are in what Priya sees, so they are fixed.
  const dylanAgain = await signedIn(browser, dylan!);
  await dylanAgain.goto(`/${base}/feedback`);
  await expect(dylanAgain.getByRole('region', { name: /Module 3/ })).toContainText(
    'can no longer be changed',
  );
  await expect(dylanAgain.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await dylanAgain.context().close();
});
