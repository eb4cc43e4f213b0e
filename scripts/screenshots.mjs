// `npm run screenshots` while `npm start` runs: every screen at phone and desktop widths, to look at.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.env.PORTAL_URL ?? 'http://127.0.0.1:5173';
const inbox = process.env.MAIL_INBOX_URL ?? 'http://127.0.0.1:1080';
const out = process.env.SCREENSHOT_DIR ?? 'screenshots';
const password = 'LeadTogether-2027';
const cohort = 'cohort-spring-2027';
const authEmulator = 'http://127.0.0.1:9099/emulator/v1/projects/demo-leadership-portal';

/** Sam's sign-in asks for the code "texted" to his phone, which the Auth emulator keeps. */
async function enterTextedCode(page) {
  await page.getByText(/We have texted a code to /).waitFor();
  const { verificationCodes } = await (await fetch(`${authEmulator}/verificationCodes`)).json();
  await page.getByLabel('Code from the text message').fill(verificationCodes.at(-1).code);
  await page.getByRole('button', { name: 'Continue' }).click();
}
const screens = [
  ['dashboard', ''],
  ['timetable', '/timetable'],
  ['pre-reading', '/pre-reading'],
  ['goals', '/goals'],
  ['journal', '/journal'],
  ['journal-entry', '/journal/amara-m1-shared'],
  ['journal-new', '/journal/new?module=module-2'],
  ['cohort', '/cohort'],
  ['people', '/people'],
  ['your-data', '/your-data'],
  ['notifications', '/notifications'],
  ['network', '/network'],
  ['network-noticeboard', '/network/noticeboard'],
  ['network-post', '/network/noticeboard/post-joint-workforce-plan'],
  ['network-profile', '/network/profile'],
  ['feedback', '/feedback'],
  ['learning-record', '/learning-record'],
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB' });
  await page.goto(`${base}/sign-in`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: `${out}/sign-in-${width}.png`, fullPage: true });
  await page.getByLabel('Email address').fill('amara.okafor@example.org');
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  await page.screenshot({ path: `${out}/sign-in-error-${width}.png`, fullPage: true });
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`**/cohorts/${cohort}`);
  for (const [name, path] of screens) {
    await page.goto(`${base}/cohorts/${cohort}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
  }
  // A draft the portal refuses (over the length limit), then the warning shown at sign-out.
  await page.goto(`${base}/cohorts/${cohort}/journal/new`);
  await page.getByLabel('Your reflection').fill('x'.repeat(50_001));
  await page.getByText('Not saved – copy your text').waitFor();
  await page.screenshot({ path: `${out}/journal-refused-${width}.png`, fullPage: true });
  // On a phone, sign-out sits in the header's menu.
  if (width < 640) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('dialog').waitFor();
  await page.screenshot({ path: `${out}/sign-out-warning-${width}.png` });
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await page.goto(`${base}/no/such/page`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: `${out}/not-found-${width}.png`, fullPage: true });
  await page.close();
}
const facilitatorScreens = [
  ['facilitator-dashboard', `/cohorts/${cohort}`],
  ['facilitator-timetable', `/cohorts/${cohort}/timetable`],
  ['facilitator-pre-reading', `/cohorts/${cohort}/pre-reading`],
  ['facilitator-goals', `/cohorts/${cohort}/goals`],
  ['facilitator-cohort', `/cohorts/${cohort}/cohort`],
  ['facilitator-people', `/cohorts/${cohort}/people`],
  ['facilitator-readiness', `/cohorts/${cohort}/readiness`],
  ['facilitator-attendance', `/cohorts/${cohort}/attendance`],
  ['facilitator-participant', `/cohorts/${cohort}/readiness/p-amara`],
  ['facilitator-feedback', `/cohorts/${cohort}/feedback`],
];
for (const [email, shots] of [
  ['helen.marsh@example.org', facilitatorScreens],
  [
    'sam.whitfield@example.org',
    [
      ['admin', '/admin'],
      ...['cohorts', 'programmes', 'people', 'privacy', 'audit-log', 'problems'].map((page) => [
        `admin-${page}`,
        `/admin/${page}`,
      ]),
      ['admin-noticeboard', `/cohorts/${cohort}/network/noticeboard`],
    ],
  ],
  [
    'bernadette.kelly@example.org',
    [['completed-learning-record', '/cohorts/cohort-autumn-2025/learning-record']],
  ],
  [
    'gareth.pryce@example.org',
    [
      ['network-intro', `/cohorts/${cohort}/network`],
      ['network-join', `/cohorts/${cohort}/network/profile`],
      ['gareth-dashboard', `/cohorts/${cohort}`],
    ],
  ],
]) {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB' });
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    if (email === 'sam.whitfield@example.org') await enterTextedCode(page);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    for (const [name, path] of shots) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
    }
    await page.close();
  }
}

// The HTML part of each kind of email in the local inbox, as a mail program would show it
// (run `npm run reminders -- --date …` or post an announcement first to have some).
const emails = await (await fetch(`${inbox}/api/email`)).json();
const oneOfEachKind = new Map(emails.map((email) => [email.subject.split(':')[0], email]));
for (const email of oneOfEachKind.values()) {
  const name = `email-${email.subject
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)}`;
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB' });
    await page.setContent(email.html ?? `<pre>${email.text}</pre>`);
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
