import { adminPath } from '../../src/config/admin-pages';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  alumniCohort,
  cohortA,
  cohortB,
  DEMO_PASSWORD,
  membershipOf,
  programmeAdmin,
  type DemoPerson,
} from '../../scripts/seed/demo-people';
import { demoTimetables } from '../../scripts/seed/demo-programme';
import { formatLongDate, todayIso } from '../../src/lib/dates';
import { PRIVACY_NOTICE_VERSION } from '../../src/features/notices/notice-version';
import { adminAuth, adminDb } from './support/admin';
import { expect, expectNoAxeViolations, newPage, signInAndWait, test } from './support/fixtures';
import { makeRoom } from './support/seats';

/** Every word on every page of a PDF, with runs of white space made single spaces. */
async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join(''),
    );
  }
  return pages.join(' ').replace(/\s+/g, ' ');
}

test('the programme team moves a participant to a later cohort, and their journal and goals go with them', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const db = adminDb();
  const uid = `pb-deferral-${Date.now()}`;
  const person: DemoPerson = {
    uid,
    email: `${uid}@example.org`,
    displayName: 'Morgan Ellis',
    jobTitle: 'Head of Housing Strategy',
    organisation: 'Greystone District Council',
  };
  const from = db.doc(`cohorts/${cohortB.id}`);
  const to = db.doc(`cohorts/${cohortA.id}`);
  const at = Timestamp.fromDate(new Date('2026-10-20T18:00:00Z'));
  const entryTitle = 'What the first module changed for me';
  const goalText = 'Agree one shared housing and health priority with the council';
  await adminAuth().createUser({
    uid,
    email: person.email,
    emailVerified: true,
    password: DEMO_PASSWORD,
    displayName: person.displayName,
  });
  await db.doc(`users/${uid}`).set({
    displayName: person.displayName,
    organisation: person.organisation,
    jobTitle: person.jobTitle,
    privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
  });
  await from.collection('members').doc(uid).set(membershipOf(person, 'participant'));
  await from.update({ seatsTaken: FieldValue.increment(1) });
  await from.collection('journal').doc(`${uid}-entry`).set({
    authorUid: uid,
    authorName: person.displayName,
    moduleId: 'module-1',
    title: entryTitle,
    body: 'Listening before proposing.',
    visibility: 'private',
    revision: 0,
    createdAt: at,
    updatedAt: at,
  });
  await from.collection('goals').doc(`${uid}-goal`).set({
    ownerUid: uid,
    text: goalText,
    source: 'participant',
    createdBy: uid,
    checkIns: {},
    createdAt: at,
    updatedAt: at,
  });
  // Cohort A is seeded full: the move needs a seat there.
  const restoreSeat = await makeRoom(cohortA.id);
  const seatsInA = (await to.get()).get('seatsTaken') as number;
  const recordId = `${cohortB.id}__${uid}`;

  try {
    await signInAndWait(page, programmeAdmin);
    await page.goto(adminPath('people'));
    const section = page.getByRole('region', { name: 'Move a participant to a later cohort' });
    await section.getByLabel('Cohort they are in').selectOption(cohortB.id);
    await section.getByLabel('Participant', { exact: true }).selectOption(uid);
    await section.getByRole('button', { name: 'Move them to the later cohort' }).click();
    // Nothing moves without the person's agreement: how and when they gave it.
    await expect(section.getByText('Say how they agreed to the move.').first()).toBeVisible();
    await expect(section.getByText('Choose the later cohort they move to.').first()).toBeVisible();
    await section.getByLabel('Later cohort they move to').selectOption(cohortA.id);
    await section.getByLabel('By email').check();
    await section.getByLabel('The day they agreed').fill(todayIso());
    await section.getByLabel('What they agreed to (optional)').fill('Replied to our email today');
    await section.getByRole('button', { name: 'Move them to the later cohort' }).click();
    // The first call of a function on the emulators starts it, which can take a while.
    await expect(section.getByRole('status')).toContainText(
      `${person.displayName} moved to ${cohortA.name}, with 1 goal and 1 journal entry.`,
      { timeout: 90_000 },
    );
    await expectNoAxeViolations(page);
    expect((await to.get()).get('seatsTaken')).toBe(seatsInA + 1);

    const helen = await newPage(browser);
    await signInAndWait(helen, cohortA.facilitators[0]!);
    await helen.goto(`/cohorts/${cohortA.id}/people`);
    const moves = helen.getByRole('region', { name: 'Moved between cohorts' });
    await expect(moves).toContainText(
      `${person.displayName} joined from ${cohortB.name}, with their agreement (by email on ${formatLongDate(todayIso())}).`,
    );
    await expect(moves).toContainText('Replied to our email today');
    await expectNoAxeViolations(helen);
    await helen.close();

    const morgan = await newPage(browser);
    await signInAndWait(morgan, person);
    await morgan.goto(`/cohorts/${cohortA.id}/journal`);
    await expect(morgan.getByText(entryTitle)).toBeVisible();
    await morgan.goto(`/cohorts/${cohortA.id}/goals`);
    await expect(morgan.getByText(goalText)).toBeVisible();
    await morgan.close();
  } finally {
    await db.recursiveDelete(to.collection('journal').doc(`${uid}-entry`));
    await db.recursiveDelete(from.collection('journal').doc(`${uid}-entry`));
    for (const cohort of [from, to]) {
      await cohort.collection('goals').doc(`${uid}-goal`).delete();
      await cohort.collection('deferrals').doc(recordId).delete();
      await cohort.collection('whatsNew').doc(uid).delete();
    }
    const member = await to.collection('members').doc(uid).get();
    if (member.exists) {
      await member.ref.delete();
      await to.update({ seatsTaken: FieldValue.increment(-1) });
    } else {
      await from.collection('members').doc(uid).delete();
      await from.update({ seatsTaken: FieldValue.increment(-1) });
    }
    await restoreSeat();
    const audit = await db.collection('auditLog').where('target.uid', '==', uid).get();
    await Promise.all(audit.docs.map((d) => d.ref.delete()));
    await db.doc(`users/${uid}`).delete();
    await adminAuth().deleteUser(uid);
  }
});

test('a participant whose completion was confirmed saves their certificate', async ({ page }) => {
  const bernadette = alumniCohort.participants[0]!;
  const [ruth] = alumniCohort.facilitators;
  const modules = demoTimetables().alumni.modules;
  await signInAndWait(page, bernadette);
  await page.goto(`/cohorts/${alumniCohort.id}/learning-record`);
  const completed = page.getByRole('region', { name: 'You completed the programme' });
  await expect(completed).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Completed the programme');
  await completed.getByRole('button', { name: 'Show your completion certificate' }).click();
  await expect(page.getByRole('article')).toContainText('Certificate of completion');
  await expectNoAxeViolations(page);

  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  const text = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  const hours = (
    await adminDb().doc(`cohorts/${alumniCohort.id}/completions/${bernadette.uid}`).get()
  ).get('hoursAttended') as number;
  expect(text).toContain('CERTIFICATE OF COMPLETION');
  expect(text).toContain(bernadette.displayName);
  expect(text).toContain(alumniCohort.name);
  expect(text).toContain(
    `from ${formatLongDate(modules[0]!.days[0])} to ${formatLongDate(modules[3]!.days[1])}`,
  );
  expect(text).toContain(`Hours attended: ${Math.floor(hours)}`);
  expect(text).toContain(`${ruth!.displayName} Programme director`);
  // The certificate alone: none of the learning record's goals or reflections.
  expect(text).not.toContain('Goals and progress');
});

test('a facilitator confirms a completion, with the days and hours the function counts, and withdraws it', async ({
  page,
}) => {
  const [ruth] = alumniCohort.facilitators;
  const alumna = alumniCohort.participants[2]!;
  const cohort = adminDb().doc(`cohorts/${alumniCohort.id}`);
  const completion = cohort.collection('completions').doc(alumna.uid);
  const seeded = (await completion.get()).data();
  expect(seeded, 'the seed confirms the first three alumni').toBeDefined();
  // Confirmations change only in an open cohort; autumn 2025 is archived, as the team leaves them.
  await cohort.update({ archived: false });
  await completion.delete();
  try {
    await signInAndWait(page, ruth!);
    await page.goto(`/cohorts/${alumniCohort.id}/attendance`);
    const review = page.getByRole('region', { name: 'Who completed the programme' });
    await review.getByRole('button', { name: `Confirm ${alumna.displayName}` }).click();
    await expect(
      review.getByText(`Confirmed. ${alumna.displayName} can now download their certificate.`),
    ).toBeVisible();
    // Every day attended: the seed's own count of the timetable's hours.
    expect((await completion.get()).data()).toMatchObject({
      daysAttended: 8,
      hoursAttended: seeded?.['hoursAttended'],
      directorName: ruth!.displayName,
      confirmedBy: ruth!.uid,
    });

    await review.getByRole('button', { name: `Withdraw for ${alumna.displayName}` }).click();
    await expect(
      review.getByText(`Withdrawn. ${alumna.displayName} no longer has a certificate.`),
    ).toBeVisible();
    expect((await completion.get()).exists).toBe(false);
  } finally {
    await completion.set(seeded ?? {});
    await cohort.update({ archived: true });
  }
});
