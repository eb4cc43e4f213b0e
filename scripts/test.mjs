// `npm test`: format, lint, types, unit, rules and end-to-end tests, then one summary line.
// The emulators are started and stopped here; end-to-end tests run against the production build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { root, withEmulators } from './lib/emulators.mjs';
import {
  describeFailures,
  describeFlaky,
  failedPlaywrightTests,
  failedVitestTests,
  flakyPlaywrightTests,
  flakyVitestTests,
} from './lib/failed-tests.mjs';

const reports = resolve(root, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const checks = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  checks.push({ label, ok });
  return ok;
}

function readJson(name) {
  const file = resolve(reports, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

run('Formatting (prettier)', 'npx', ['prettier', '--check', '.']);
run('Lint (eslint)', 'npx', ['eslint', '.', '--max-warnings', '0']);
run('Types (tsc)', 'npx', ['tsc', '-b']);
run('Types of the Cloud Functions (tsc)', 'npx', ['tsc', '-p', 'functions']);
const vitestJson = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile=reports/${name}.json`,
];
spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...vitestJson('unit')], {
  cwd: root,
  stdio: 'inherit',
});
run('JavaScript size budgets (bench/budgets.json)', 'node', ['scripts/bench/check-sizes.mjs']);
const built = run('Production build for end-to-end tests', 'npx', [
  'vite',
  'build',
  '--mode',
  'emulator',
]);

console.log('\n▶ Rules, functions and end-to-end tests, on the emulators and the mail catcher');
// Email links in these runs point at the preview server the end-to-end tests start.
process.env.PORTAL_URL = 'http://127.0.0.1:4173';
// The rules tests run on projects of their own (demo-rules-*), so they share the emulator with
// the functions tests, which spend most of their time waiting for triggers and email, instead of
// taking a turn of their own. Their log is printed whole once they finish, not interleaved.
const rulesLog = 'reports/rules-and-coverage.log';
const rules = `npx vitest run --project rules ${vitestJson('rules').join(' ')}; node scripts/rules-coverage.mjs`;
const suites = [
  `(${rules}) > ${rulesLog} 2>&1 & rules=$!`,
  `(npx vitest run --project functions ${vitestJson('functions').join(' ')})`,
  `wait $rules; cat ${rulesLog}`,
  ...(built ? ['(npx playwright test)'] : []),
];
await withEmulators(suites.join('; '));

let passed = checks.filter((c) => c.ok).length;
let failed = checks.length - passed;
const rows = checks.map((c) => `  ${c.ok ? 'ok    ' : 'FAILED'} ${c.label}`);

for (const [label, file] of [
  ['Unit and component tests', 'unit.json'],
  ['Rules tests (emulator)', 'rules.json'],
  ['Cloud Functions and email tests (emulators, mail catcher)', 'functions.json'],
]) {
  const report = readJson(file);
  if (!report) {
    failed += 1;
    rows.push(`  FAILED ${label}: no report (the run did not finish)`);
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0);
  rows.push(
    `  ${report.numFailedTests ? 'FAILED' : 'ok    '} ${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
    ...describeFailures(failedVitestTests(report)),
    ...describeFlaky(flakyVitestTests(report)),
  );
}

const unexercised = readJson('rules-coverage/unexercised.json');
if (unexercised?.length !== 0) {
  failed += 1;
  rows.push(
    `  FAILED Rules coverage: ${unexercised ? `${unexercised.length} rule expressions no test evaluated` : 'no report'}`,
  );
} else {
  passed += 1;
  rows.push('  ok     Rules coverage: every rule expression evaluated by a test');
}

const e2e = readJson('e2e.json');
if (!e2e) {
  failed += 1;
  rows.push('  FAILED End-to-end tests: no report (the run did not finish)');
} else {
  const { expected, unexpected, flaky } = e2e.stats;
  const errors = e2e.errors?.length ?? 0;
  passed += expected + flaky;
  failed += unexpected + errors;
  rows.push(
    `  ${unexpected + errors ? 'FAILED' : 'ok    '} End-to-end tests (Chromium): ${expected + flaky} passed${flaky ? ` (${flaky} on a second try)` : ''}, ${unexpected} failed${errors ? `, ${errors} errors outside tests` : ''}`,
    ...describeFailures(failedPlaywrightTests(e2e)),
    ...describeFlaky(flakyPlaywrightTests(e2e)),
    ...(e2e.errors ?? []).map((error) => `           ✘ ${error.message?.split('\n')[0]}`),
  );
}

console.log(`\nSummary\n${rows.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
