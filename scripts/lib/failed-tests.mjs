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

/** Failed or flaky tests in a Playwright JSON report, with where they are. */
export function failedPlaywrightTests(report) {
  const specs = [];
  const walk = (suite) => {
    specs.push(...(suite.specs ?? []));
    (suite.suites ?? []).forEach(walk);
  };
  report.suites.forEach(walk);
  return specs.flatMap((spec) =>
    spec.tests
      .filter((test) => test.status === 'unexpected' || test.status === 'flaky')
      .map((test) => {
        const failure = test.results.find((result) => result.status !== 'passed');
        return {
          title: `${spec.file}:${spec.line} › ${spec.title}`,
          reason: firstLine(failure?.error?.message),
        };
      }),
  );
}

export function describeFailures(failures) {
  return failures.map(({ title, reason }) => `           ✘ ${title}\n             ${reason}`);
}
