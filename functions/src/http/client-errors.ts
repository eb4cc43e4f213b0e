import { createHash } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import { FieldValue } from 'firebase-admin/firestore';
import { todayIso } from '@/lib/dates';

// Errors in people's browsers, and Content-Security-Policy violations, reach Cloud Logging here
// (and so Error Reporting), and are counted per day for the programme team's page.
//
// No personal data: the portal's addresses carry cohort, entry and person ids, and error messages
// can quote what someone typed or an email address. So every URL loses its query and fragment and
// keeps only the path words the portal itself uses (anything else becomes ":id"); email
// addresses, id-like tokens and long numbers in text are replaced; lengths are capped. Nothing
// about the sender is logged or stored: no uid, no IP address, no user agent (a fingerprint).

export const CLIENT_ERROR_COUNTS = 'clientErrorCounts';
/** Reports one browser may send in a minute, per instance (a browser sends at most 5 a page). */
export const PER_CLIENT_PER_MINUTE = 10;
/** Reports counted and logged per minute across every instance: about one write a second. */
export const GLOBAL_PER_MINUTE = 60;
export const MAX_BODY_BYTES = 16_000;
const MAX_MESSAGE = 300;
const MAX_STACK_LINES = 20;
const MAX_STACK = 3_000;

export const REPORTED_ERROR_EVENT =
  'type.googleapis.com/google.devtools.clouderrorreporting.v1beta1.ReportedErrorEvent';

export type ClientReport = {
  kind: 'error' | 'csp';
  /** Chosen by the reporter for each report, so a report sent twice counts once. */
  id?: string;
  message: string;
  stack?: string;
  page?: string;
  file?: string;
  line?: number;
  column?: number;
};

export type Outcome = 'logged' | 'duplicate' | 'client-limit' | 'global-limit';

export type ReportDeps = {
  db: Firestore;
  now: Date;
  log: (message: string, entry: Record<string, unknown>) => void;
};

// Path words of the portal's own addresses (src/config/paths.ts) and of its built files; any
// other segment may be an id, so it is replaced.
const PATH_WORDS = new Set([
  'admin',
  'api',
  'assets',
  'attendance',
  'choose-cohort',
  'clientErrors',
  'cohort',
  'cohorts',
  'edit',
  'email',
  'feedback',
  'goals',
  'journal',
  'learning-record',
  'network',
  'new',
  'no-cohort',
  'noticeboard',
  'notifications',
  'pre-reading',
  'profile',
  'readiness',
  'reset-password',
  'sign-in',
  'sign-up',
  'timetable',
  'unsubscribe',
  'verify-email',
  'your-data',
]);
const BUILT_FILE = /^[\w.-]{1,80}\.(?:js|mjs|css|html)$/;
const SCHEMES_WITHOUT_ADDRESS = ['data:', 'blob:', 'about:', 'chrome-extension:', 'moz-extension:'];

const cap = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** A URL as origin and path, with ids, query and fragment gone; keywords such as "inline" kept. */
export function cleanUrl(raw: string): string {
  const [, address = raw, position = ''] = /^(.*?)((?::\d+){1,2})?$/.exec(raw) ?? [];
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return /^[a-z-]{1,20}$/.test(address) ? address : '[not an address]';
  }
  if (SCHEMES_WITHOUT_ADDRESS.includes(url.protocol)) return url.protocol;
  const segments = url.pathname.split('/').map((segment, index, all) => {
    if (segment === '' || PATH_WORDS.has(segment)) return segment;
    if (index === all.length - 1 && all[index - 1] === 'assets' && BUILT_FILE.test(segment)) {
      return segment;
    }
    if (index === all.length - 1 && all.length === 2 && BUILT_FILE.test(segment)) return segment;
    return ':id';
  });
  return `${url.origin}${segments.join('/')}${position}`;
}

/** Free text (a message or a stack) with its addresses cleaned and anything personal replaced. */
export function cleanText(raw: string, max: number): string {
  return cap(
    raw
      .replace(/\b(?:https?|blob|data|chrome-extension):[^\s()'"<>]+/g, (url) => cleanUrl(url))
      .replace(/[^\s@()'"<>]+@[^\s@()'"<>]+\.[^\s@()'"<>]+/g, '[email]')
      .replace(/(?<![\w/.-])[A-Za-z0-9_-]{20,}(?![\w/.-])/g, '[id]')
      .replace(/\d{6,}/g, '[number]'),
    max,
  );
}

const cleanStack = (stack: string) =>
  cleanText(stack.split('\n').slice(0, MAX_STACK_LINES).join('\n'), MAX_STACK);

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const whole = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

function cspReport(body: Record<string, unknown>, page: unknown): ClientReport {
  const directive =
    text(body['effectiveDirective']) ??
    text(body['effective-directive']) ??
    text(body['violated-directive']) ??
    'unknown';
  const blocked = text(body['blockedURL']) ?? text(body['blocked-uri']) ?? 'unknown';
  const report: ClientReport = {
    kind: 'csp',
    message: `Content-Security-Policy: ${cap(directive, 40)} blocked ${cleanUrl(blocked)}`,
  };
  const documentUrl = text(page) ?? text(body['documentURL']) ?? text(body['document-uri']);
  const file = text(body['sourceFile']) ?? text(body['source-file']);
  const line = whole(body['lineNumber']) ?? whole(body['line-number']);
  const column = whole(body['columnNumber']) ?? whole(body['column-number']);
  if (documentUrl) report.page = cleanUrl(documentUrl);
  if (file) report.file = cleanUrl(file);
  if (line !== undefined) report.line = line;
  if (column !== undefined) report.column = column;
  return report;
}

/**
 * The reports in one request: the portal's own reporter sends JSON, browsers send CSP violations
 * as `application/csp-report` (report-uri) or `application/reports+json` (report-to). Returns
 * null when the body is none of these.
 */
export function parseReports(contentType: string, body: unknown): ClientReport[] | null {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!body || typeof body !== 'object') return null;
  if (type === 'application/csp-report') {
    const report = (body as Record<string, unknown>)['csp-report'];
    return report && typeof report === 'object'
      ? [cspReport(report as Record<string, unknown>, undefined)]
      : null;
  }
  if (type === 'application/reports+json') {
    if (!Array.isArray(body)) return null;
    return body
      .filter(
        (entry): entry is { url?: unknown; body: Record<string, unknown> } =>
          entry?.type === 'csp-violation' && typeof entry.body === 'object' && entry.body !== null,
      )
      .slice(0, 3)
      .map((entry) => cspReport(entry.body, entry.url));
  }
  if (type !== 'application/json' && type !== 'text/plain') return null;
  const raw = body as Record<string, unknown>;
  const message = text(raw['message']);
  if (raw['kind'] !== 'error' || !message) return null;
  const report: ClientReport = { kind: 'error', message: cleanText(message, MAX_MESSAGE) };
  const id = text(raw['id']);
  const stack = text(raw['stack']);
  const page = text(raw['page']);
  const file = text(raw['file']);
  const line = whole(raw['line']);
  const column = whole(raw['column']);
  if (id && /^[A-Za-z0-9]{8,32}$/.test(id)) report.id = id;
  if (stack) report.stack = cleanStack(stack);
  if (page) report.page = cleanUrl(page);
  if (file) report.file = cleanUrl(file);
  if (line !== undefined) report.line = line;
  if (column !== undefined) report.column = column;
  return [report];
}

/**
 * The structured entry Error Reporting groups: a ReportedErrorEvent whose message is a V8 stack
 * when the browser gave one, and a report location otherwise (a message without a stack needs
 * one to be picked up).
 */
export function errorEvent(report: ClientReport): {
  message: string;
  entry: Record<string, unknown>;
} {
  const header = report.message;
  const message = report.stack
    ? report.stack.startsWith(header.slice(0, 40))
      ? report.stack
      : `${header}\n${report.stack}`
    : header;
  const context: Record<string, unknown> = {
    reportLocation: {
      filePath: report.file ?? report.page ?? 'unknown',
      lineNumber: report.line ?? 0,
      functionName: report.kind === 'csp' ? 'Content-Security-Policy' : 'browser',
    },
  };
  if (report.page) context['httpRequest'] = { url: report.page };
  return {
    message,
    entry: {
      '@type': REPORTED_ERROR_EVENT,
      serviceContext: { service: 'portal-web' },
      context,
      kind: report.kind,
    },
  };
}

// Per-browser counts live in this instance's memory for the current minute only: they are keyed
// by a salted hash of the address the request came from, which is personal data and so is never
// written anywhere. A browser that spoofs its forwarded address escapes this limit but not the
// global one, which is kept in Firestore so it holds across instances.
const salt = createHash('sha256').update(`${process.pid}:${Date.now()}:${Math.random()}`).digest();
let clientMinute = '';
const perClient = new Map<string, number>();

export const clientKey = (address: string) =>
  createHash('sha256').update(salt).update(address).digest('hex').slice(0, 16);

const minuteOf = (now: Date) => now.toISOString().slice(0, 16);

function withinClientLimit(key: string, now: Date): boolean {
  const minute = minuteOf(now);
  if (minute !== clientMinute) {
    clientMinute = minute;
    perClient.clear();
  }
  const sent = (perClient.get(key) ?? 0) + 1;
  perClient.set(key, sent);
  return sent <= PER_CLIENT_PER_MINUTE;
}

/** A report's identity: the reporter's own id, or (for browsers' CSP reports) what it says. */
const reportId = (report: ClientReport) =>
  report.id ??
  createHash('sha256')
    .update(JSON.stringify([report.message, report.page, report.file, report.line]))
    .digest('hex')
    .slice(0, 16);

/**
 * Counts the report in its day's document and says whether to log it. The document also holds
 * this minute's count and the ids seen in it, so a report sent twice is counted once and the
 * minute's cap bounds both the writes and the log lines.
 */
async function countReport(db: Firestore, report: ClientReport, now: Date): Promise<Outcome> {
  const day = todayIso(now);
  const minute = minuteOf(now);
  const id = reportId(report);
  const ref = db.collection(CLIENT_ERROR_COUNTS).doc(day);
  return db.runTransaction(async (transaction) => {
    const snapshot = await transaction.get(ref);
    const sameMinute = snapshot.get('minute') === minute;
    const ids: string[] = sameMinute ? ((snapshot.get('minuteIds') as string[]) ?? []) : [];
    if (ids.includes(id)) return 'duplicate';
    if (ids.length >= GLOBAL_PER_MINUTE) return 'global-limit';
    transaction.set(
      ref,
      {
        day,
        [report.kind === 'csp' ? 'cspViolations' : 'errors']: FieldValue.increment(1),
        minute,
        minuteIds: [...ids, id],
        updatedAt: FieldValue.serverTimestamp(),
      },
      { merge: true },
    );
    return 'logged';
  });
}

/** Rate-limits, counts and logs each report of one request; says what became of each. */
export async function handleClientReports(
  deps: ReportDeps,
  client: string,
  reports: ClientReport[],
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const report of reports) {
    if (!withinClientLimit(client, deps.now)) {
      outcomes.push('client-limit');
      continue;
    }
    const outcome = await countReport(deps.db, report, deps.now);
    if (outcome === 'logged') {
      const { message, entry } = errorEvent(report);
      deps.log(message, entry);
    }
    outcomes.push(outcome);
  }
  return outcomes;
}

type ReportRequest = {
  method: string;
  ip?: string | undefined;
  rawBody?: Buffer;
  get: (header: string) => string | undefined;
};
type ReportResponse = {
  status: (code: number) => ReportResponse;
  set: (header: string, value: string) => ReportResponse;
  send: (body: string) => unknown;
  end: () => unknown;
};

/**
 * The HTTP side of `clientErrors`. A report that is well formed is answered 204 whether it was
 * logged, a duplicate or over a limit: a browser cannot act on a refusal, and a 429 would itself
 * show in the console as one more error.
 */
export async function answerClientReports(
  deps: Omit<ReportDeps, 'now'>,
  request: ReportRequest,
  response: ReportResponse,
): Promise<void> {
  if (request.method !== 'POST') {
    response.status(405).set('Allow', 'POST').send('Send reports with POST.');
    return;
  }
  const raw = request.rawBody;
  if (raw && raw.length > MAX_BODY_BYTES) {
    response.status(413).send('That report is too long.');
    return;
  }
  let body: unknown;
  try {
    body = JSON.parse(raw?.toString('utf8') ?? '');
  } catch {
    body = null;
  }
  const reports = parseReports(request.get('content-type') ?? '', body);
  if (!reports) {
    response.status(400).send('That is not an error or CSP report.');
    return;
  }
  // With the proxy trusted, ip is the browser's forwarded address; it only ever becomes a key.
  await handleClientReports({ ...deps, now: new Date() }, clientKey(request.ip ?? ''), reports);
  response.status(204).end();
}
