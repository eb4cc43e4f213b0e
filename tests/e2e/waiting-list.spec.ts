import type { Browser } from '@playwright/test';
import { cohortB, DEMO_PASSWORD, membershipOf } from '../../scripts/seed/demo-people';
import { linkIn, recipientOf, waitForEmails } from '../support/mail-catcher';
import { adminDb } from './support/admin';
import { expectChromeWithin } from './support/chrome';
import { expectInView } from './support/in-view';
import { expect, expectNoAxeViolations, signInAndWait, test } from './support/fixtures';

const phone = { width: 390, height: 844 };
const stamp = Date.now().toString(36);
const [priya] = cohortB.facilitators;
const member = cohortB.participants[0]!;
const leaving = cohortB.participants.at(-1)!;
// Two free seats: the first two good rows take them, the next two wait, in file order.
const invited = [`ana.silva.${stamp}@example.org`, `ben.okoro.${stamp}@example.org`] as const;
const first = { name: "Siân O'Connor-Núñez", email: `sian.oconnor.${stamp}@example.ie` };
const second = { name: 'Wen Li', email: `wen.li.${stamp}@example.org` };
// The invitation trigger can queue behind others on a loaded machine.
const EMAIL_WAIT_MS = 90_000;

// As Excel on a European locale saves it: a byte-order mark, semicolons and Windows line endings.
const spreadsheet = [
  'Job title;Email address;Full name;Organisation',
  `Ward manager;${invited[0]};Ana Silva;Northfield NHS Trust`,
  `Social worker;not-an-address;Cara Jones;Southgate Council`,
  `Commissioner;${member.email};${member.displayName};${member.organisation}`,
  `"Head of care; adults";${invited[1]};Ben Okoro;Eastbury Council`,
  `Prif nyrs;${first.email};${first.name};Ysbyty Gwynedd`,
  `Director;${invited[0].toUpperCase()};Ana Silva;Northfield NHS Trust`,
  '',
  `Practice manager;${second.email};${second.name};Haworth Primary Care Network`,
].join('\r\n');

async function phonePage(browser: Browser) {
  const context = await browser.newContext({ viewport: phone });
  return { context, page: await context.newPage() };
}

test.use({ viewport: phone });

test('a facilitator imports a spreadsheet, sees each row’s outcome first, and a freed seat goes to the first person waiting, who joins from the email', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const cohort = adminDb().doc(`cohorts/${cohortB.id}`);
  const { seatLimit, seatsTaken } = (await cohort.get()).data() as {
    seatLimit: number;
    seatsTaken: number;
  };
  await cohort.update({ seatLimit: seatsTaken + 2 });
  let joinedUid: string | null = null;
  try {
    await signInAndWait(page, priya!);
    // Straight to the cohort: an earlier spec may have made Priya a facilitator of a second one,
    // and then she signs in to "Choose a cohort".
    await page.goto(`/cohorts/${cohortB.id}`);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByLabel('Choose a CSV file').setInputFiles({
      name: 'participants.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spreadsheet)]),
    });
    await page.getByRole('button', { name: 'Preview' }).click();

    const preview = page.getByRole('table', { name: 'Before anything is sent' });
    await expect(preview.getByRole('row')).toHaveText([
      /Row\s*Person\s*Outcome/,
      /2.*Ana Silva.*Will invite/,
      /3.*Cara Jones · not-an-address.*Not an email address/,
      new RegExp(`4.*${member.displayName}.*Already a member`),
      /5.*Ben Okoro.*Will invite/,
      /6.*Siân O'Connor-Núñez.*No seat: goes on the waiting list/,
      /7.*Ana Silva.*Duplicate in the file/,
      /9.*Wen Li.*No seat: goes on the waiting list/,
    ]);
    // Nothing is sent by previewing.
    expect((await cohort.collection('invitations').doc(invited[0]).get()).exists).toBe(false);
    await expectNoAxeViolations(page);
    const tableBox = await preview.boundingBox();
    expect(tableBox!.width).toBeLessThanOrEqual(phone.width);
    await page.screenshot({ path: 'reports/screens/import-preview-390.png', fullPage: true });

    const send = page.getByRole('button', {
      name: 'Send 2 invitations and add 2 to the waiting list',
    });
    await send.click();
    const notice = page.getByRole('status').filter({ hasText: 'Sent 2 invitations' });
    await expect(notice).toHaveText(
      'Sent 2 invitations and added 2 to the waiting list. Each row’s outcome is below.',
    );
    await expectInView(page, notice);
    await expectChromeWithin(page);
    await expect(
      page.getByText(`${seatsTaken + 2} of ${seatsTaken + 2} seats taken`),
    ).toBeVisible();
    await expect(page.getByText(`Ana Silva, ${invited[0]}`)).toBeVisible();
    const waitingList = page.getByRole('list', { name: 'Waiting list, in order' });
    await expect(waitingList.getByRole('listitem')).toHaveText([
      new RegExp(`^${first.name}`),
      new RegExp(`^${second.name}`),
    ]);
    await expect(page.getByText('A seat is free.')).toHaveCount(0);

    // A participant leaves: the seat is free, and it is offered to the first person waiting.
    await page.getByRole('button', { name: `Remove ${leaving.displayName}` }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: `Remove ${leaving.displayName}` })
      .click();
    await expect(page.getByText('A seat is free.')).toBeVisible();
    await page.getByRole('button', { name: 'Offer it to Siân' }).click();
    const offered = page.getByRole('status').filter({ hasText: 'The seat is offered to' });
    await expect(offered).toContainText(`The seat is offered to ${first.name} until`);
    await expectInView(page, offered);
    await expect(waitingList.getByRole('listitem').first()).toContainText('offered a seat until');
    await expect(page.getByRole('button', { name: /^Offer it to/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'reports/screens/waiting-list-390.png', fullPage: true });

    const [offer] = await waitForEmails(
      (email) => recipientOf(email) === first.email,
      1,
      EMAIL_WAIT_MS,
    );
    expect(offer!.subject).toBe(`A seat is free for you in ${cohortB.name}`);
    expect(offer!.text).toContain('Hello Siân,');
    expect(offer!.text).toMatch(
      /accept by \w+ \d+ \w+ \d{4}\. After that it passes to the next person/,
    );

    // The person accepts from the email, on their own phone: the form greets and knows them.
    const invitee = await phonePage(browser);
    await invitee.page.goto(linkIn(offer!, 'http://127.0.0.1:4173/sign-up?'));
    await expect(invitee.page.getByText(/^Welcome, Siân\./)).toBeVisible();
    await expect(invitee.page.getByLabel('Your name')).toHaveValue(first.name);
    await expect(invitee.page.getByLabel('Organisation')).toHaveValue('Ysbyty Gwynedd');
    await expect(invitee.page.getByLabel('Job title')).toHaveValue('Prif nyrs');
    await invitee.page.getByLabel('Password').fill(DEMO_PASSWORD);
    await invitee.page.getByRole('button', { name: 'Create account' }).click();
    const [verification] = await waitForEmails(
      (email) => recipientOf(email) === first.email && email.subject.startsWith('Confirm'),
    );
    await invitee.page.goto(linkIn(verification!, 'http://127.0.0.1:4173/account/action?'));
    await expect(invitee.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await invitee.context.close();
    const joined = await cohort.collection('members').where('displayName', '==', first.name).get();
    joinedUid = joined.docs[0]?.id ?? null;
    expect(joinedUid).not.toBeNull();
    // Their place on the list is used up; the next person is first now.
    await expect
      .poll(async () => (await cohort.collection('waitingList').doc(first.email).get()).exists, {
        timeout: 30_000,
      })
      .toBe(false);
  } finally {
    const batch = adminDb().batch();
    for (const email of [...invited, first.email, second.email]) {
      batch.delete(cohort.collection('invitations').doc(email));
      batch.delete(cohort.collection('waitingList').doc(email));
    }
    if (joinedUid) batch.delete(cohort.collection('members').doc(joinedUid));
    batch.set(cohort.collection('members').doc(leaving.uid), membershipOf(leaving, 'participant'));
    batch.delete(adminDb().doc(`departures/${cohortB.id}__${leaving.uid}`));
    batch.update(cohort, { seatLimit, seatsTaken });
    await batch.commit();
  }
});
