import { adminPath } from '../../src/config/admin-pages';
import { cohortA, programmeAdmin } from '../../scripts/seed/demo-people';
import { adminAuth, adminDb, everyDocumentUnder } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, tabTo, test } from './support/fixtures';
import { makeRoom } from './support/seats';

const [, tom] = cohortA.facilitators;

test('the programme team adds and removes a member, and cannot remove its last one', async ({
  page,
  consoleErrors,
}) => {
  // Refusing to remove the last member is the function's 400 answer, which the browser logs.
  consoleErrors.allow(/status of 400 \(Bad Request\)/);
  try {
    await signInAndWait(page, programmeAdmin);
    await page.goto(adminPath('people'));
    const section = page.getByRole('region', { name: 'Programme team' });
    const members = section.getByRole('list', { name: 'Members of the programme team' });
    await expect(members.getByRole('listitem')).toHaveCount(1);

    await section.getByRole('button', { name: `Remove ${programmeAdmin.displayName}` }).click();
    await expect(section.getByRole('alert')).toContainText(
      'This is the last member of the programme team',
    );

    // With the keyboard alone.
    await tabTo(page, section.getByLabel('Add someone by email'));
    await page.keyboard.type(tom!.email);
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status')).toContainText(
      `${tom!.email} is now on the programme team. It takes effect the next time their sign-in refreshes`,
    );
    await expect(members.getByRole('listitem')).toHaveCount(2);
    expect((await adminAuth().getUser(tom!.uid)).customClaims?.['admin']).toBe(true);
    await expectNoAxeViolations(page);

    await section.getByRole('button', { name: `Remove ${tom!.displayName}` }).click();
    await expect(section.getByRole('status')).toContainText('is no longer on the programme team');
    await expect(members.getByRole('listitem')).toHaveCount(1);
    expect((await adminAuth().getUser(tom!.uid)).customClaims?.['admin']).toBeUndefined();
  } finally {
    await adminAuth().setCustomUserClaims(tom!.uid, null);
    await adminDb().doc('programmeTeam/roster').delete();
  }
});

test('the programme team erases a participant from a screen: dry run, typed name, result', async ({
  page,
}) => {
  const db = adminDb();
  const uid = `p-screen-erase-${Date.now()}`;
  const name = `Sasha Screen ${uid.slice(-4)}`;
  const cohort = db.doc(`cohorts/${cohortA.id}`);
  const restoreSeat = await makeRoom(cohortA.id);
  const seats = (await cohort.get()).get('seatsTaken') as number;
  await cohort.collection('members').doc(uid).set({ uid, role: 'participant', displayName: name });
  await cohort.collection('goals').doc(`${uid}-goal`).set({
    ownerUid: uid,
    text: 'A goal',
    source: 'participant',
    createdBy: uid,
    checkIns: {},
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await cohort.update({ seatsTaken: seats + 1 });

  await signInAndWait(page, programmeAdmin);
  await page.goto(adminPath('people'));
  const section = page.getByRole('region', { name: 'Erase a person’s data from a cohort' });
  await section.getByLabel('Cohort').selectOption({ label: cohortA.name });
  await section.getByLabel('Person').selectOption({ label: `${name} (participant)` });
  await section.getByRole('button', { name: 'Show what will be erased' }).click();
  await expect(
    section.getByRole('heading', { name: `What will be erased of ${name}` }),
  ).toBeVisible();
  const kinds = section.getByRole('list', { name: 'What will be erased, by kind' });
  await expect(kinds).toContainText('Membership: 1');
  await expect(kinds).toContainText('Goals: 1');
  // Said for everyone, never counted: staff may not know whether there are any.
  await expect(kinds).toContainText('Their module feedback answers, if any');
  await expect(kinds).not.toContainText(/feedback[^:]*: \d/i);
  const erase = section.getByRole('button', { name: `Erase ${name}’s data` });
  await section.getByLabel(`Type their name, ${name}, to confirm`).fill('Sasha');
  await erase.click();
  await expect(section.getByRole('alert')).toContainText(
    `Nothing was erased. Type their name exactly as shown, ${name}, to confirm.`,
  );
  expect((await cohort.collection('members').doc(uid).get()).exists).toBe(true);
  await expectNoAxeViolations(page);
  await tabTo(page, section.getByLabel(`Type their name, ${name}, to confirm`));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toContainText(`Erased ${name}’s data`);

  expect((await cohort.collection('members').doc(uid).get()).exists).toBe(false);
  expect((await cohort.collection('goals').doc(`${uid}-goal`).get()).exists).toBe(false);
  expect((await cohort.get()).get('seatsTaken')).toBe(seats);
  const mentions = [];
  for (const ref of await everyDocumentUnder(cohort)) {
    if (`${ref.path} ${JSON.stringify((await ref.get()).data())}`.includes(uid))
      mentions.push(ref.path);
  }
  expect(mentions).toEqual([]);
  const record = await db.collection('erasures').where('uid', '==', uid).get();
  expect(record.docs[0]?.get('erasedBy')).toBe(programmeAdmin.uid);
  await restoreSeat();
});
