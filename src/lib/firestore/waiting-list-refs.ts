import { z } from 'zod/mini';
import { zodConverter } from './converters';
import { collectionAt, docAt, orderBy, queryOf } from './ref-spec';
import { anyText, text, timestamp } from './schemas';

// Kept apart from schemas.ts and refs.ts so only the people page loads them.

/** One person waiting for a seat, written by the importPeople and offerSeat functions alone. */
export const waitingEntrySchema = z.object({
  email: text(3, 254),
  name: z.optional(anyText(120)),
  organisation: z.optional(anyText(160)),
  jobTitle: z.optional(anyText(160)),
  position: z.int(),
  addedAt: timestamp,
  offeredAt: z.optional(timestamp),
  offerExpiresAt: z.optional(timestamp),
});
export type WaitingEntry = z.output<typeof waitingEntrySchema>;

const waitingEntry = zodConverter(waitingEntrySchema);

/** The cohort's waiting list in the order people were added; its staff alone may list it. */
export const waitingListQuery = (cohortId: string) =>
  queryOf(collectionAt(waitingEntry, 'cohorts', cohortId, 'waitingList'), orderBy('position'));

/** A person's own place on a cohort's waiting list, by their verified address. */
export const waitingPlaceDoc = (cohortId: string, email: string) =>
  docAt(waitingEntry, 'cohorts', cohortId, 'waitingList', email.toLowerCase());
