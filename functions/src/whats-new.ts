import { Timestamp } from 'firebase-admin/firestore';
import type { WhatsNewItem } from '@/lib/firestore/schemas';
import type { Services } from './services';

/** How many items each person's list keeps: enough for a fortnight away, and one small read. */
export const WHATS_NEW_LIMIT = 20;

export type NewsItem = Omit<WhatsNewItem, 'at'> & { at: Date };

/**
 * Puts an item at the top of each person's "what's new" in the cohort. An item with the same id
 * (the same announcement, material or module) replaces the older one, so a redelivered trigger
 * or a second edit never lists a thing twice.
 */
export async function recordNews(
  services: Services,
  cohortId: string,
  uids: string[],
  item: NewsItem,
): Promise<void> {
  const entry = { ...item, at: Timestamp.fromDate(item.at) };
  await Promise.all(
    uids.map((uid) =>
      services.db.runTransaction(async (transaction) => {
        const ref = services.db.doc(`cohorts/${cohortId}/whatsNew/${uid}`);
        const items = ((await transaction.get(ref)).get('items') ?? []) as (typeof entry)[];
        const next = [entry, ...items.filter((existing) => existing.id !== entry.id)].slice(
          0,
          WHATS_NEW_LIMIT,
        );
        transaction.set(ref, { items: next }, { merge: true });
      }),
    ),
  );
}
