import { describe, expect, it } from 'vitest';
import {
  describeFlaky,
  failedPlaywrightTests,
  failedVitestTests,
  flakyPlaywrightTests,
  flakyVitestTests,
} from '../../scripts/lib/failed-tests.mjs';

// npm test's summary: a test that failed fails the run; one that passed on its second try is
// named, with its first failure, and does not (decision 0039).
const vitest = {
  testResults: [
    {
      assertionResults: [
        { status: 'passed', fullName: 'steady', failureMessages: [] },
        {
          status: 'passed',
          fullName: 'late trigger',
          failureMessages: ['Error: 10 emails\n at x'],
        },
        { status: 'failed', fullName: 'broken', failureMessages: ['AssertionError: no'] },
      ],
    },
  ],
};
const attempt = (status: string, message?: string) => ({
  status,
  ...(message ? { error: { message } } : {}),
});
const playwright = {
  suites: [
    {
      specs: [
        {
          file: 'a.spec.ts',
          line: 3,
          title: 'steady',
          tests: [{ status: 'expected', results: [attempt('passed')] }],
        },
      ],
      suites: [
        {
          specs: [
            {
              file: 'b.spec.ts',
              line: 9,
              title: 'late email',
              tests: [
                { status: 'flaky', results: [attempt('failed', 'Timed out'), attempt('passed')] },
              ],
            },
            {
              file: 'b.spec.ts',
              line: 20,
              title: 'broken',
              tests: [
                {
                  status: 'unexpected',
                  results: [attempt('failed', 'No'), attempt('failed', 'No')],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe("npm test's summary of failed and unsteady tests", () => {
  it('tells a Vitest test that failed from one that passed on its second try', () => {
    expect(failedVitestTests(vitest)).toEqual([{ title: 'broken', reason: 'AssertionError: no' }]);
    expect(flakyVitestTests(vitest)).toEqual([
      { title: 'late trigger', reason: 'Error: 10 emails' },
    ]);
  });

  it('tells a Playwright test that failed twice from one that passed on its second try', () => {
    expect(failedPlaywrightTests(playwright)).toEqual([
      { title: 'b.spec.ts:20 › broken', reason: 'No' },
    ]);
    expect(flakyPlaywrightTests(playwright)).toEqual([
      { title: 'b.spec.ts:9 › late email', reason: 'Timed out' },
    ]);
    expect(describeFlaky(flakyPlaywrightTests(playwright))[0]).toContain(
      '⚠ passed on its second try: b.spec.ts:9 › late email',
    );
  });
});
