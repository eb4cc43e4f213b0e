import type { Timestamp } from 'firebase-admin/firestore';

// A document whose creation time is not about now was imported or restored (the demo seed and
// tests write backdated or future-dated announcements and replies): nobody should be emailed
// about it as news. Clients always write the server's time, so real news falls inside the window.
const NEWS_WINDOW_MS = 60 * 60_000;
const CLOCK_SKEW_MS = 5 * 60_000;

/** A timestamp field of a trigger's document, as a Date. */
export function timeOf(value: unknown): Date {
  return (value as Timestamp).toDate();
}

export function isNews(createdAt: unknown, now: Date): boolean {
  const millis = (createdAt as Timestamp | undefined)?.toMillis?.();
  if (millis === undefined) return false;
  const age = now.getTime() - millis;
  return age < NEWS_WINDOW_MS && age > -CLOCK_SKEW_MS;
}
