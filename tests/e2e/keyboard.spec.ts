import { cohortA } from '../../scripts/seed/demo-people';
import { expect, signIn, tabTo, test } from './support/fixtures';

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
  await tabTo(page, first.getByRole('checkbox', { name: 'I have read this' }));
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
