import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { cohortA } from '../../scripts/seed/demo-people';
import { adminDb } from './support/admin';
import { expect, signInAndWait, test } from './support/fixtures';

const kwame = cohortA.participants[5]!;
const facilitator = cohortA.facilitators[0]!;
const base = `/cohorts/${cohortA.id}`;

type PwnedWindow = { __pwned?: string };
const scriptRan = (page: Page) => page.evaluate(() => (window as PwnedWindow).__pwned ?? null);

/** Script-shaped text a person might type, by mistake or on purpose. */
const payload = `<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script>`;
const markdownPayload = [
  payload,
  '',
  "[a javascript link](javascript:window.__pwned='link')",
  '[a data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[a safe link](https://example.org/safe)',
  '![a tracking pixel](https://tracker.example/pixel.png)',
  `<a href="javascript:window.__pwned='raw'">a raw link</a>`,
].join('\n');

/** Nothing in the rendered text can run: no scripts, images, handlers or unsafe links. */
async function expectInert(region: Locator) {
  const unsafe = await region.evaluate((root) => ({
    elements: root.querySelectorAll('script, img, iframe, object, embed').length,
    handlers: Array.from(root.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes)
        .map((a) => a.name)
        .filter((name) => name.startsWith('on')),
    ),
    links: Array.from(root.querySelectorAll('a[href]'))
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !/^(https?:|mailto:|\/(?!\/))/.test(href)),
  }));
  expect(unsafe).toEqual({ elements: 0, handlers: [], links: [] });
}

test('the built app is served with the Firebase Hosting security headers', async ({ page }) => {
  const hosting = JSON.parse(readFileSync('firebase.json', 'utf8')) as {
    hosting: { headers: { source: string; headers: { key: string; value: string }[] }[] };
  };
  const expected = hosting.hosting.headers.find((rule) => rule.source === '**')!.headers;
  const response = await page.goto('/sign-in');
  const served = response!.headers();
  for (const { key, value } of expected) {
    const header = served[key.toLowerCase()];
    if (key === 'Content-Security-Policy') {
      // The emulator build adds the local emulators to connect-src, and nothing else.
      expect(header?.replace(/ http:\/\/127\.0\.0\.1:\d+/g, '')).toBe(value);
    } else {
      expect(header).toBe(value);
    }
  }
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) {
    expect(served['content-security-policy']).toContain(directive);
  }
});

test('the Content-Security-Policy stops injected inline script', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/CSP violation: script-src-elem blocked inline|Content Security Policy/);
  await page.goto('/sign-in');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = "window.__pwned = 'inline'";
    document.body.append(script);
  });
  expect(await scriptRan(page)).toBeNull();
});

test('script payloads in entries, replies, announcements, links and names are shown as text and never run', async ({
  page,
  browser,
}) => {
  const members = adminDb().doc(`cohorts/${cohortA.id}/members/${kwame.uid}`);
  const realName = (await members.get()).get('displayName') as string;
  await members.update({ displayName: `${payload} Kwame` });
  const title = `${payload} ${Date.now()}`;
  try {
    await signInAndWait(page, kwame);
    await page.goto(`${base}/journal/new`);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Your reflection').fill(markdownPayload);
    await page.getByRole('radio', { name: 'Everyone in my cohort' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.getByRole('button', { name: 'Done' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const prose = page.locator('.prose').first();
    await expect(prose).toContainText('a javascript link');
    await expect(prose.getByRole('link', { name: 'a safe link' })).toHaveAttribute(
      'href',
      'https://example.org/safe',
    );
    await expectInert(prose);
    await prose.getByText('a javascript link').click();
    await prose.getByText('a data link').click();

    await page.getByLabel('Your reply').fill(payload);
    await page.getByRole('button', { name: 'Post reply' }).click();
    // The reply's author is named from the membership, which carries the payload too.
    await expect(page.locator('.comment-body', { hasText: payload })).toBeVisible();
    await expectInert(page.locator('main'));

    await page.goto(`${base}/cohort`);
    await expect(page.getByText(`${payload} Kwame`).first()).toBeVisible();
    await expectInert(page.locator('main'));
    expect(await scriptRan(page)).toBeNull();

    const lead = await (await browser.newContext()).newPage();
    await signInAndWait(lead, facilitator);
    await lead.getByText('Post an announcement').click();
    await lead.getByLabel('Title').fill(`Notice ${payload}`);
    await lead.getByLabel('Message (Markdown)').fill(markdownPayload);
    await lead.getByRole('button', { name: 'Post announcement' }).click();
    await expect(lead.getByRole('heading', { name: `Notice ${payload}` })).toBeVisible();
    await expectInert(lead.locator('main'));

    await lead.getByRole('link', { name: 'Pre-reading', exact: true }).click();
    await lead.getByText('Add pre-reading for module 3').click();
    const form = lead.getByRole('form', { name: 'Add pre-reading for module 3' });
    await form.getByLabel('Title').fill(`Reading ${payload}`);
    for (const link of ["javascript:window.__pwned='material'", 'data:text/html,hello']) {
      await form.getByLabel('Link').fill(link);
      await form.getByRole('button', { name: 'Add to pre-reading' }).click();
      await expect(
        form.getByRole('link', { name: 'The link must start with https:// or http://.' }),
      ).toBeVisible();
      await expect(form.getByLabel('Title')).toHaveValue(`Reading ${payload}`);
    }
    expect(await scriptRan(lead)).toBeNull();
    await lead.context().close();
  } finally {
    await members.update({ displayName: realName });
    const posted = await adminDb()
      .collection(`cohorts/${cohortA.id}/announcements`)
      .where('title', '==', `Notice ${payload}`)
      .get();
    await Promise.all(posted.docs.map((d) => d.ref.delete()));
  }
});

test('a 50,000-character entry saves; one character more is refused with a message, and the text stays', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/Failed to load resource|PERMISSION_DENIED|permission-denied/i);
  await signInAndWait(page, kwame);
  await page.goto(`${base}/journal/new`);
  const title = `Long reflection ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  const body = page.getByLabel('Your reflection');
  const status = page.getByRole('status').filter({ hasText: /Saving|Saved|Not saved/ });

  await body.fill('x'.repeat(50_001));
  await expect(page.getByText('1 character over the 50,000 limit')).toBeVisible();
  await expect(status).toContainText('Not saved – copy your text');
  await page.reload();
  await expect(page.getByLabel('Your reflection')).toHaveValue('x'.repeat(50_001));
  await expect(status).toContainText('Not saved – copy your text');

  await page.getByLabel('Your reflection').press('End');
  await page.getByLabel('Your reflection').press('Backspace');
  await expect(status).toHaveText('Saved');
  await expect(page.getByText('50,000 characters', { exact: true })).toBeVisible();
  const saved = await adminDb()
    .collection(`cohorts/${cohortA.id}/journal`)
    .where('authorUid', '==', kwame.uid)
    .where('title', '==', title)
    .get();
  expect(saved.docs.map((d) => (d.get('body') as string).length)).toEqual([50_000]);
});
