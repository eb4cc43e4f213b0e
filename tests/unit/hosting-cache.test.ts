// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Hosting applies headers by the path asked for, not the file served: /cohorts/x is answered with
// index.html by the rewrite but gets only the headers whose source matches /cohorts/x. Every
// matching rule applies in order, so a later rule's value for the same header wins. Matching uses
// superstatic's own matcher, the one the Hosting emulator serves with.
const { configMatcher } = createRequire(import.meta.url)('superstatic/lib/utils/patterns.js') as {
  configMatcher: (path: string, config: { source: string }) => boolean;
};

type HeaderRule = { source: string; headers: { key: string; value: string }[] };
const firebase = JSON.parse(readFileSync('firebase.json', 'utf8')) as {
  hosting: { ignore: string[]; headers: HeaderRule[]; predeploy?: string[] };
  functions: { predeploy?: string[] }[];
};

function headerFor(path: string, key: string): string | undefined {
  return firebase.hosting.headers
    .filter((rule) => configMatcher(path, { source: rule.source }))
    .flatMap((rule) => rule.headers)
    .filter((header) => header.key.toLowerCase() === key.toLowerCase())
    .at(-1)?.value;
}

const neverCached = (value: string | undefined) => /\bno-(cache|store)\b/.test(value ?? '');

describe('what the CDN may keep', () => {
  it.each([
    '/',
    '/index.html',
    '/sign-in',
    '/cohorts/cohort-spring-2027/journal/abc',
    '/admin',
    '/sw.js',
    '/workbox-d8ed3718.js',
    '/manifest.webmanifest',
  ])('%s is never cached without asking again', (path) => {
    expect(neverCached(headerFor(path, 'Cache-Control'))).toBe(true);
  });

  it('keeps the hashed build files for a year', () => {
    expect(headerFor('/assets/app-DB81wbWS.js', 'Cache-Control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('lets calendar apps keep a feed an hour, and never the CDN (decision 0034)', () => {
    expect(headerFor('/calendar/abc.ics', 'Cache-Control')).toBe('private, max-age=3600');
  });

  it('still sends the security headers on the app shell and the assets', () => {
    for (const path of ['/', '/cohorts/x', '/assets/app.js']) {
      expect(headerFor(path, 'Content-Security-Policy')).toMatch(/default-src 'self'/);
    }
  });
});

describe('what is published and what runs first', () => {
  it('leaves source maps out of the deploy', () => {
    expect(firebase.hosting.ignore).toContain('**/*.map');
  });

  it('builds the bundles without pointing at their maps', () => {
    expect(readFileSync('vite.config.ts', 'utf8')).toMatch(/sourcemap: '?(hidden'|false)/);
  });

  it('runs the preflight for the deploying project before hosting and functions deploy', () => {
    const preflight = 'npm --prefix "$PROJECT_DIR" run preflight -- --project "$GCLOUD_PROJECT"';
    expect(firebase.hosting.predeploy?.[0]).toBe(preflight);
    for (const codebase of firebase.functions) expect(codebase.predeploy?.[0]).toBe(preflight);
  });
});
