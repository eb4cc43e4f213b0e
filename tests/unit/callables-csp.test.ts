import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Rewrite = { source: string; function?: { functionId: string; region: string } };

const firebase = JSON.parse(readFileSync('firebase.json', 'utf8')) as {
  hosting: {
    rewrites: Rewrite[];
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
};
const functionsSource = readFileSync('functions/src/index.ts', 'utf8');
const callables = [...functionsSource.matchAll(/export const (\w+) = onCall\(/g)].map((m) => m[1]);
const csp =
  firebase.hosting.headers
    .find((rule) => rule.source === '**')
    ?.headers.find((header) => header.key === 'Content-Security-Policy')?.value ?? '';
const directive = (name: string) =>
  csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? '';
const connectSrc = directive('connect-src');

// The deployed app calls each callable at its own origin (/api/<name>, src/lib/firebase/functions.ts),
// which Hosting rewrites to the function: the production CSP must name that origin, and no wider.
describe('callable functions under the production Content-Security-Policy', () => {
  it('has callables to check', () => {
    expect(callables.length).toBeGreaterThanOrEqual(3);
  });

  it.each(callables)('%s is reached through a same-origin rewrite to the London region', (name) => {
    expect(firebase.hosting.rewrites).toContainEqual({
      source: `/api/${name}`,
      function: { functionId: name, region: 'europe-west2' },
    });
  });

  it("connect-src names the portal's own origin, and neither a wildcard nor the functions' hosts", () => {
    expect(connectSrc.split(/\s+/)).toContain("'self'");
    expect(connectSrc).not.toMatch(/\*|cloudfunctions\.net|run\.app/);
  });

  it('sends the rewrites to the functions before the app shell catches every path', () => {
    const shell = firebase.hosting.rewrites.findIndex((rewrite) => rewrite.source === '**');
    const apiRewrites = firebase.hosting.rewrites.filter((r) => r.source.startsWith('/api/'));
    for (const rewrite of apiRewrites) {
      expect(firebase.hosting.rewrites.indexOf(rewrite)).toBeLessThan(shell);
    }
  });
});

// App Check's web provider loads reCAPTCHA Enterprise's script, which runs in Google's frame, and
// trades its answer for an App Check token (decision 0020). Each directive is opened by
// exactly those paths, and inline or evaluated script stays forbidden.
describe('the Content-Security-Policy opens exactly as far as App Check needs', () => {
  it('lets scripts come only from the portal and the reCAPTCHA paths', () => {
    expect(directive('script-src')).toBe(
      "script-src 'self' https://www.google.com/recaptcha/ https://www.gstatic.com/recaptcha/",
    );
  });

  it("frames only reCAPTCHA's own pages", () => {
    expect(directive('frame-src')).toBe(
      'frame-src https://www.google.com/recaptcha/ https://recaptcha.google.com/recaptcha/',
    );
  });

  // Cloud Storage takes the uploads a signed URL allows (decision 0035); downloads are navigations.
  it('connects to Auth, Firestore, the App Check exchange and Cloud Storage, and nothing else', () => {
    expect(connectSrc).toBe(
      "connect-src 'self' https://identitytoolkit.googleapis.com https://securetoken.googleapis.com https://firestore.googleapis.com https://content-firebaseappcheck.googleapis.com https://storage.googleapis.com",
    );
  });
});

// The browser API key is restricted to the portal's domain (docs/deploy.md), which Google checks
// against the Referer header: App Check's token exchange and Firestore send the page's policy, so
// it must name the origin. strict-origin sends only that, never a path or query, and nothing over
// plain HTTP.
describe('the referrer the portal sends', () => {
  it("is the portal's origin alone, so the key's domain restriction can see it", () => {
    const referrer = firebase.hosting.headers
      .find((rule) => rule.source === '**')
      ?.headers.find((header) => header.key === 'Referrer-Policy')?.value;
    expect(referrer).toBe('strict-origin');
  });
});
