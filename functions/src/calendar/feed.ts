import { createHash } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import { addDaysIso } from '@/lib/dates';
import { ownerOfToken } from './address';
import { syncCalendarLedger, type LedgerEvent } from './ledger';

const DOMAIN = 'collaborative-leadership-portal';

/**
 * An hour (decision 0034): a session moved on the morning reaches any app that honours it the
 * same day, and each recheck after that costs a 304. Outlook and Google poll on their own
 * schedules whatever this says. `private` keeps the Hosting CDN from holding a copy that would
 * outlive a revoked address or a person's removal.
 */
export const FEED_CACHE_CONTROL = 'private, max-age=3600';
const REFRESH = 'PT1H';

// Europe/London since 1996 (the EU rule); every module date falls under it.
const LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const escapeText = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 folding: lines of at most 75 octets, never splitting a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = Buffer.byteLength(char);
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');
const localTime = (date: string, clock: string) => `${basicDate(date)}T${clock.replace(':', '')}00`;
const utcStamp = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

function eventLines(cohortId: string, event: LedgerEvent): string[] {
  const timed = event.start !== undefined && event.end !== undefined;
  return [
    'BEGIN:VEVENT',
    `UID:${cohortId}-${event.key}@${DOMAIN}`,
    `DTSTAMP:${utcStamp(event.changedAt)}`,
    `LAST-MODIFIED:${utcStamp(event.changedAt)}`,
    `SEQUENCE:${event.sequence}`,
    ...(timed
      ? [
          `DTSTART;TZID=Europe/London:${localTime(event.date, event.start ?? '')}`,
          `DTEND;TZID=Europe/London:${localTime(event.date, event.end ?? '')}`,
        ]
      : [
          `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
          `DTEND;VALUE=DATE:${basicDate(addDaysIso(event.date, 1))}`,
        ]),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `STATUS:${event.cancelledAt ? 'CANCELLED' : 'CONFIRMED'}`,
    // A module day is a banner over its sessions; the sessions and the call hold the time.
    `TRANSP:${timed && !event.cancelledAt ? 'OPAQUE' : 'TRANSPARENT'}`,
    'END:VEVENT',
  ];
}

const order = (a: LedgerEvent, b: LedgerEvent) =>
  a.date.localeCompare(b.date) ||
  (a.start ?? '').localeCompare(b.start ?? '') ||
  a.key.localeCompare(b.key);

/** The calendar of one person's cohorts: every module day and session, and their own call only. */
export function renderCalendar(cohorts: { cohortId: string; events: LedgerEvent[] }[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${DOMAIN}//calendar feed//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Collaborative leadership programme',
    'X-WR-TIMEZONE:Europe/London',
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
    ...LONDON,
    ...cohorts.flatMap(({ cohortId, events }) =>
      [...events].sort(order).flatMap((event) => eventLines(cohortId, event)),
    ),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

export type FeedRequest = { path: string; ifNoneMatch: string | undefined };
export type FeedResponse = { status: number; headers: Record<string, string>; body: string };

const NOT_FOUND: FeedResponse = { status: 404, headers: { 'Cache-Control': 'no-store' }, body: '' };

/** The token from `/calendar/<token>.ics`, however much of a path precedes it. */
export const tokenInPath = (path: string) => /\/calendar\/([^/]+)\.ics$/.exec(path)?.[1] ?? '';

/**
 * The feed a token opens. An unknown or revoked token gets a bare 404, the same for both. Someone
 * no longer in any cohort gets a valid, empty calendar, so apps clear what they had. A 304 is
 * answered on a matching ETag only: leaving a cohort shortens the feed without making anything
 * in it newer, so Last-Modified alone cannot tell an app that nothing changed.
 */
export async function answerCalendarFeed(
  db: Firestore,
  request: FeedRequest,
  now: Date,
): Promise<FeedResponse> {
  const uid = await ownerOfToken(db, tokenInPath(request.path));
  if (!uid) return NOT_FOUND;
  const memberships = await db.collectionGroup('members').where('uid', '==', uid).get();
  const cohortIds = memberships.docs
    .map((doc) => doc.ref.parent.parent?.id)
    .filter((id): id is string => id !== undefined)
    .sort();
  const cohorts = await Promise.all(
    cohortIds.map(async (cohortId) => ({
      cohortId,
      events: (await syncCalendarLedger(db, cohortId, now)).filter(
        (event) => event.uid === undefined || event.uid === uid,
      ),
    })),
  );
  const body = renderCalendar(cohorts);
  const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  const newest = Math.max(0, ...cohorts.flatMap((c) => c.events.map((e) => e.changedAt.getTime())));
  const headers: Record<string, string> = {
    'Cache-Control': FEED_CACHE_CONTROL,
    ETag: etag,
    ...(newest > 0 ? { 'Last-Modified': new Date(newest).toUTCString() } : {}),
  };
  const matches = (request.ifNoneMatch ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .includes(etag);
  if (matches) return { status: 304, headers, body: '' };
  return {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="collaborative-leadership.ics"',
    },
    body,
  };
}
