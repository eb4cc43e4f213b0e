import type { Browser } from '@playwright/test';
import { FieldValue } from 'firebase-admin/firestore';
import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expect, expectNoAxeViolations, signIn, test } from './support/fixtures';
import { makeRoom } from './support/seats';

const helen = cohortA.facilitators[0]!;
const author = cohortA.participants[8]!;
const journalPath = `cohorts/${cohortA.id}/journal`;
const stamp = Date.now().toString(36);

async function signedIn(browser: Browser, person: typeof helen, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 844 } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signIn(page, person);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  return page;
}

for (const width of [390, 1280]) {
  const email = `waiting.${stamp}.${width}@example.org`;
  const title = `Shared with the facilitators ${stamp} at ${width}`;

  let restoreSeat = async () => {};
  test.afterAll(async () => {
    const db = adminDb();
    const invitation = db.doc(`cohorts/${cohortA.id}/invitations/${email}`);
    if ((await invitation.get()).exists) {
      const batch = db.batch();
      batch.delete(invitation);
      batch.update(db.doc(`cohorts/${cohortA.id}`), { seatsTaken: FieldValue.increment(-1) });
      await batch.commit();
    }
    await restoreSeat();
    const written = await db.collection(journalPath).where('authorUid', '==', author.uid).get();
    await Promise.all(
      written.docs.filter((d) => d.get('title') === title).map((d) => d.ref.delete()),
    );
  });

  test(`a facilitator's dashboard says what needs them, and each link acts on it, at ${width} px`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    // As inviteParticipants does: the invitation and its seat together, in a cohort seeded full.
    restoreSeat = await makeRoom(cohortA.id);
    const db = adminDb();
    const batch = db.batch();
    batch.set(db.doc(`cohorts/${cohortA.id}/invitations/${email}`), {
      email,
      role: 'participant',
      invitedBy: helen.uid,
      createdAt: new Date(),
    });
    batch.update(db.doc(`cohorts/${cohortA.id}`), { seatsTaken: FieldValue.increment(1) });
    await batch.commit();
    const lead = await signedIn(browser, helen, width);
    await expect(lead.getByText('What needs you now')).toBeVisible();
    // The participant's cards are not the facilitator's.
    await expect(lead.getByRole('heading', { name: /^Reflect on module/ })).toHaveCount(0);
    const invitations = lead.getByRole('region', { name: 'Invitations waiting' });
    await expect(invitations).toContainText(email);
    const notReady = lead.getByRole('region', { name: /^Not ready for module 3/ });
    await expect(notReady).toBeVisible();
    const shared = lead.getByRole('region', { name: 'Reflections shared with you' });
    await expect(shared).toBeVisible();
    await expect(shared.getByRole('link', { name: title })).toHaveCount(0);
    await expectNoAxeViolations(lead);

    // A participant shares a reflection with the facilitators while the dashboard is open.
    const writer = await signedIn(browser, author, width);
    await writer.goto(`/cohorts/${cohortA.id}/journal/new?module=module-2`);
    await writer.getByLabel('Title').fill(title);
    await writer.getByLabel('Your reflection').fill('What I took from the dialogue sessions.');
    await writer.getByRole('radio', { name: 'Me and the facilitators' }).check();
    await writer.getByRole('button', { name: 'Done' }).click();
    await expect(writer.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(shared.getByRole('link', { name: title })).toBeVisible({ timeout: 15_000 });
    await shared.getByRole('link', { name: title }).click();
    await expect(lead.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await lead.goBack();

    // Each participant who is not ready opens on their director call, with a way back here.
    const firstPerson = notReady.getByRole('listitem').first();
    const name = (await firstPerson.getByRole('link').textContent()) ?? '';
    await firstPerson.getByRole('link').click();
    await expect(lead.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(lead.getByRole('button', { name: 'Save director call' })).toBeVisible();
    await lead.getByRole('link', { name: 'Back to the dashboard' }).click();
    await expect(lead.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

    await invitations.getByRole('link', { name: 'Resend or withdraw' }).click();
    await expect(lead.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(
      lead.getByRole('button', { name: `Withdraw the invitation to ${email}` }),
    ).toBeVisible();
    await expectNoAxeViolations(lead);
    const amara = cohortA.participants[0]!;
    await lead
      .getByRole('link', { name: `Director call and goals for ${amara.displayName}` })
      .click();
    await expect(lead.getByRole('heading', { level: 1, name: amara.displayName })).toBeVisible();
    await expectNoAxeViolations(lead);
    await lead.getByRole('link', { name: 'Back to People' }).click();
    await expect(lead.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  });
}
