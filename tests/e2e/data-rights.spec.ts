import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cohortA, DEMO_PASSWORD, DEMO_PROJECT_ID } from '../../scripts/seed/demo-people';
import { adminAuth, adminDb, everyDocumentIn, everyDocumentUnder } from './support/admin';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';
import { makeRoom } from './support/seats';

const amara = cohortA.participants[0]!;
const facilitator = cohortA.facilitators[0]!;
const cohortPath = `cohorts/${cohortA.id}`;

test('a participant downloads everything the portal holds about them, as JSON and as a document', async ({
  page,
}) => {
  await signInAndWait(page, amara);
  await page.getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await expectNoAxeViolations(page);

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as JSON' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/^my-portal-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));

  expect(data.person).toMatchObject({ uid: amara.uid, email: amara.email });
  expect(data.person.profile).toMatchObject({ displayName: amara.displayName });
  expect(data.person.emailChoices).toEqual({
    moduleReminders: true,
    callReminders: true,
    announcements: true,
    timetableChanges: true,
    replies: 'digest',
  });
  const cohort = data.cohorts.find((c: { cohortId: string }) => c.cohortId === cohortA.id);
  expect(cohort.cohortName).toBe(cohortA.name);
  expect(cohort.directorCall.summary).toContain('We talked about your role');
  expect(cohort.goals).toHaveLength(2);
  expect(cohort.attendance).toEqual({
    '1-1': 'present',
    '1-2': 'present',
    '2-1': 'present',
    '2-2': 'present',
  });
  expect(cohort.goals[0].checkIns.length).toBeGreaterThan(0);
  expect(cohort.readings.map((r: { takeaway: string }) => r.takeaway)).toContain(
    'Curiosity before certainty.',
  );
  const titles = cohort.journal.map((e: { title: string }) => e.title);
  expect(titles).toEqual(
    expect.arrayContaining(['Honest note to self', 'What I noticed about our local dialogue']),
  );
  const shared = cohort.journal.find(
    (e: { title: string }) => e.title === 'What I noticed about our local dialogue',
  );
  expect(shared.replies.length).toBeGreaterThan(0);
  expect(data.notIncluded.join(' ')).toContain('private');
  expect(data.network.profile).toMatchObject({
    displayName: amara.displayName,
    region: 'Leicester, Leicestershire and Rutland',
  });
  expect(data.network.profile).not.toHaveProperty('tagCohorts');

  const documentDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a document' }).click();
  const html = readFileSync((await (await documentDownload).path())!, 'utf8');
  expect(html).toContain(`Everything the portal holds about ${amara.displayName}`);
  expect(html).toContain('Honest note to self');
  expect(html).toContain('Curiosity before certainty.');
  expect(html).toContain('National network');
});

test('the programme team erases a participant from a cohort, and nothing of theirs remains', async ({
  page,
}) => {
  const db = adminDb();
  const uid = `p-erase-${Date.now()}`;
  const name = `Erin Erasure ${uid}`;
  const email = `${uid}@example.org`;
  const auth = adminAuth();
  await auth.createUser({ uid, email, password: DEMO_PASSWORD, displayName: name });
  const at = new Date('2027-02-01T09:00:00Z');
  const restoreSeat = await makeRoom(cohortA.id);
  const seats = (await db.doc(cohortPath).get()).get('seatsTaken') as number;
  const theirs: Record<string, Record<string, unknown>> = {
    [`members/${uid}`]: { uid, role: 'participant', displayName: name },
    [`directorCalls/${uid}`]: { uid, scheduledAt: at, completed: true, summary: `About ${name}` },
    [`directorCallNotes/${uid}`]: { notes: `Notes on ${name}` },
    [`attendance/${uid}`]: { uid, days: { '1-1': 'present' }, updatedAt: at },
    [`goals/${uid}-goal`]: {
      ownerUid: uid,
      text: 'A goal',
      source: 'director-call',
      createdBy: facilitator.uid,
      checkIns: {},
      createdAt: at,
      updatedAt: at,
    },
    [`readings/${uid}__m3-power`]: {
      uid,
      materialId: 'm3-power',
      moduleId: 'module-3',
      read: true,
      takeaway: 'Mine',
      updatedAt: at,
    },
    [`journal/${uid}-entry`]: {
      authorUid: uid,
      authorName: name,
      moduleId: 'general',
      title: 'Shared thought',
      body: 'Words',
      visibility: 'cohort',
      revision: 0,
      createdAt: at,
      updatedAt: at,
    },
    [`journal/${uid}-entry/comments/from-gareth`]: {
      authorUid: cohortA.participants[1]!.uid,
      authorName: 'Gareth',
      body: `Replying to ${name}`,
      createdAt: at,
      updatedAt: at,
    },
    [`journal/gareth-m2-shared/comments/${uid}-reply`]: {
      authorUid: uid,
      authorName: name,
      body: 'My reply',
      createdAt: at,
      updatedAt: at,
    },
  };
  const networkWriting = { hidden: false, hiddenReason: '', createdAt: at, updatedAt: at };
  const theirsInTheNetwork: Record<string, Record<string, unknown>> = {
    [`networkProfiles/${uid}`]: { uid, displayName: name, nameLower: name.toLowerCase() },
    [`networkPosts/${uid}-ask`]: {
      authorUid: uid,
      kind: 'ask',
      title: `${name} asks`,
      ...networkWriting,
    },
    [`networkPosts/${uid}-ask/replies/from-dylan`]: {
      authorUid: 'pb-dylan',
      body: `Answering ${name}`,
      ...networkWriting,
    },
    [`networkPosts/post-joint-workforce-plan/replies/${uid}-reply`]: {
      authorUid: uid,
      body: 'My answer',
      ...networkWriting,
    },
    [`networkReports/${uid}-report`]: {
      reporterUid: uid,
      postId: 'post-inequalities-data',
      replyId: '',
      reason: 'Mine',
      createdAt: at,
    },
  };
  for (const [path, data] of Object.entries(theirs))
    await db.doc(`${cohortPath}/${path}`).set(data);
  for (const [path, data] of Object.entries(theirsInTheNetwork)) await db.doc(path).set(data);
  await db.doc(cohortPath).update({ seatsTaken: seats + 1 });
  // A trigger copies their director call into the cohort's calendar feed (decision 0034); the
  // erasure takes that copy too, so the count waits for it.
  const callInFeed = db.doc(`calendarLedger/${cohortA.id}/events/call-${uid}`);
  await expect.poll(async () => (await callInFeed.get()).exists, { timeout: 20_000 }).toBe(true);
  const total = Object.keys(theirs).length + Object.keys(theirsInTheNetwork).length + 1;

  const erase = (...extra: string[]) =>
    execFileSync(
      'npx',
      [
        'tsx',
        // The erasure shares the functions' modules, which import the portal's shared code as @/.
        '--tsconfig',
        'functions/tsconfig.json',
        'scripts/erase-participant.ts',
        '--project',
        DEMO_PROJECT_ID,
        '--cohort',
        cohortA.id,
        '--uid',
        uid,
        ...extra,
      ],
      { encoding: 'utf8', env: process.env },
    );
  const dryRun = erase();
  expect(dryRun).toContain(`${total} documents of ${uid}`);
  expect(dryRun).toContain(`networkProfiles/${uid}`);
  expect(dryRun).toContain('Nothing deleted');
  expect((await db.doc(`${cohortPath}/members/${uid}`).get()).exists).toBe(true);

  expect(erase('--yes', '--with-account')).toContain(`Erased ${total} documents`);

  const left = [
    ...(await everyDocumentUnder(db.doc(cohortPath))),
    ...(await everyDocumentIn(db.collection('networkProfiles'))),
    ...(await everyDocumentIn(db.collection('networkPosts'))),
    ...(await everyDocumentIn(db.collection('networkReports'))),
    ...(await everyDocumentUnder(db.doc(`calendarLedger/${cohortA.id}`))),
  ];
  const mentions = [];
  for (const ref of left) {
    const text = `${ref.path} ${JSON.stringify((await ref.get()).data())}`;
    if (text.includes(uid) || text.includes('Erin Erasure')) mentions.push(ref.path);
  }
  expect(mentions).toEqual([]);
  expect(left.length).toBeGreaterThan(50);
  expect((await db.doc(cohortPath).get()).get('seatsTaken')).toBe(seats);
  await expect(auth.getUser(uid)).rejects.toThrow();

  await signInAndWait(page, facilitator);
  await page.goto(`/${cohortPath}/readiness`);
  await expect(page.getByRole('heading', { level: 1, name: 'Readiness' })).toBeVisible();
  await expect(page.getByText(cohortA.participants[1]!.displayName).first()).toBeVisible();
  await expect(page.getByText('Erin Erasure')).toHaveCount(0);
  await restoreSeat();
});
