import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emulatorOrigins, rehearsalConfig } from '../../scripts/lib/rehearsal-config.mjs';

type Header = { key: string; value: string };
type Config = {
  hosting: { headers: { source: string; headers: Header[] }[] };
  emulators: Record<string, { host: string; port: number }>;
};

const firebase = JSON.parse(readFileSync('firebase.json', 'utf8')) as Config;
const cspOf = (config: Config) =>
  config.hosting.headers
    .flatMap((rule) => rule.headers)
    .find((header) => header.key === 'Content-Security-Policy')?.value ?? '';
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? '';

// The rehearsal must test production's headers, not a looser set: the copy it runs from may differ
// from firebase.json only by the two emulator origins an emulator build connects to.
describe('the production rehearsal’s Hosting config', () => {
  const rehearsal = rehearsalConfig(firebase);

  it('adds exactly the Auth and Firestore emulators to connect-src', () => {
    expect(emulatorOrigins(firebase)).toEqual(['http://127.0.0.1:9099', 'http://127.0.0.1:8080']);
    const production = directive(cspOf(firebase), 'connect-src').split(' ');
    const rehearsed = directive(cspOf(rehearsal), 'connect-src').split(' ');
    expect(production.slice(0, 2)).toEqual(['connect-src', "'self'"]);
    expect(rehearsed).toEqual([
      ...production.slice(0, 2),
      'http://127.0.0.1:9099',
      'http://127.0.0.1:8080',
      ...production.slice(2),
    ]);
  });

  it('is firebase.json in every other respect', () => {
    const withoutOrigins = cspOf(rehearsal).replace(
      ' http://127.0.0.1:9099 http://127.0.0.1:8080',
      '',
    );
    expect(withoutOrigins).toBe(cspOf(firebase));
    const restored = structuredClone(rehearsal);
    for (const header of restored.hosting.headers.flatMap((rule) => rule.headers)) {
      if (header.key === 'Content-Security-Policy') header.value = withoutOrigins;
    }
    expect(restored).toEqual(firebase);
  });

  it('leaves firebase.json itself unchanged', () => {
    expect(cspOf(firebase)).not.toContain('127.0.0.1');
  });
});
