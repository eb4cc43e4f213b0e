import { cohortB } from '../../scripts/seed/demo-people';
import { expect, newPage, signInAndWait, test } from './support/fixtures';

const [priya] = cohortB.facilitators;
const megan = cohortB.participants[3]!;
const dashboardPath = `/cohorts/${cohortB.id}`;

// The dashboard's first view is read with Firestore Lite and its listeners attach a moment later
// with the full SDK (decision 0016): what is posted after the page has shown must still arrive.
test('an announcement posted while a participant has the dashboard open appears there without a reload', async ({
  browser,
}) => {
  const title = `Venue confirmed ${Date.now().toString(36)}`;
  const participant = await newPage(browser);
  await signInAndWait(participant, megan);
  await participant.goto(dashboardPath);
  await expect(participant.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const announcements = participant.getByRole('region', { name: 'Announcements' });
  await expect(announcements).toBeVisible();
  await expect(announcements).not.toContainText(title);
  const loads: string[] = [];
  participant.on('load', () => loads.push(participant.url()));

  // Priya leads two cohorts by the time this runs in the full suite, so she goes by address.
  const lead = await newPage(browser);
  await signInAndWait(lead, priya!);
  await lead.goto(dashboardPath);
  await lead.getByText('Post an announcement').click();
  await lead.getByLabel('Title').fill(title);
  await lead.getByLabel('Message (Markdown)').fill('We meet in the **Corn Exchange**, room 2.');
  await lead.getByRole('button', { name: 'Post announcement' }).click();
  await expect(lead.getByText('Posted. Everyone in the cohort sees it now')).toBeVisible();

  await expect(announcements.getByRole('heading', { name: title })).toBeVisible({
    timeout: 20_000,
  });
  await expect(announcements.getByText('Corn Exchange')).toBeVisible();
  expect(loads, 'the dashboard was not reloaded').toEqual([]);
});
