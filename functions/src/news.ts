import type { Timestamp } from 'firebase-admin/firestore';

// A document whose creation time is well in the past was imported or restored (the demo seed
// writes backdated announcements and replies): nobody should be emailed about it as news.
const NEWS_WINDOW_MS = 60 * 60_000;

export function isNews(createdAt: unknown, now: Date): boolean {
  const millis = (createdAt as Timestamp | undefined)?.toMillis?.();
  return millis !== undefined && now.getTime() - millis < NEWS_WINDOW_MS;
}
