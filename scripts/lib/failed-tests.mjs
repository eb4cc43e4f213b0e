// Names of the tests that failed, from the JSON reports, so a CI log that shows only its last lines
// still says which test broke and why.

import { stripVTControlCharacters } from 'node:util';

const firstLine = (message = '') =>
  stripVTControlCharacters(message)
    .split('\n')
    .find((line) => line.trim())
    ?.trim()
    .slice(0, 200) ?? '';

/** Failed tests in a Vitest JSON report. */
export function failedVitestTests(report) {
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => ({ title: test.fullName, reason: firstLine(test.failureMessages?.[0]) })),
  );
}

/** Tests in a Vitest JSON report that failed once and passed on their retry. */
export function flakyVitestTests(report) {
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'passed' && test.failureMessages?.length)
      .map((test) => ({ title: test.fullName, reason: firstLine(test.failureMessages[0]) })),
  );
}

const playwrightTests = (report, status) => {
  const specs = [];
  const walk = (suite) => {
    specs.push(...(suite.specs ?? []));
    (suite.suites ?? []).forEach(walk);
  };
  report.suites.forEach(walk);
  return specs.flatMap((spec) =>
    spec.tests
      .filter((test) => test.status === status)
      .map((test) => {
        const failure = test.results.find((result) => result.status !== 'passed');
        return {
          title: `${spec.file}:${spec.line} › ${spec.title}`,
          reason: firstLine(failure?.error?.message),
        };
      }),
  );
};

/** Failed tests in a Playwright JSON report, with where they are. */
export const failedPlaywrightTests = (report) => playwrightTests(report, 'unexpected');

/** Tests in a Playwright JSON report that failed once and passed on their retry. */
export const flakyPlaywrightTests = (report) => playwrightTests(report, 'flaky');

export function describeFailures(failures) {
  return failures.map(({ title, reason }) => `           ✘ ${title}\n             ${reason}`);
}

export function describeFlaky(flaky) {
  return flaky.map(
    ({ title, reason }) =>
      `           ⚠ passed on its second try: ${title}\n             ${reason}`,
  );
}
