import { describe, expect, it, vi } from 'vitest';
import { createErrorReporter, MAX_REPORTS_PER_PAGE, startErrorReporting } from './error-reporter';

const sent = (send: ReturnType<typeof vi.fn>) =>
  send.mock.calls.map(([body]) => JSON.parse(body as string) as Record<string, unknown>);

describe('the client error reporter', () => {
  it('sends an error once with its stack and the page address without its query', () => {
    window.history.replaceState(null, '', '/cohorts/abc/journal/entry1?draft=secret#top');
    const send = vi.fn();
    const report = createErrorReporter(send);
    const error = new TypeError('x is undefined');
    report(error);
    report(error);
    const [body, ...others] = sent(send);
    expect(others).toEqual([]);
    expect(body).toMatchObject({
      kind: 'error',
      message: 'TypeError: x is undefined',
      page: `${window.location.origin}/cohorts/abc/journal/entry1`,
    });
    expect(body!['stack']).toContain('x is undefined');
    expect(body!['id']).toMatch(/^[a-z0-9]{24}$/);
  });

  it(`sends at most ${MAX_REPORTS_PER_PAGE} a page, and nothing for another origin's hidden script error`, () => {
    const send = vi.fn();
    const report = createErrorReporter(send);
    report('Script error.');
    for (let i = 0; i < 20; i += 1) report(new Error(`failure ${i}`));
    expect(sent(send).map((body) => body['message'])).toEqual(
      Array.from({ length: MAX_REPORTS_PER_PAGE }, (_, i) => `Error: failure ${i}`),
    );
  });

  it('reports uncaught errors and rejected promises once started', () => {
    const send = vi.fn();
    const target = new EventTarget() as Window;
    startErrorReporting(target, send);
    target.dispatchEvent(
      Object.assign(new Event('error'), {
        error: new RangeError('too far'),
        filename: 'https://portal.example.org/assets/index-abc.js',
        lineno: 3,
        colno: 14,
      }),
    );
    target.dispatchEvent(
      Object.assign(new Event('unhandledrejection'), { reason: new Error('no answer') }),
    );
    expect(sent(send)).toMatchObject([
      {
        message: 'RangeError: too far',
        file: 'https://portal.example.org/assets/index-abc.js',
        line: 3,
        column: 14,
      },
      { message: 'Error: no answer' },
    ]);
  });
});
