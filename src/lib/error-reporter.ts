// Errors in people's browsers reach the programme's logs through the clientErrors function
// (/api/clientErrors, decision 0018). A few lines, loaded with the app shell: it must not weigh on
// the dashboard, and it must never make things worse, so it sends at most a handful of reports a
// page, each once, without waiting for an answer.

export const REPORT_ENDPOINT = '/api/clientErrors';
export const MAX_REPORTS_PER_PAGE = 5;
const MAX_MESSAGE = 500;
const MAX_STACK = 4_000;

type Where = { file?: string; line?: number; column?: number };
export type SendReport = (body: string) => void;

// keepalive lets a report leave as the page unloads; the answer is never awaited or shown.
const sendWithKeepalive: SendReport = (body) => {
  fetch(REPORT_ENDPOINT, {
    method: 'POST',
    keepalive: true,
    headers: { 'Content-Type': 'application/json' },
    body,
  }).catch(() => undefined);
};

const randomId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    byte.toString(36).padStart(2, '0'),
  ).join('');

function describe(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) {
    const message = `${error.name}: ${error.message}`;
    return error.stack ? { message, stack: error.stack } : { message };
  }
  return { message: `Non-error thrown: ${String(error)}` };
}

export function createErrorReporter(send: SendReport = sendWithKeepalive) {
  const seen = new Set<string>();
  return (error: unknown, where: Where = {}) => {
    if (seen.size >= MAX_REPORTS_PER_PAGE) return;
    const { message, stack } = describe(error);
    // Another browser's script, hidden from us by the same-origin policy: nothing to act on.
    if (message === 'Non-error thrown: Script error.') return;
    const key = `${message}\n${stack?.split('\n')[1] ?? where.file ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    send(
      JSON.stringify({
        kind: 'error',
        id: randomId(),
        message: message.slice(0, MAX_MESSAGE),
        ...(stack ? { stack: stack.slice(0, MAX_STACK) } : {}),
        // The address without its query or fragment; the function strips the ids in the path.
        page: `${window.location.origin}${window.location.pathname}`,
        ...where,
      }),
    );
  };
}

let report: ReturnType<typeof createErrorReporter> | undefined;

/** Reports an error the app caught and showed (a route's error page) rather than one thrown. */
export function reportError(error: unknown) {
  report?.(error);
}

/** Listens for uncaught errors and rejected promises; called once at start-up. */
export function startErrorReporting(target: Window = window, send?: SendReport) {
  report = createErrorReporter(send);
  const reporter = report;
  target.addEventListener('error', (event) => {
    reporter(event.error ?? event.message, {
      ...(event.filename ? { file: event.filename } : {}),
      ...(event.lineno ? { line: event.lineno } : {}),
      ...(event.colno ? { column: event.colno } : {}),
    });
  });
  target.addEventListener('unhandledrejection', (event) => reporter(event.reason));
}
