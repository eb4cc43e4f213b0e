// Runs inside the emulators (scripts/bench/trace-dashboard.mjs starts them): a Chromium performance
// trace of the dashboard's cold load under a 4× CPU slowdown, signed in on a shared device and on
// one's own device, with the main thread's time attributed to kinds of work, to source modules
// (through the build's source maps) and to functions. Prints the biggest costs in milliseconds and
// writes reports/dashboard-trace.json.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { chromiumArgs, chromiumPath } from '../lib/chromium.ts';
import { DEMO_PROJECT_ID } from '../seed/demo-people.ts';
import { createMeasuredAccount, writeBenchCohorts } from './large-database.ts';
import {
  dashboardPath,
  dashboardVisible,
  origin,
  signedInContext,
  signIn,
  startPreview,
  stopPreview,
} from './portal-pages.ts';
import { originalPosition } from './source-maps.ts';

const CPU_SLOWDOWN = 4;
// After the dashboard shows, the full SDK, the listeners and the service worker still run: the
// window Lighthouse measures includes them, so the trace does too.
const SETTLE_MS = 3000;
const runs = Number(process.env['TRACE_RUNS'] ?? 3);

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      stackTrace?: { url: string }[];
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
};
type ProfileNode = {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
};

// Its own build, so a trace and a benchmark can run side by side; TRACE_BUILD_DIR traces another
// (an earlier build kept for a before-and-after comparison).
const buildDir = process.env['TRACE_BUILD_DIR'] ?? 'reports/trace-build';
const build = resolve(buildDir);
const chunkFile = (url: string) => {
  const path = new URL(url).pathname;
  return path.startsWith('/assets/') ? join(build, path) : null;
};

/** Where a function of the profile came from: a package, or a file of the portal's own code. */
function attribute(frame: ProfileNode['callFrame']) {
  if (!frame.url) {
    const kind = frame.functionName.startsWith('(') ? frame.functionName : '(native)';
    return { module: kind, fn: kind };
  }
  if (!frame.url.startsWith(origin)) return { module: frame.url, fn: frame.functionName };
  const chunk = chunkFile(frame.url);
  // A chunk's own top level runs every bundled module's top-level code: module evaluation.
  if (chunk && frame.lineNumber === 0 && frame.columnNumber === 0 && !frame.functionName) {
    const name = `top level of ${new URL(frame.url).pathname.replace('/assets/', '')}`;
    return { module: name, fn: name };
  }
  const mapped = chunk ? originalPosition(chunk, frame.lineNumber, frame.columnNumber) : null;
  if (!mapped) {
    return { module: new URL(frame.url).pathname, fn: frame.functionName || '(anonymous)' };
  }
  const source = mapped.source.replace(/^.*node_modules\//, 'node_modules/');
  const name = mapped.name ?? (frame.functionName || '(anonymous)');
  return { module: source, fn: `${name} (${source.split('/').slice(-1)[0]})` };
}

/** A package for node_modules files (firebase/firestore, react-dom…), else the file itself. */
function packageOf(module: string) {
  const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/(?:dist\/)?([^/]+))?/.exec(module);
  if (!match) return module;
  const [, name = module, sub] = match;
  return name === '@firebase' || name === 'firebase' ? `${name}/${sub}` : name;
}

const add = (map: Map<string, number>, key: string, ms: number) =>
  map.set(key, (map.get(key) ?? 0) + ms);
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms: Math.round(ms) }));

/** Main-thread time by kind of work, the way the DevTools summary and Lighthouse group it. */
const kinds: [RegExp, string][] = [
  [
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|TimerFire|FireIdleCallback|FireAnimationFrame|EventDispatch|RunMicrotasks|V8\.Execute|v8\.run)$/,
    'script evaluation',
  ],
  [
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|CacheScript|v8\.produceModuleCache)$/,
    'script parsing and compiling',
  ],
  [
    /^(UpdateLayoutTree|RecalculateStyles|Layout|InvalidateLayout|ScheduleStyleRecalculation)$/,
    'style and layout',
  ],
  [
    /^(Paint|PaintImage|CompositeLayers|UpdateLayer|UpdateLayerTree|Layerize|PrePaint|Commit)$/,
    'rendering',
  ],
  [/^(ParseHTML|ParseAuthorStyleSheet)$/, 'parsing HTML and CSS'],
  [/^(MinorGC|MajorGC|V8\.GC.*|BlinkGC\..*|ThreadState::.*)$/, 'garbage collection'],
];

type Task = { start: number; end: number; self: Map<string, number> };

/** A line for a long task's contents: the kind of work, and the script it ran where known. */
const describe = (event: TraceEvent, kind: string) => {
  const url = event.args?.data?.url;
  const file = url ? ` ${url.replace(/^.*\//, '')}` : '';
  return kind === 'script evaluation' ? `${event.name}${file}` : kind;
};

/** The renderer's main thread: of the CrRendererMain threads, the one that was busiest. */
function mainThread(events: TraceEvent[]) {
  const busy = new Map<string, number>();
  // Only processes that ran the portal's own scripts: Chromium's own pages have renderers too.
  const portal = new Set(
    events
      .filter(
        (e) =>
          e.args?.data?.url?.startsWith(origin) ||
          e.args?.data?.stackTrace?.some((f) => f.url.startsWith(origin)),
      )
      .map((e) => e.pid),
  );
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain' && portal.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'RunTask' && main.has(key)) add(busy, key, e.dur ?? 0);
  }
  const [key] = top(busy, 1);
  if (!key) throw new Error('The trace has no renderer main thread');
  const [pid, tid] = key.name.split(':').map(Number);
  return { pid: pid ?? 0, tid: tid ?? 0 };
}

function analyse(events: TraceEvent[]) {
  const { pid, tid } = mainThread(events);
  const own = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === pid);
  const startTs = navigation?.ts ?? own[0]?.ts ?? 0;

  // Each top-level task, and within it the time each kind of work took itself (without children).
  const tasks: Task[] = [];
  const byKind = new Map<string, number>();
  const otherByEvent = new Map<string, number>();
  let stack: { event: TraceEvent; kind: string; childMs: number }[] = [];
  const close = (until: number) => {
    for (let done = stack.at(-1); done; done = stack.at(-1)) {
      if (done.event.ts + (done.event.dur ?? 0) > until) return;
      stack.pop();
      const selfMs = (done.event.dur ?? 0) / 1000 - done.childMs;
      add(byKind, done.kind, selfMs);
      const task = tasks.at(-1);
      if (task) add(task.self, describe(done.event, done.kind), selfMs);
      if (done.kind === 'other') add(otherByEvent, done.event.name, selfMs);
      const parent = stack.at(-1);
      if (parent) parent.childMs += (done.event.dur ?? 0) / 1000;
    }
  };
  for (const event of own) {
    if (event.ts < startTs) continue;
    close(event.ts);
    if (event.name === 'RunTask' && stack.length === 0) {
      tasks.push({ start: event.ts, end: event.ts + (event.dur ?? 0), self: new Map() });
    }
    if (!stack.length && event.name !== 'RunTask') continue;
    const parentKind = stack.at(-1)?.kind ?? 'other';
    const kind = kinds.find(([pattern]) => pattern.test(event.name))?.[1] ?? parentKind;
    stack.push({ event, kind, childMs: 0 });
  }
  close(Infinity);
  stack = [];

  const long = tasks.filter((task) => task.end - task.start > 50_000);
  const longTasks = long.map((task) => (task.end - task.start) / 1000);
  const blockingMs = longTasks.reduce((sum, ms) => sum + ms - 50, 0);
  const mainThreadMs = tasks.reduce((sum, task) => sum + (task.end - task.start) / 1000, 0);

  // The sampled CPU profile, for which module and function the script time went to.
  const nodes = new Map<number, ProfileNode>();
  const samples: { node: number; ts: number }[] = [];
  let clock = 0;
  // Chunks name their profile by id; the profile itself names the thread it samples, which
  // leaves out the service worker's thread in the same process.
  const profiles = new Set(
    events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id),
  );
  for (const event of events.filter((e) => e.name.startsWith('Profile') && profiles.has(e.id))) {
    if (event.name === 'Profile') clock = event.ts;
    const data = event.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    ids.forEach((id, i) => {
      clock += data?.timeDeltas?.[i] ?? 0;
      samples.push({ node: id, ts: clock });
    });
  }
  const byModule = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byComponent = new Map<string, number>();
  // What each long task spent its time on, to tell the first view's work from what follows it.
  const inLongTask = long.map((task) => ({ task, modules: new Map<string, number>() }));
  let taskAt = 0;
  samples.sort((a, b) => a.ts - b.ts);
  samples.forEach((sample, i) => {
    const next = samples[i + 1];
    if (!next || sample.ts < startTs) return;
    // The sampler pauses while the thread sleeps: a gap longer than a few samples is not work.
    const ms = Math.min(next.ts - sample.ts, 4000) / 1000;
    const node = nodes.get(sample.node);
    if (!node || node.callFrame.functionName === '(idle)') return;
    // Chromium's own pages can share the renderer; only the portal's code and the browser's
    // built-ins it calls are counted.
    if (node.callFrame.url && !node.callFrame.url.startsWith(origin)) return;
    if (['(program)', '(root)'].includes(node.callFrame.functionName)) return;
    const { module, fn } = attribute(node.callFrame);
    add(byModule, module, ms);
    add(byPackage, packageOf(module), ms);
    add(byFunction, fn, ms);
    while (taskAt < long.length && (long[taskAt]?.end ?? 0) < sample.ts) taskAt += 1;
    const within = inLongTask[taskAt];
    if (within && sample.ts >= within.task.start) add(within.modules, module, ms);
    // A React component is a function of the portal's own code named with a capital, and its
    // render is all it calls: the time counted here is inclusive, from the first such frame.
    for (let at: ProfileNode | undefined = node; at; at = nodes.get(at.parent ?? -1)) {
      const where = attribute(at.callFrame);
      const name = where.fn.split(' ')[0] ?? '';
      if (where.module.startsWith('src/') && /^[A-Z]/.test(name)) {
        add(byComponent, `${name} (${where.module})`, ms);
        break;
      }
    }
  });

  return {
    mainThreadMs: Math.round(mainThreadMs),
    blockingMs: Math.round(blockingMs),
    longTasks: longTasks.map(Math.round),
    longTaskContents: inLongTask.map(({ task, modules }) => ({
      atMs: Math.round((task.start - startTs) / 1000),
      ms: Math.round((task.end - task.start) / 1000),
      modules: top(modules, 4),
      work: top(task.self, 4),
    })),
    byKind: top(byKind, 10),
    otherByEvent: top(otherByEvent, 8),
    byPackage: top(byPackage, 15),
    byModule: top(byModule, 25),
    byFunction: top(byFunction, 25),
    byComponent: top(byComponent, 15),
  };
}

async function traceLoad(browser: Browser, context: BrowserContext) {
  const page = await context.newPage();
  const devtools = await context.newCDPSession(page);
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'toplevel',
      'v8.execute',
      'blink.user_timing',
      'loading',
      'disabled-by-default-v8.cpu_profiler',
    ],
  });
  await page.goto(`${origin}${dashboardPath}`);
  await dashboardVisible(page);
  const shownMs = Math.round(await page.evaluate(() => performance.now()));
  await page.waitForTimeout(SETTLE_MS);
  const trace = await browser.stopTracing();
  await context.close();
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  return { shownMs, ...analyse(traceEvents) };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Several loads; the one with the median main-thread time is the one reported in full. */
async function traceMode(browser: Browser, newContext: () => Promise<BrowserContext>) {
  const loads = [];
  for (let run = 0; run < runs; run += 1) loads.push(await traceLoad(browser, await newContext()));
  const middle = median(loads.map((load) => load.mainThreadMs));
  const chosen = loads.find((load) => load.mainThreadMs === middle);
  if (!chosen) throw new Error('No load was traced');
  return {
    ...chosen,
    runs: loads.map(({ shownMs, mainThreadMs, blockingMs }) => ({
      shownMs,
      mainThreadMs,
      blockingMs,
    })),
  };
}

function print(label: string, result: Awaited<ReturnType<typeof traceMode>>) {
  console.log(
    `\n${label}: ${CPU_SLOWDOWN}× CPU slowdown, median of ${runs} loads by main-thread time`,
  );
  console.log(
    `  dashboard shown at ${result.shownMs} ms; main thread ${result.mainThreadMs} ms, blocking ${result.blockingMs} ms; long tasks ${result.longTasks.join(', ')} ms`,
  );
  console.log('  long tasks, from the navigation, with the modules their samples fell in:');
  for (const task of result.longTaskContents) {
    const modules = task.modules.map((m) => `${m.name.replace(/^node_modules\//, '')} ${m.ms}`);
    const work = task.work.map((w) => `${w.name} ${w.ms}`);
    console.log(`    at ${String(task.atMs).padStart(5)} ms, ${task.ms} ms: ${work.join(', ')}`);
    if (modules.length > 0) console.log(`      sampled in: ${modules.join(', ')}`);
  }
  for (const [title, rows] of [
    ['by kind of work', result.byKind],
    ["'other', by trace event", result.otherByEvent],
    ['by package or source file (self time, sampled)', result.byPackage],
    ['by module', result.byModule],
    ['by function', result.byFunction],
    ['by React component (inclusive)', result.byComponent],
  ] as const) {
    console.log(`  ${title}:`);
    for (const row of rows.slice(0, 12))
      console.log(`    ${String(row.ms).padStart(6)} ms  ${row.name}`);
  }
}

const app = initializeApp({ projectId: DEMO_PROJECT_ID });
const db = getFirestore(app);
await fetch(
  `http://${process.env['FIRESTORE_EMULATOR_HOST']}/emulator/v1/projects/${DEMO_PROJECT_ID}/databases/(default)/documents`,
  { method: 'DELETE' },
);
await writeBenchCohorts(db, 0, 1);
await createMeasuredAccount(getAuth(app), db);

const preview = await startPreview(buildDir);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const profile = mkdtempSync(join(tmpdir(), 'trace-signed-in-'));
  const state = (name: string) => join(profile, `${name}.json`);
  const shared = await browser.newContext();
  const sharedPage = await shared.newPage();
  await signIn(sharedPage);
  const session = await sharedPage.evaluate(() => Object.entries(sessionStorage));
  await shared.storageState({ path: state('shared'), indexedDB: true });
  await shared.close();
  const own = await browser.newContext();
  await signIn(await own.newPage(), true);
  await own.storageState({ path: state('own'), indexedDB: true });
  await own.close();

  const sharedDevice = await traceMode(browser, () =>
    signedInContext(browser, { storageState: state('shared'), session }),
  );
  print('Dashboard, shared device', sharedDevice);
  const ownDevice = await traceMode(browser, () =>
    browser.newContext({ storageState: state('own') }),
  );
  print("Dashboard, one's own device", ownDevice);
  writeFileSync(
    'reports/dashboard-trace.json',
    `${JSON.stringify({ measuredAt: new Date().toISOString(), cpuSlowdown: CPU_SLOWDOWN, sharedDevice, ownDevice }, null, 2)}\n`,
  );
  console.log('\nWritten to reports/dashboard-trace.json.');
} finally {
  await browser.close();
  stopPreview(preview);
}
