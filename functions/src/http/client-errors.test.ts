import { beforeEach, describe, expect, it } from 'vitest';
import { adminDb } from '../admin';
import {
  CLIENT_ERROR_COUNTS,
  clientKey,
  GLOBAL_PER_MINUTE,
  handleClientReports,
  parseReports,
  PER_CLIENT_PER_MINUTE,
  REPORTED_ERROR_EVENT,
  type ClientReport,
} from './client-errors';

// The emulated function itself; the production rehearsal reaches it through /api/clientErrors.
const functionUrl = 'http://127.0.0.1:5001/demo-leadership-portal/europe-west2/clientErrors';
const uid = 'Xq3mZ8rT2vLk9PwB4nYc7HdJ1sA5';
const entryId = 'k2P9xWq7RtZ3mN8vB4cL';

type Logged = { message: string; entry: Record<string, unknown> };
function deps(now: Date) {
  const logged: Logged[] = [];
  return {
    logged,
    deps: {
      db: adminDb(),
      now,
      log: (message: string, entry: Record<string, unknown>) => logged.push({ message, entry }),
    },
  };
}

const browserError = (overrides: Record<string, unknown> = {}) =>
  parseReports('application/json', {
    kind: 'error',
    message: `TypeError: Cannot read properties of undefined (reading 'title') for ${uid}`,
    stack: [
      `TypeError: Cannot read properties of undefined (reading 'title') for ${uid}`,
      '    at Ah (https://portal.example.org/assets/journal-B4x9.js:1:2345)',
      `    at https://portal.example.org/cohorts/spring-2027/journal/${entryId}?draft=1:4:5`,
    ].join('\n'),
    page: `https://portal.example.org/cohorts/spring-2027/journal/${entryId}/edit?next=%2Fgoals#body`,
    file: 'https://portal.example.org/assets/journal-B4x9.js',
    line: 1,
    column: 2345,
    ...overrides,
  }) as ClientReport[];

const countsOn = async (day: string) =>
  (await adminDb().doc(`${CLIENT_ERROR_COUNTS}/${day}`).get()).data();

describe('client error reports', () => {
  beforeEach(async () => {
    await adminDb().recursiveDelete(adminDb().collection(CLIENT_ERROR_COUNTS));
  });

  it('logs a ReportedErrorEvent with the browser’s stack, which Error Reporting groups', async () => {
    const { deps: running, logged } = deps(new Date('2026-12-01T09:00:10Z'));
    expect(await handleClientReports(running, clientKey('198.51.100.1'), browserError())).toEqual([
      'logged',
    ]);
    expect(logged).toHaveLength(1);
    const [{ message, entry }] = logged as [Logged];
    expect(message.split('\n')[0]).toBe(
      "TypeError: Cannot read properties of undefined (reading 'title') for [id]",
    );
    expect(message).toContain(
      '    at Ah (https://portal.example.org/assets/journal-B4x9.js:1:2345)',
    );
    expect(entry).toEqual({
      '@type': REPORTED_ERROR_EVENT,
      serviceContext: { service: 'portal-web' },
      context: {
        reportLocation: {
          filePath: 'https://portal.example.org/assets/journal-B4x9.js',
          lineNumber: 1,
          functionName: 'browser',
        },
        httpRequest: { url: 'https://portal.example.org/cohorts/:id/journal/:id/edit' },
      },
      kind: 'error',
    });
    expect(await countsOn('2026-12-01')).toMatchObject({ day: '2026-12-01', errors: 1 });
  });

  it('keeps no personal data: ids, emails, queries and fragments are gone from logs and counts', async () => {
    const { deps: running, logged } = deps(new Date('2026-12-01T09:01:10Z'));
    const report = browserError({
      message: 'Error: no invitation for amara.okafor@nhs.example.uk (ref 0123456789)',
      stack: undefined,
    });
    await handleClientReports(running, clientKey('198.51.100.2'), [...report, ...browserError()]);
    const written = JSON.stringify([logged, await countsOn('2026-12-01')]);
    for (const personal of [
      'amara',
      'nhs.example.uk',
      '0123456789',
      uid,
      entryId,
      'spring-2027',
      'draft',
      'next=',
      '#body',
      '198.51.100',
      clientKey('198.51.100.2'),
    ]) {
      expect(written).not.toContain(personal);
    }
    expect(logged[0]?.message).toBe('Error: no invitation for [email] (ref [number])');
    // Without a stack, the report location is what lets Error Reporting take the entry.
    expect(logged[0]?.entry['context']).toMatchObject({
      reportLocation: { filePath: 'https://portal.example.org/assets/journal-B4x9.js' },
    });
  });

  it('caps what one report can carry', () => {
    const [report] = browserError({
      message: 'x'.repeat(5_000),
      stack: Array.from(
        { length: 200 },
        (_, i) => `    at f${i} (https://p.example.org/a.js:${i}:1)`,
      ).join('\n'),
    });
    expect(report!.message.length).toBeLessThanOrEqual(300);
    expect(report!.stack!.split('\n').length).toBeLessThanOrEqual(20);
  });

  it('reads CSP violations from report-uri and from report-to', async () => {
    const fromReportUri = parseReports('application/csp-report', {
      'csp-report': {
        'document-uri': `https://portal.example.org/cohorts/spring-2027/journal/${entryId}?q=1`,
        'effective-directive': 'script-src-elem',
        'blocked-uri': 'https://evil.example.com/steal.js?who=amara',
        'source-file': 'https://portal.example.org/assets/index-Ab12.js',
        'line-number': 7,
      },
    });
    const fromReportTo = parseReports('application/reports+json', [
      {
        type: 'csp-violation',
        url: `https://portal.example.org/admin?user=${uid}`,
        body: { effectiveDirective: 'connect-src', blockedURL: 'inline' },
      },
      { type: 'deprecation', body: {} },
    ]);
    expect(fromReportUri).toEqual([
      {
        kind: 'csp',
        message:
          'Content-Security-Policy: script-src-elem blocked https://evil.example.com/steal.js',
        page: 'https://portal.example.org/cohorts/:id/journal/:id',
        file: 'https://portal.example.org/assets/index-Ab12.js',
        line: 7,
      },
    ]);
    expect(fromReportTo).toEqual([
      {
        kind: 'csp',
        message: 'Content-Security-Policy: connect-src blocked inline',
        page: 'https://portal.example.org/admin',
      },
    ]);
    const { deps: running, logged } = deps(new Date('2026-12-01T09:02:10Z'));
    await handleClientReports(running, clientKey('198.51.100.3'), [
      ...fromReportUri!,
      ...fromReportTo!,
    ]);
    expect(logged.map((line) => line.entry['kind'])).toEqual(['csp', 'csp']);
    expect(await countsOn('2026-12-01')).toMatchObject({ cspViolations: 2 });
  });

  it('refuses what is not a report', () => {
    expect(parseReports('application/json', { kind: 'error' })).toBeNull();
    expect(
      parseReports('application/x-www-form-urlencoded', { kind: 'error', message: 'x' }),
    ).toBeNull();
    expect(parseReports('application/csp-report', 'text')).toBeNull();
  });

  it('counts a report sent twice once', async () => {
    const { deps: running, logged } = deps(new Date('2026-12-01T09:03:10Z'));
    const [report] = browserError({ id: 'abcdef0123456789' });
    expect(
      await handleClientReports(running, clientKey('198.51.100.4'), [report!, report!]),
    ).toEqual(['logged', 'duplicate']);
    expect(logged).toHaveLength(1);
    expect(await countsOn('2026-12-01')).toMatchObject({ errors: 1 });
  });

  it(`takes at most ${PER_CLIENT_PER_MINUTE} a minute from one browser, and others still get through`, async () => {
    const { deps: running, logged } = deps(new Date('2026-12-01T09:04:10Z'));
    const many = Array.from({ length: PER_CLIENT_PER_MINUTE + 2 }, (_, i) =>
      browserError({ message: `Error: failure ${i}` }),
    ).flat();
    const outcomes = await handleClientReports(running, clientKey('198.51.100.5'), many);
    expect(outcomes.filter((outcome) => outcome === 'logged')).toHaveLength(PER_CLIENT_PER_MINUTE);
    expect(outcomes.slice(-2)).toEqual(['client-limit', 'client-limit']);
    expect(await handleClientReports(running, clientKey('198.51.100.6'), browserError())).toEqual([
      'logged',
    ]);
    expect(logged).toHaveLength(PER_CLIENT_PER_MINUTE + 1);
  });

  it(`counts and logs at most ${GLOBAL_PER_MINUTE} a minute in all, then starts again the next minute`, async () => {
    const minute = new Date('2026-12-01T09:05:10Z');
    const { deps: running, logged } = deps(minute);
    const outcomes: string[] = [];
    for (let client = 0; client <= GLOBAL_PER_MINUTE / 5; client += 1) {
      const five = Array.from({ length: 5 }, (_, i) =>
        browserError({ message: `Error: failure ${client}.${i}` }),
      ).flat();
      outcomes.push(
        ...(await handleClientReports(running, clientKey(`203.0.113.${client}`), five)),
      );
    }
    expect(outcomes.filter((outcome) => outcome === 'logged')).toHaveLength(GLOBAL_PER_MINUTE);
    expect(outcomes.filter((outcome) => outcome === 'global-limit')).toHaveLength(5);
    expect(logged).toHaveLength(GLOBAL_PER_MINUTE);
    const day = await countsOn('2026-12-01');
    expect(day).toMatchObject({ errors: GLOBAL_PER_MINUTE });
    expect(day?.['minuteIds']).toHaveLength(GLOBAL_PER_MINUTE);

    const next = deps(new Date(minute.getTime() + 60_000));
    expect(
      await handleClientReports(next.deps, clientKey('203.0.113.200'), browserError()),
    ).toEqual(['logged']);
    expect((await countsOn('2026-12-01'))?.['minuteIds']).toHaveLength(1);
  });

  it('answers the browser 204 through the deployed function, and 400 or 405 to anything else', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(functionUrl, { method: 'POST', headers: { 'Content-Type': type }, body });
    const accepted = await post(
      JSON.stringify({ kind: 'error', message: 'Error: from a browser' }),
    );
    expect(accepted.status).toBe(204);
    const today = (await adminDb().collection(CLIENT_ERROR_COUNTS).get()).docs.map((d) => d.data());
    expect(today).toMatchObject([{ errors: 1 }]);
    const csp = await post(
      JSON.stringify({ 'csp-report': { 'effective-directive': 'img-src', 'blocked-uri': 'data' } }),
      'application/csp-report',
    );
    expect(csp.status).toBe(204);
    expect((await post('not json')).status).toBe(400);
    expect((await post(JSON.stringify({ hello: 'world' }))).status).toBe(400);
    expect((await fetch(functionUrl)).status).toBe(405);
    expect((await post('x'.repeat(20_000), 'text/plain')).status).toBe(413);
  });
});
