// Runs inside the emulators (scripts/bench/run.mjs starts them): seeds the large database, then
// measures documents read, time to the dashboard and Lighthouse scores against a local preview of
// the benchmark build. Prints nothing but progress; writes reports/bench-measurements.json.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../lib/chromium.ts';
import { DEMO_PROJECT_ID } from '../seed/demo-people.ts';
import {
  benchCohortId,
  createMeasuredAccount,
  measuredParticipant,
  writeBenchCohorts,
} from './large-database.ts';
import {
  dashboardPath,
  dashboardVisible,
  origin,
  restoreSession,
  signedInContext,
  signIn,
  startPreview,
  stopPreview,
  type SignedIn,
} from './portal-pages.ts';

const floorPort = 4175;
const floorOrigin = `http://127.0.0.1:${floorPort}`;
const feedPath = `${dashboardPath}/cohort`;
const editorPath = `${dashboardPath}/journal/new`;
const directoryPath = `${dashboardPath}/network`;
const noticeboardPath = `${dashboardPath}/network/noticeboard`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const log = (message: string) => console.log(`  · ${message}`);

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/**
 * The floor page (bench/floor), served on its own origin so it shares nothing with the portal, and
 * compressed as `vite preview` compresses the portal, so the two download alike.
 */
function serveFloor(): Promise<Server> {
  const build = resolve('reports/floor-build');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', floorOrigin).pathname;
    const asset = join(build, path);
    const file =
      path.startsWith('/assets/') && existsSync(asset) ? asset : join(build, 'index.html');
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'text/plain',
      'Content-Encoding': 'gzip',
    });
    response.end(gzipSync(readFileSync(file)));
  });
  return new Promise((done) => server.listen(floorPort, '127.0.0.1', () => done(server)));
}

/**
 * Documents the server sent while a page loaded: in the full SDK's listen responses, and in the
 * one-shot reads Firestore Lite makes (runQuery answers a document per result, batchGet a "found").
 * Also by collection, so a budget that is missed says which read to look at.
 */
async function documentsRead(
  browser: Browser,
  signedIn: SignedIn,
  path: string,
  ready: (page: Page) => Promise<void>,
) {
  const context = await signedInContext(browser, signedIn);
  const page = await context.newPage();
  // What moved after it was first drawn, and how much, so a layout shift names its element.
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { benchShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: { node?: Node | null }[];
      })[]) {
        const moved = (entry.sources ?? [])
          .map(({ node }) =>
            node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : '?',
          )
          .join(' + ');
        shifts.push(`${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms: ${moved}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const bodies: Promise<string[]>[] = [];
  const named =
    /"(?:document|found)":\s*\{\s*"name":\s*"projects\/[^/]+\/databases\/[^/]+\/documents\/([^"]+)"/g;
  const collectionOf = (documentPath: string) =>
    documentPath
      .split('/')
      .map((segment, index) => (index % 2 === 1 ? '*' : segment))
      .join('/');
  page.on('response', (response) => {
    const url = response.url();
    if (
      url.includes('/google.firestore.v1.Firestore/Listen/channel') ||
      /:runQuery|:batchGet/.test(url)
    ) {
      bodies.push(
        response
          .text()
          .then((text) => [...text.matchAll(named)].map((match) => collectionOf(match[1] ?? '')))
          .catch(() => []),
      );
    }
  });
  await page.goto(`${origin}${path}`);
  await ready(page);
  // Listeners opened after the first view still count: they wait for it to settle, so this waits
  // for the full SDK they load (a page without listeners gives up after 10 s), then for the network.
  await page
    .waitForFunction(() => performance.getEntriesByName('full-firestore-loaded').length > 0, null, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  await page.waitForTimeout(2500);
  const collections = (await Promise.all(bodies)).flat();
  const shifts = await page.evaluate(
    () => (window as unknown as { benchShifts: string[] }).benchShifts,
  );
  await context.close();
  const byCollection: Record<string, number> = {};
  for (const collection of collections)
    byCollection[collection] = (byCollection[collection] ?? 0) + 1;
  return { count: collections.length, byCollection, shifts };
}

/** When a mark the app sets (`auth-ready`, `full-firestore-loaded`) was reached on this load. */
const markAt = (page: Page, name: string) =>
  page
    .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, name, {
      timeout: 10_000,
    })
    .then(async (handle) => Math.round(Number(await handle.jsonValue())));

async function timeToDashboard(browser: Browser, signedIn: SignedIn) {
  const visibleAt = (page: Page) => page.evaluate(() => performance.now());
  const cold: number[] = [];
  const authReady: number[] = [];
  const fullSdk: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const context = await signedInContext(browser, signedIn);
    const page = await context.newPage();
    await page.goto(`${origin}${dashboardPath}`);
    await dashboardVisible(page);
    cold.push(await visibleAt(page));
    authReady.push(await markAt(page, 'auth-ready'));
    fullSdk.push(await markAt(page, 'full-firestore-loaded'));
    await context.close();
  }
  const context = await signedInContext(browser, signedIn);
  const page = await context.newPage();
  await page.goto(`${origin}${dashboardPath}`);
  await dashboardVisible(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const warm: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    await page.reload();
    await dashboardVisible(page);
    warm.push(await visibleAt(page));
  }
  await context.close();
  return {
    coldMs: Math.round(median(cold)),
    warmMs: Math.round(median(warm)),
    authReadyMs: median(authReady),
    fullSdkLoadedMs: median(fullSdk),
    cold,
    warm,
  };
}

/**
 * Typing at the end of a 3,000-word entry under a 4× CPU slowdown, as on a mid-range phone: how
 * long each keystroke kept the page from showing it (the Event Timing API's duration, which the
 * browser only reports from 16 ms up), measured in the page.
 */
async function editorKeystrokes(browser: Browser, signedIn: SignedIn) {
  const context = await signedInContext(browser, signedIn);
  const page = await context.newPage();
  await page.goto(`${origin}${editorPath}`);
  const editor = page.getByLabel('Your reflection');
  await editor.waitFor({ timeout: 30_000 });
  const words = ['system', 'place', 'partners', 'trust', 'dialogue', 'purpose'];
  await editor.fill(Array.from({ length: 3000 }, (_, i) => words[i % words.length]).join(' '));
  await page.waitForTimeout(2500);
  const devtools = await context.newCDPSession(page);
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await editor.press('End');
  // Let the End key's own events pass, so only the typed keys are counted.
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    // One keystroke is several events (keydown, keypress, input, keyup) sharing an interactionId.
    const slowest = new Map<number, number>();
    (window as unknown as { keystrokes: Map<number, number> }).keystrokes = slowest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
        const id = entry.interactionId;
        if (id) slowest.set(id, Math.max(slowest.get(id) ?? 0, entry.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const typed = 40;
  for (let key = 0; key < typed; key += 1) await page.keyboard.type('a', { delay: 60 });
  await page.waitForTimeout(1500);
  const durations = await page.evaluate(() => [
    ...(window as unknown as { keystrokes: Map<number, number> }).keystrokes.values(),
  ]);
  await context.close();
  return {
    keystrokes: typed,
    over16ms: durations.length,
    longestMs: Math.round(Math.max(0, ...durations)),
    medianOfSlowMs: durations.length ? Math.round(median(durations)) : 0,
  };
}

/** Time until the shared reflections show, cold, median of 5. */
async function timeToFeed(
  browser: Browser,
  signedIn: SignedIn,
  visible: (page: Page) => Promise<void>,
) {
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const context = await signedInContext(browser, signedIn);
    const page = await context.newPage();
    await page.goto(`${origin}${feedPath}`);
    await visible(page);
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return { coldMs: Math.round(median(times)), cold: times };
}

type BootupItem = { url: string; total: number; scripting: number; scriptParseCompile: number };

/** The scripts that kept the main thread busiest, so a TBT figure says where to cut. */
function busiestScripts(lhr: { audits: Record<string, { details?: unknown }> }) {
  const details = lhr.audits['bootup-time']?.details as { items?: BootupItem[] } | undefined;
  return (details?.items ?? []).slice(0, 5).map((item) => ({
    script: item.url.replace(/^.*\/assets\//, ''),
    totalMs: Math.round(item.total),
    scriptingMs: Math.round(item.scripting),
    parseMs: Math.round(item.scriptParseCompile),
  }));
}

type LongTask = { url: string; startTime: number; duration: number };

/** The run's long tasks (simulated, as TBT counts them): when each began, how long, whose script. */
function longTasksOf(lhr: { audits: Record<string, { details?: unknown }> }) {
  const details = lhr.audits['long-tasks']?.details as { items?: LongTask[] } | undefined;
  return (details?.items ?? []).map(
    (task) =>
      `${Math.round(task.duration)} ms at ${Math.round(task.startTime)} (${task.url.replace(/^.*\//, '')})`,
  );
}

type WorkItem = { group: string; duration: number };

/** Main-thread time by kind (script, style and layout, paint, parse, garbage collection, other). */
function mainThreadByKind(lhr: { audits: Record<string, { details?: unknown }> }) {
  const details = lhr.audits['mainthread-work-breakdown']?.details as
    { items?: WorkItem[] } | undefined;
  return Object.fromEntries(
    (details?.items ?? []).map((item) => [item.group, Math.round(item.duration)]),
  );
}

const LIGHTHOUSE_RUNS = 5;

async function lighthouseRuns(url: string, userDataDir: string, session: [string, string][] = []) {
  const runs = [];
  const failures: string[] = [];
  // A run Lighthouse could not finish (a runtime error, no score) is reported and run again.
  while (runs.length < LIGHTHOUSE_RUNS && failures.length < 3) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath,
      chromeFlags: ['--headless=new', ...chromiumArgs],
      userDataDir,
    });
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    try {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(restoreSession, session);
      const result = await lighthouse(
        url,
        { port: chrome.port, logLevel: 'error', output: 'json', disableStorageReset: true },
        {
          extends: 'lighthouse:default',
          settings: { onlyCategories: ['performance', 'accessibility'] },
        },
        page,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      const score = lhr.categories['performance']?.score;
      if (lhr.runtimeError || score === null || score === undefined) {
        failures.push(lhr.runtimeError?.message ?? 'no performance score');
        log(`Lighthouse could not finish a run of ${url} (${failures.at(-1)}); running it again`);
        continue;
      }
      runs.push({
        performance: Math.round(score * 100),
        accessibility: Math.round((lhr.categories['accessibility']?.score ?? 0) * 100),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        finalUrl: lhr.finalDisplayedUrl,
        scripts: busiestScripts(lhr),
        mainThread: mainThreadByKind(lhr),
        longTasks: longTasksOf(lhr),
      });
    } finally {
      await browser.disconnect();
      await chrome.kill();
    }
  }
  if (runs.length < LIGHTHOUSE_RUNS) {
    throw new Error(`Lighthouse failed on ${url}: ${failures.join('; ')}`);
  }
  const byPerformance = [...runs].sort((a, b) => a.performance - b.performance);
  // The ratios to the floor page compare each figure's own median over the runs, not the figures
  // of whichever run had the median score.
  const mainThreadMedians = {
    scriptEvaluationMs: median(runs.map((run) => run.mainThread['scriptEvaluation'] ?? 0)),
    otherMs: median(runs.map((run) => run.mainThread['other'] ?? 0)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
  };
  return {
    median: byPerformance[Math.floor(LIGHTHOUSE_RUNS / 2)],
    mainThreadMedians,
    runs,
    failures,
  };
}

/** The floor page's Lighthouse runs: it keeps its sign-in in IndexedDB, and signs in once here. */
async function lighthouseOfFloor() {
  const floorProfile = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  const floorPath = `/cohorts/${benchCohortId(0)}`;
  const floorBrowser = await chromium.launchPersistentContext(floorProfile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  const floorPage = floorBrowser.pages()[0] ?? (await floorBrowser.newPage());
  const credentials = new URLSearchParams({
    email: measuredParticipant.email,
    password: measuredParticipant.password,
  });
  await floorPage.goto(`${floorOrigin}${floorPath}?${credentials}`);
  await floorPage.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
  await floorBrowser.close();
  return lighthouseRuns(`${floorOrigin}${floorPath}`, floorProfile);
}

const app = initializeApp({ projectId: DEMO_PROJECT_ID });
const db = getFirestore(app);
await fetch(
  `http://${process.env['FIRESTORE_EMULATOR_HOST']}/emulator/v1/projects/${DEMO_PROJECT_ID}/databases/(default)/documents`,
  { method: 'DELETE' },
);
log(`seeding 1 cohort: ${await writeBenchCohorts(db, 0, 1)} documents`);
await createMeasuredAccount(getAuth(app), db);

const preview = await startPreview();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopPreview(preview);
    process.exit(130);
  });
}
const floor = await serveFloor();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const profile = mkdtempSync(join(tmpdir(), 'bench-signed-in-'));
  const persistent = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  const signInPage = persistent.pages()[0] ?? (await persistent.newPage());
  await signIn(signInPage);
  const signedIn: SignedIn = {
    storageState: join(profile, 'storage-state.json'),
    session: await signInPage.evaluate(() => Object.entries(sessionStorage)),
  };
  if (signedIn.session.length === 0) throw new Error('The sign-in left nothing in session storage');
  await persistent.storageState({ path: signedIn.storageState, indexedDB: true });
  await persistent.close();

  const feedVisible = (page: Page) =>
    page
      .getByRole('heading', { level: 1 })
      .waitFor({ timeout: 30_000 })
      .then(() => page.locator('main article, main li').first().waitFor({ timeout: 30_000 }));
  const editorVisible = (page: Page) =>
    page.getByLabel('Your reflection').waitFor({ timeout: 30_000 });
  const listVisible = (selector: string) => (page: Page) =>
    page.locator(selector).first().waitFor({ timeout: 30_000 });
  const countRead = async (path: string, ready: (page: Page) => Promise<void>) =>
    (await documentsRead(browser, signedIn, path, ready)).count;
  const networkReadsNow = async () => ({
    directory: await countRead(directoryPath, listVisible('.people > li')),
    noticeboard: await countRead(noticeboardPath, listVisible('main .entries > li')),
  });
  const readsNow = async (label: string) => {
    const dashboardRead = await documentsRead(browser, signedIn, dashboardPath, dashboardVisible);
    const dashboard = dashboardRead.count;
    const feed = await countRead(feedPath, feedVisible);
    const editor = await countRead(editorPath, editorVisible);
    const network = await networkReadsNow();
    log(
      `reads with ${label}: dashboard ${dashboard}, feed ${feed}, editor ${editor}, directory ${network.directory}, noticeboard ${network.noticeboard}`,
    );
    log(
      `the dashboard's reads by collection: ${Object.entries(dashboardRead.byCollection)
        .sort(([, a], [, b]) => b - a)
        .map(([collection, count]) => `${collection} ${count}`)
        .join(', ')}`,
    );
    if (dashboardRead.shifts.length > 0) {
      log(`the dashboard's layout shifts: ${dashboardRead.shifts.join('; ')}`);
    }
    return { dashboard, feed, editor, ...network };
  };
  // `BENCH_LIGHTHOUSE_ONLY=1`: the sign-in page's, the shared-device dashboard's and the floor's
  // Lighthouse runs and the ratios, in a few minutes, for trying a change against the one before.
  if (process.env['BENCH_LIGHTHOUSE_ONLY']) {
    const signInRuns = await lighthouseRuns(
      `${origin}/sign-in`,
      mkdtempSync(join(tmpdir(), 'bench-signed-out-')),
    );
    const dashboard = await lighthouseRuns(`${origin}${dashboardPath}`, profile, signedIn.session);
    const floorRuns = await lighthouseOfFloor();
    for (const [label, result] of [
      ['sign-in', signInRuns],
      ['dashboard (shared device)', dashboard],
      ['floor', floorRuns],
    ] as const) {
      const { scriptEvaluationMs, otherMs, tbtMs } = result.mainThreadMedians;
      log(
        `${label}: performance ${result.runs.map((run) => run.performance).join(', ')} (LCP ${result.runs.map((run) => run.lcpMs).join(', ')} ms; TBT ${result.runs.map((run) => run.tbtMs).join(', ')} ms); medians: script ${scriptEvaluationMs} ms, other ${otherMs} ms, blocking ${tbtMs} ms; CLS ${result.median?.cls}`,
      );
    }
    log(`the median run's long tasks: ${dashboard.median?.longTasks.join('; ')}`);
    log(
      `the median run's busiest scripts: ${dashboard.median?.scripts.map((s) => `${s.script} ${s.scriptingMs} ms`).join('; ')}`,
    );
    const ratio = (key: 'scriptEvaluationMs' | 'tbtMs') =>
      (dashboard.mainThreadMedians[key] / floorRuns.mainThreadMedians[key]).toFixed(2);
    log(`ratios to the floor: script ${ratio('scriptEvaluationMs')}×, blocking ${ratio('tbtMs')}×`);
    await browser.close();
    floor.close();
    stopPreview(preview);
    process.exit(0);
  }
  const oneCohort = await readsNow('1 cohort');
  // `BENCH_READS_ONLY=1`: the reads of one cohort and their collections, in a minute, for looking
  // into a read budget without the whole run.
  if (process.env['BENCH_READS_ONLY']) {
    await browser.close();
    floor.close();
    stopPreview(preview);
    process.exit(0);
  }
  // One cohort's 17 people are fewer than a page of 20; from two cohorts on, every page is full.
  log(`seeding a second cohort: ${await writeBenchCohorts(db, 1, 2)} documents`);
  const twoCohorts = await networkReadsNow();
  log(
    `network reads with 2 cohorts: directory ${twoCohorts.directory}, noticeboard ${twoCohorts.noticeboard}`,
  );
  log(`seeding 48 more cohorts: ${await writeBenchCohorts(db, 2, 50)} documents`);
  const reads = { oneCohort, twoCohorts, fiftyCohorts: await readsNow('50 cohorts') };

  const timing = await timeToDashboard(browser, signedIn);
  log(`time to dashboard: cold ${timing.coldMs} ms, warm ${timing.warmMs} ms`);
  const feed = await timeToFeed(browser, signedIn, feedVisible);
  log(`time to the shared reflections: cold ${feed.coldMs} ms`);
  const editor = await editorKeystrokes(browser, signedIn);
  log(`editor, 3,000 words, 4× slowdown: longest keystroke ${editor.longestMs} ms`);

  const signedOut = mkdtempSync(join(tmpdir(), 'bench-signed-out-'));
  const lighthouseSignIn = await lighthouseRuns(`${origin}/sign-in`, signedOut);
  log(`Lighthouse sign-in: performance ${lighthouseSignIn.median?.performance}`);
  const lighthouseDashboard = await lighthouseRuns(
    `${origin}${dashboardPath}`,
    profile,
    signedIn.session,
  );
  log(`Lighthouse dashboard: performance ${lighthouseDashboard.median?.performance}`);
  // "This is my own device": the sign-in and Firestore's cache live in IndexedDB, not the tab.
  const ownProfile = mkdtempSync(join(tmpdir(), 'bench-own-device-'));
  const own = await chromium.launchPersistentContext(ownProfile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  await signIn(own.pages()[0] ?? (await own.newPage()), true);
  await own.close();
  const lighthouseOwnDevice = await lighthouseRuns(`${origin}${dashboardPath}`, ownProfile);
  log(
    `Lighthouse dashboard on one's own device: performance ${lighthouseOwnDevice.median?.performance}`,
  );
  const lighthouseFloor = await lighthouseOfFloor();
  log(`Lighthouse floor page: performance ${lighthouseFloor.median?.performance}`);

  writeFileSync(
    'reports/bench-measurements.json',
    JSON.stringify(
      {
        reads,
        timing,
        feed,
        editor,
        lighthouse: {
          signIn: lighthouseSignIn,
          dashboard: lighthouseDashboard,
          dashboardOwnDevice: lighthouseOwnDevice,
          floor: lighthouseFloor,
        },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  floor.close();
  stopPreview(preview);
}
