// `npm test`: format, lint, types, unit, rules and end-to-end tests, then one summary line.
// The emulators are started and stopped here; end-to-end tests run against the production build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STATIC_CHECKS_DONE } from './lib/static-checks-done.mjs';
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

// The rules tests need the emulators but, unlike the functions and end-to-end tests, no timing, so
// they run while the checks that need neither (format, lint, types, unit, sizes, the build) run
// here; the functions and end-to-end tests then have the machine to themselves.
const vitestJson = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile=reports/${name}.json`,
];
const rulesLog = 'reports/rules-and-coverage.log';
const awaitChecks = 'node scripts/lib/await-static-checks.mjs';
const checksEnv = { ...process.env };
// Email links in the emulator session point at the preview server the end-to-end tests start.
process.env.PORTAL_URL = 'http://127.0.0.1:4173';
// The Hosting emulator serves dist/, which the build below fills before any test asks for it.
mkdirSync(resolve(root, 'dist'), { recursive: true });
const session = withEmulators(
  [
    `(npx vitest run --project rules ${vitestJson('rules').join(' ')}; node scripts/rules-coverage.mjs) > ${rulesLog} 2>&1`,
    awaitChecks,
    `echo; echo "▶ Rules tests and rules coverage"; cat ${rulesLog}`,
    'echo; echo "▶ Cloud Functions and email tests"',
    `(npx vitest run --project functions ${vitestJson('functions').join(' ')})`,
    'echo; echo "▶ End-to-end tests"',
    `${awaitChecks} --built && (npx playwright test)`,
  ].join('; '),
);

/** Runs a check to its end; `counted: false` for a suite whose own report counts its tests. */
function run(label, command, args, { counted = true } = {}) {
  console.log(`\n▶ ${label}`);
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: checksEnv });
    child.on('exit', (code) => {
      if (counted) checks.push({ label, ok: code === 0 });
      done(code === 0);
    });
  });
}

function readJson(name) {
  const file = resolve(reports, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

await run('Formatting (prettier)', 'npx', ['prettier', '--check', '.']);
await run('Lint (eslint)', 'npx', ['eslint', '.', '--max-warnings', '0']);
await run('Types (tsc)', 'npx', ['tsc', '-b']);
await run('Types of the Cloud Functions (tsc)', 'npx', ['tsc', '-p', 'functions']);
const unit = ['vitest', 'run', '--project', 'unit', ...vitestJson('unit')];
await run('Unit and component tests', 'npx', unit, { counted: false });
await run('JavaScript size budgets (bench/budgets.json)', 'node', [
  'scripts/bench/check-sizes.mjs',
]);
const built = await run('Production build for end-to-end tests', 'npx', [
  'vite',
  'build',
  '--mode',
  'emulator',
]);
writeFileSync(STATIC_CHECKS_DONE, JSON.stringify({ built }));
console.log('\n▶ Waiting for the rules tests, then the functions and end-to-end tests');
await session;

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
