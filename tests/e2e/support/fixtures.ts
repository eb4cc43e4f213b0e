import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  DEMO_PASSWORD,
  programmeAdmin,
  programmeAdminPhone,
  type DemoPerson,
} from '../../../scripts/seed/demo-people';
import { lastCodeTextedTo } from './admin';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type ConsoleErrors = {
  /** A test that provokes a failed request says which console error it expects. */
  allow: (pattern: RegExp) => void;
};

// Every test fails on an unexpected console error, uncaught exception or Content-Security-Policy
// violation in the page (the app is served with the same headers as Firebase Hosting).
export const test = base.extend<{ consoleErrors: ConsoleErrors }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // Before texting a second-factor code the SDK asks for the project's reCAPTCHA Enterprise
      // settings, which the Auth emulator does not implement (501); the SDK then uses its
      // stand-in reCAPTCHA, as it should. Nothing else here answers 501.
      const allowed: RegExp[] = [/status of 501 \(Not Implemented\)/];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`,
          );
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use({ allow: (pattern) => allowed.push(pattern) });
      const unexpected = errors.filter((error) => !allowed.some((pattern) => pattern.test(error)));
      expect(unexpected, 'console errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The seed enrols Sam's phone: the programme team's powers need a sign-in with a texted code. */
const enrolledPhones: Record<string, string> = { [programmeAdmin.uid]: programmeAdminPhone };

export async function signIn(page: Page, person: DemoPerson, password = DEMO_PASSWORD) {
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const phone = enrolledPhones[person.uid];
  if (phone && password === DEMO_PASSWORD) await enterTextedCode(page, phone);
}

/** Finishes a sign-in or a password check that stopped for the code texted to `phone`. */
export async function enterTextedCode(page: Page | Locator, phone: string) {
  await expect(page.getByText(/We have texted a code to /)).toBeVisible();
  await page.getByLabel('Code from the text message').fill(await lastCodeTextedTo(phone));
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Signs in and waits until the portal has left the sign-in page. */
export async function signInAndWait(page: Page, person: DemoPerson) {
  await page.goto('/sign-in');
  await signIn(page, person);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function expectNoAxeViolations(page: Page) {
  // Evaluated through the debugging protocol: the portal's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: { id: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
  expect(violations, 'axe violations').toEqual([]);
}

/** Reads a Firestore document from inside the signed-in page, with that page's own credentials. */
type ProbeWindow = { portalEmulatorProbe?: { read: (path: string) => Promise<string> } };

export async function readFromPage(page: Page, path: string): Promise<string> {
  await page.waitForFunction(() => (window as ProbeWindow).portalEmulatorProbe !== undefined);
  return page.evaluate(async (docPath) => {
    const probe = (window as ProbeWindow).portalEmulatorProbe;
    return probe ? probe.read(docPath) : 'no probe';
  }, path);
}

/** Presses Tab until the element has focus, proving it can be reached without a mouse. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

/** Opens each address in turn and checks it with axe once its heading is on screen. */
export async function expectScreensPassAxe(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
}

/** A page in a browser context of its own: another person, with their own sign-in. */
export async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}
