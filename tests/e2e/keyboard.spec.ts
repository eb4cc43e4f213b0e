import { FieldValue } from 'firebase-admin/firestore';
import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expect, signIn, tabTo, test } from './support/fixtures';
import { makeRoom } from './support/seats';

const owen = cohortA.participants[9]!;

test('a participant does the reading, a check-in and a shared reflection with the keyboard alone', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await signIn(page, owen);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });

  await tabTo(page, nav.getByRole('link', { name: 'Pre-reading' }));
  await page.keyboard.press('Enter');
  const due = page.getByRole('region', { name: /Module 3/ });
  const first = due.getByRole('listitem').first();
  // The first item is a video.
  await tabTo(page, first.getByRole('checkbox', { name: 'I have watched this' }));
  await page.keyboard.press('Space');
  await expect(first.getByRole('checkbox')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(first.getByRole('textbox', { name: /takeaway/ })).toBeFocused();
  await page.keyboard.type('Notice the threat response in meetings.');
  await page.keyboard.press('Enter');
  await expect(due).toContainText('1 of 3 read');

  await tabTo(page, nav.getByRole('link', { name: 'Goals' }));
  await page.keyboard.press('Enter');
  const goal = page.getByRole('listitem').filter({ hasText: 'FROM YOUR DIRECTOR CALL' }).first();
  await tabTo(page, goal.getByRole('button', { name: 'Record a check-in' }));
  await page.keyboard.press('Enter');
  await tabTo(page, goal.getByRole('radio', { name: 'Not started yet' }));
  await page.keyboard.press('ArrowDown');
  await expect(goal.getByRole('radio', { name: 'Some progress' })).toBeChecked();
  await tabTo(page, goal.getByRole('button', { name: 'Save check-in' }));
  await page.keyboard.press('Enter');
  await expect(goal.getByRole('status')).toContainText('Check-in saved');

  await tabTo(page, nav.getByRole('link', { name: 'Journal' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'New reflection' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Title'));
  await page.keyboard.type('Written with the keyboard');
  await tabTo(page, page.getByLabel('Your reflection'));
  await page.keyboard.type('Every control is reachable.');
  await tabTo(page, page.getByRole('radio', { name: 'Only me' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Everyone in my cohort' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Written with the keyboard' }),
  ).toBeVisible();

  await tabTo(page, page.getByLabel('Your reply'));
  await page.keyboard.type('A note to myself, by keyboard.');
  await tabTo(page, page.getByRole('button', { name: 'Post reply' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list').getByText('A note to myself, by keyboard.')).toBeVisible();
});

test('a facilitator edits the timetable, posts, invites and records a goal with the keyboard alone', async ({
  page,
}) => {
  const helen = cohortA.facilitators[0]!;
  const stamp = Date.now().toString(36);
  await page.goto('/sign-in');
  await signIn(page, helen);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });

  await tabTo(page, page.getByText('Post an announcement'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Title'));
  await page.keyboard.type(`Room change ${stamp}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type('We are in **room 2** on day one.');
  await tabTo(page, page.getByRole('button', { name: 'Post announcement' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Room change ${stamp}` })).toBeVisible();

  await tabTo(page, nav.getByRole('link', { name: 'Timetable' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Edit module 4' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel(/Venue/));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(`The Assembly Rooms, Leicester ${stamp}`);
  await tabTo(page, page.getByRole('button', { name: 'Save module' }), 200);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`The Assembly Rooms, Leicester ${stamp}`)).toBeVisible();

  // Cohort A is seeded full: a seeded invitation gives way for this one, and comes back after.
  const restoreSeat = await makeRoom(cohortA.id);
  await tabTo(page, nav.getByRole('link', { name: 'People' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Invite participants by email'));
  await page.keyboard.type(`keyboard.${stamp}@example.org`);
  await tabTo(page, page.getByRole('button', { name: 'Send invitations' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Invited keyboard.${stamp}@example.org`)).toBeVisible();

  // Each participant on the People page links to their director call.
  await tabTo(
    page,
    page.getByRole('link', {
      name: `Director call and goals for ${cohortA.participants[11]!.displayName}`,
    }),
  );
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Record a goal from the call'));
  await page.keyboard.type(`Lead the ageing well alliance ${stamp}`);
  await tabTo(page, page.getByRole('button', { name: 'Record goal' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Lead the ageing well alliance ${stamp}`)).toBeVisible();

  // As withdrawInvitation does: the invitation and its seat together.
  const db = adminDb();
  const batch = db.batch();
  batch.delete(db.doc(`cohorts/${cohortA.id}/invitations/keyboard.${stamp}@example.org`));
  batch.update(db.doc(`cohorts/${cohortA.id}`), { seatsTaken: FieldValue.increment(-1) });
  await batch.commit();
  await restoreSeat();
});

test('on a phone the menu opens, moves and closes with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/sign-in');
  await signIn(page, owen);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Main' });

  await tabTo(page, menu);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Timetable' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  await page.keyboard.press('Space');
  await tabTo(page, nav.getByRole('link', { name: 'Goals' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});
