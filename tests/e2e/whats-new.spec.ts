import { cohortA } from '../../scripts/seed/demo-people';
import { expect, expectNoAxeViolations, newPage, signInAndWait, test } from './support/fixtures';

const [helen] = cohortA.facilitators;
const [amara, gareth] = cohortA.participants;
const cohortPath = `/cohorts/${cohortA.id}`;

test('a participant sees what is new, on every device, until she opens it', async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const phone = await newPage(browser);
  const laptop = await newPage(browser);
  const marker = (page: typeof phone) =>
    page.getByRole('banner').getByRole('link', { name: /What’s new/ });
  // Signing in opens the dashboard, whose list marks everything so far as seen.
  await signInAndWait(phone, amara!);
  await expect(phone.getByRole('region', { name: 'What’s new' })).toBeVisible();
  await expect(marker(phone)).toHaveText('What’s new');
  await signInAndWait(laptop, amara!);
  await phone.goto(`${cohortPath}/timetable`);
  await laptop.goto(`${cohortPath}/pre-reading`);
  await expect(marker(laptop)).toHaveText('What’s new');

  const lead = await newPage(browser);
  await signInAndWait(lead, helen!);
  await lead.getByText('Post an announcement').click();
  await lead.getByLabel('Title').fill(`Room change ${stamp}`);
  await lead.getByRole('button', { name: 'Post announcement' }).click();
  await expect(lead.getByText('Posted. Everyone in the cohort sees it now')).toBeVisible();

  const peer = await newPage(browser);
  await signInAndWait(peer, gareth!);
  await peer.goto(`${cohortPath}/journal/amara-m1-shared`);
  await peer.getByLabel('Your reply').fill(`Thank you for this ${stamp}`);
  await peer.getByRole('button', { name: 'Post reply' }).click();
  await expect(
    peer.getByRole('paragraph').filter({ hasText: `Thank you for this ${stamp}` }),
  ).toBeVisible();

  // Both of her devices show the marker without a reload.
  for (const page of [phone, laptop]) {
    await expect(marker(page)).toHaveText('What’s new2 new', { timeout: 20_000 });
  }

  await phone
    .getByRole('banner')
    .getByRole('link', { name: /What’s new/ })
    .click();
  const card = phone.getByRole('region', { name: 'What’s new' });
  await expect(
    card.getByRole('listitem').filter({ hasText: `Room change ${stamp}` }),
  ).toContainText('New');
  const reply = card.getByRole('link', {
    name: `${gareth!.displayName} replied to your reflection`,
  });
  await expect(reply.first()).toBeVisible();
  await expectNoAxeViolations(phone);

  // Opening the list marked it seen: the marker clears here and on the other device.
  for (const page of [phone, laptop]) await expect(marker(page)).toHaveText('What’s new');
  await reply.first().click();
  await expect(phone).toHaveURL(`${cohortPath}/journal/amara-m1-shared`);
  await expect(
    phone.getByRole('paragraph').filter({ hasText: `Thank you for this ${stamp}` }),
  ).toBeVisible();
});
