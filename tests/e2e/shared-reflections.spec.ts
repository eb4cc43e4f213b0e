import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

const author = cohortA.participants[2]!;
const reader = cohortA.participants[6]!;
const journalPath = `cohorts/${cohortA.id}/journal`;
const archived = Array.from({ length: 25 }, (_, index) => ({
  id: `archive-${String(index + 1).padStart(2, '0')}`,
  title: `Archive reflection ${index + 1}`,
  // Older than anything else in the cohort, newest first: 1 is the newest of them, 25 the oldest.
  at: new Date(Date.UTC(2020, 0, 31 - index, 9)),
}));

test.afterAll(async () => {
  const db = adminDb();
  await Promise.all(archived.map(({ id }) => db.doc(`${journalPath}/${id}`).delete()));
});

test('the shared reflections feed shows the newest first and older ones on request, from the keyboard', async ({
  page,
}) => {
  const db = adminDb();
  for (const { id, title, at } of archived) {
    await db.doc(`${journalPath}/${id}`).set({
      authorUid: author.uid,
      authorName: author.displayName,
      moduleId: 'module-1',
      title,
      body: `Thoughts kept for later: ${title}.`,
      visibility: 'cohort',
      revision: 0,
      createdAt: at,
      updatedAt: at,
    });
  }
  const total = (await db.collection(journalPath).where('visibility', '==', 'cohort').get()).size;

  await signInAndWait(page, reader);
  await page.getByRole('link', { name: 'Cohort', exact: true }).click();
  const feed = page.getByRole('region', { name: 'Shared reflections' });
  const items = feed.getByRole('list').first().getByRole('listitem');
  await expect(items).toHaveCount(20);
  await expect(feed.getByText('Archive reflection 25')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const showOlder = feed.getByRole('button', { name: 'Show older reflections' });
  for (let shown = 20; shown < total; shown += 20) {
    await showOlder.focus();
    await page.keyboard.press('Enter');
    await expect(items).toHaveCount(Math.min(shown + 20, total));
    await expect(items.nth(shown).getByRole('link')).toBeFocused();
  }
  await expect(showOlder).toHaveCount(0);
  await expect(items.last()).toContainText('Archive reflection 25');
  await expect(feed.getByRole('link', { name: /^Archive reflection/ })).toHaveCount(25);
});
