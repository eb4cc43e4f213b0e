// `npm run bench`: JavaScript shipped per screen, Firestore documents read, time to the dashboard and
// Lighthouse (mobile) scores. Prints a table and writes bench/results.json. Sizes, reads and the
// dashboard's main-thread figures as ratios to the floor page's in the same run are held to the
// budgets (bench/budgets.json); scores and milliseconds are information, since they move with how
// busy the machine is. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root, withEmulators } from '../lib/emulators.mjs';
import { buildForMeasurement, kb, screenSizes } from './bundle-sizes.mjs';
import { costPerCohort } from './cost-per-cohort.mjs';

const budgets = JSON.parse(readFileSync(resolve(root, 'bench/budgets.json'), 'utf8'));
mkdirSync(resolve(root, 'reports'), { recursive: true });

console.log('▶ Production build, for sizes');
const sizeBuild = resolve(root, 'reports/size-build');
buildForMeasurement(root, sizeBuild);
const sizes = screenSizes(sizeBuild);

console.log(
  '▶ Emulator build, for timings and reads (Firestore on long polling, to count documents)',
);
const built = spawnSync(
  'npx',
  [
    'vite',
    'build',
    '--mode',
    'emulator',
    '--outDir',
    'reports/bench-build',
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_FIRESTORE_FORCE_LONG_POLLING: 'true' },
  },
);
if (built.status !== 0) process.exit(1);
console.log('▶ The floor page (bench/floor): the same stack showing one document');
const floorBuilt = spawnSync(
  'npx',
  [
    'vite',
    'build',
    '--config',
    'bench/floor/vite.config.ts',
    '--mode',
    'emulator',
    '--logLevel',
    'warn',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (floorBuilt.status !== 0) process.exit(1);
const floorJs = readdirSync(resolve(root, 'reports/floor-build/assets'))
  .filter((file) => file.endsWith('.js'))
  .reduce(
    (sum, file) =>
      sum +
      gzipSync(readFileSync(resolve(root, 'reports/floor-build/assets', file)), { level: 9 })
        .length,
    0,
  );

console.log('▶ Emulators, a database of 50 full cohorts, Chromium and Lighthouse (a few minutes)');
const code = await withEmulators('npx tsx scripts/bench/measure.ts', { functions: false });
if (code !== 0) {
  console.error('The measurements did not finish; see the output above.');
  process.exit(1);
}
const measured = JSON.parse(readFileSync(resolve(root, 'reports/bench-measurements.json'), 'utf8'));

const rows = [];
const row = (figure, value, budget, pass) => rows.push({ figure, value, budget, pass });
const jsBudgets = { 'sign-in': budgets.signInJsGzipKb, dashboard: budgets.dashboardJsGzipKb };
for (const [screen, { js, css, chunks }] of Object.entries(sizes)) {
  row(
    `${screen}: JavaScript, gzip`,
    `${kb(js.gzip)} kB`,
    `≤ ${jsBudgets[screen]} kB`,
    js.gzip <= jsBudgets[screen] * 1000,
  );
  row(`${screen}: JavaScript, brotli`, `${kb(js.brotli)} kB`, '–', null);
  row(`${screen}: CSS, gzip / brotli`, `${kb(css.gzip)} / ${kb(css.brotli)} kB`, '–', null);
  for (const chunk of chunks) {
    row(`  ${chunk.file}`, `${kb(chunk.gzip)} / ${kb(chunk.brotli)} kB`, '–', null);
  }
}
for (const [label, page, failures] of [
  ['sign-in', measured.lighthouse.signIn.median, measured.lighthouse.signIn.failures],
  [
    'dashboard (shared device)',
    measured.lighthouse.dashboard.median,
    measured.lighthouse.dashboard.failures,
  ],
  [
    "dashboard (one's own device)",
    measured.lighthouse.dashboardOwnDevice.median,
    measured.lighthouse.dashboardOwnDevice.failures,
  ],
]) {
  if (failures?.length) {
    row(`Lighthouse ${label}: runs that failed and were run again`, failures.length, '–', null);
  }
  // Scores and milliseconds move with how busy the machine is: information, not budgets. The
  // budgets are the ratios to the floor page in the same run, below.
  row(`Lighthouse ${label}: performance (median of 5)`, page.performance, '–', null);
  row(
    `Lighthouse ${label}: accessibility`,
    page.accessibility,
    `≥ ${budgets.lighthouseAccessibilityMin}`,
    page.accessibility >= budgets.lighthouseAccessibilityMin,
  );
  row(`Lighthouse ${label}: LCP`, `${page.lcpMs} ms`, '–', null);
  row(`Lighthouse ${label}: TBT`, `${page.tbtMs} ms`, '–', null);
  const work = page.mainThread ?? {};
  row(
    `  main thread: script / style and layout / other`,
    `${work.scriptEvaluation} / ${work.styleLayout} / ${work.other} ms`,
    '–',
    null,
  );
  for (const script of page.scripts ?? []) {
    row(
      `  main thread: ${script.script}`,
      `${script.totalMs} ms (run ${script.scriptingMs}, parse ${script.parseMs})`,
      '–',
      null,
    );
  }
  row(
    `Lighthouse ${label}: CLS`,
    page.cls,
    `≤ ${budgets.cumulativeLayoutShiftMax}`,
    page.cls <= budgets.cumulativeLayoutShiftMax,
  );
}
row(
  'Time to dashboard content, cold cache (median of 5)',
  `${measured.timing.coldMs} ms`,
  '–',
  null,
);
row(
  'Cold dashboard: sign-in restored / full Firestore SDK loaded, after (median of 5)',
  `${measured.timing.authReadyMs} / ${measured.timing.fullSdkLoadedMs} ms`,
  '–',
  null,
);
row(
  'Time to dashboard content, warm cache (median of 5)',
  `${measured.timing.warmMs} ms`,
  '–',
  null,
);
row(
  'Time to the shared reflections, cold cache (median of 5)',
  `${measured.feed.coldMs} ms`,
  '–',
  null,
);
row(
  'Journal editor, 3,000 words, 4× slowdown: longest keystroke (Event Timing)',
  `${measured.editor.longestMs} ms`,
  '–',
  null,
);
row(
  'Journal editor: keystrokes over 16 ms, of those typed',
  `${measured.editor.over16ms} of ${measured.editor.keystrokes}`,
  '–',
  null,
);
const { oneCohort, twoCohorts, fiftyCohorts } = measured.reads;
for (const [label, reads] of [
  ['1 cohort', oneCohort],
  ['50 cohorts', fiftyCohorts],
]) {
  row(
    `Documents read, dashboard, ${label}`,
    reads.dashboard,
    `≤ ${budgets.dashboardColdReadsMax}`,
    reads.dashboard <= budgets.dashboardColdReadsMax,
  );
  row(`Documents read, reflections feed, ${label}`, reads.feed, '–', null);
  row(`Documents read, network directory's first page, ${label}`, reads.directory, '–', null);
  row(`Documents read, network noticeboard's first page, ${label}`, reads.noticeboard, '–', null);
}
row("Network directory's first page, 2 cohorts", twoCohorts.directory, '–', null);
row("Network noticeboard's first page, 2 cohorts", twoCohorts.noticeboard, '–', null);
// One cohort's 17 people are fewer than a page of 20 (people, or authors' names on the board).
row(
  'Noticeboard reads the same with 2 or 50 cohorts',
  `${twoCohorts.noticeboard} / ${fiftyCohorts.noticeboard}`,
  'equal',
  twoCohorts.noticeboard === fiftyCohorts.noticeboard,
);
row(
  'Directory reads the same with 2 or 50 cohorts',
  `${twoCohorts.directory} / ${fiftyCohorts.directory}`,
  'equal',
  twoCohorts.directory === fiftyCohorts.directory,
);
row(
  'Dashboard reads the same with 1 or 50 cohorts',
  `${oneCohort.dashboard} / ${fiftyCohorts.dashboard}`,
  'equal',
  oneCohort.dashboard === fiftyCohorts.dashboard,
);

const floorPage = measured.lighthouse.floor.median;
const floorMedians = measured.lighthouse.floor.mainThreadMedians;
row('Lighthouse floor page: performance (median of 5)', floorPage.performance, '–', null);
row(`Lighthouse floor page: LCP / TBT`, `${floorPage.lcpMs} / ${floorPage.tbtMs} ms`, '–', null);
const times = (value, floorValue) => (floorValue > 0 ? value / floorValue : Infinity);
const ratioRow = (figure, value, floorValue, unit, max) => {
  const ratio = times(value, floorValue);
  row(
    figure,
    `${ratio.toFixed(2)}× (${value} / ${floorValue} ${unit})`,
    max === undefined ? '–' : `≤ ${max}×`,
    max === undefined ? null : ratio <= max,
  );
};
row('Floor page: JavaScript, gzip', `${kb(floorJs)} kB`, '–', null);
ratioRow(
  'Dashboard JavaScript ÷ floor',
  Number(kb(sizes.dashboard.js.gzip)),
  Number(kb(floorJs)),
  'kB',
  budgets.dashboardJsToFloorMax,
);
// Each figure is its median over the five Lighthouse runs of the page (4× CPU slowdown, simulated).
for (const [label, page] of [
  ['shared device', measured.lighthouse.dashboard.mainThreadMedians],
  ["one's own device", measured.lighthouse.dashboardOwnDevice.mainThreadMedians],
]) {
  ratioRow(
    `Dashboard script evaluation ÷ floor, ${label}`,
    page.scriptEvaluationMs,
    floorMedians.scriptEvaluationMs,
    'ms',
    budgets.dashboardScriptEvaluationToFloorMax,
  );
  ratioRow(
    `Dashboard other main-thread work ÷ floor, ${label}`,
    page.otherMs,
    floorMedians.otherMs,
    'ms',
  );
  ratioRow(
    `Dashboard blocking time ÷ floor, ${label}`,
    page.tbtMs,
    floorMedians.tbtMs,
    'ms',
    budgets.dashboardBlockingTimeToFloorMax,
  );
}

const model = JSON.parse(readFileSync(resolve(root, 'bench/usage-model.json'), 'utf8'));
const cost = costPerCohort(
  {
    dashboard: fiftyCohorts.dashboard,
    feed: fiftyCohorts.feed,
    editor: fiftyCohorts.editor,
    directory: fiftyCohorts.directory,
    noticeboard: fiftyCohorts.noticeboard,
  },
  model,
);
row(
  'Firestore operations of one cohort over the programme (bench/usage-model.json)',
  `${cost.programme.reads} reads, ${cost.programme.writes} writes`,
  '–',
  null,
);
const usd = (value) => `$${value.toFixed(2)}`;
for (const [label, month] of [
  ['1 cohort', cost.oneCohort],
  ['50 cohorts', cost.fiftyCohorts],
]) {
  row(
    `Firestore bill a month, ${label}: before and after the free quota`,
    `${usd(month.gross)} / ${usd(month.net)} (${month.reads} reads, ${month.writes} writes)`,
    '–',
    null,
  );
}

const width = Math.max(...rows.map((r) => r.figure.length));
const valueWidth = Math.max(...rows.map((r) => String(r.value).length));
console.log('\nBenchmark (budgets in bench/budgets.json; 1 kB = 1000 bytes)');
for (const { figure, value, budget, pass } of rows) {
  const mark = pass === null ? '' : pass ? 'pass' : 'FAIL';
  console.log(
    `${figure.padEnd(width)}  ${String(value).padStart(valueWidth)}  ${budget.padEnd(9)} ${mark}`,
  );
}
const failures = rows.filter((r) => r.pass === false).length;
console.log(failures === 0 ? '\nEvery budget passes.' : `\n${failures} budgets fail.`);

writeFileSync(
  resolve(root, 'bench/results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), budgets, sizes, floorJsGzip: floorJs, ...measured, cost, table: rows }, null, 2)}\n`,
);
console.log('Written to bench/results.json.');
