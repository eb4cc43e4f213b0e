import { describe, expect, it } from 'vitest';
import { paths, safeNextPath } from './paths';

describe('safeNextPath', () => {
  it('follows a path on this site', () => {
    expect(safeNextPath('/cohorts/a/timetable?x=1')).toBe('/cohorts/a/timetable?x=1');
    expect(safeNextPath('/cohorts/cohort-spring-2027#goals')).toBe(
      '/cohorts/cohort-spring-2027#goals',
    );
  });

  it('never leads off the portal, whatever the browser makes of the path', () => {
    const origin = 'https://portal.example.org';
    for (const next of ['/\t/evil.example', '/\\evil.example', '//evil.example', '/ok']) {
      expect(new URL(safeNextPath(next), origin).origin).toBe(origin);
    }
  });

  it.each([
    null,
    '',
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/cohorts/a\\..\\..\\/evil.example',
    'http://127.0.0.1:4173/cohorts/a',
    `/${'a'.repeat(2000)}`,
  ])('refuses %j and goes home instead', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});

describe('paths', () => {
  it('keeps the page to return to after sign-in', () => {
    expect(paths.signIn('/cohorts/a b/goals')).toBe('/sign-in?next=%2Fcohorts%2Fa%20b%2Fgoals');
    expect(paths.signIn('/')).toBe('/sign-in');
  });

  it('builds cohort section links', () => {
    expect(paths.cohort('c1')).toBe('/cohorts/c1');
    expect(paths.cohort('c1', 'journal')).toBe('/cohorts/c1/journal');
  });
});
