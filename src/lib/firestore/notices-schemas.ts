import { z } from 'zod/mini';
import { anyText, text, timestamp } from './schemas';

// Kept apart from schemas.ts so only the pages about removal and privacy load them.

/** A participant's removal from a cohort, written by removeParticipant (decision 0027). */
export const departureSchema = z.object({
  uid: text(1, 128),
  cohortId: text(1, 128),
  cohortName: text(1, 120),
  displayName: anyText(120),
  endedAt: timestamp,
  accessEndsAt: timestamp,
});
export type Departure = z.output<typeof departureSchema>;

/** Who answers for people's data, as the programme team filled it in on /admin. */
export const privacySettingsSchema = z.object({
  controllerName: text(1, 200),
  contactEmail: text(3, 254),
  dpoContact: anyText(300),
  updatedBy: text(1, 128),
  updatedAt: timestamp,
});
export type PrivacySettings = z.output<typeof privacySettingsSchema>;

/** Only the part of the retention settings the privacy notice states. */
export const retentionSettingsSchema = z.object({
  cohortMonthsAfterEnd: z.int().check(z.minimum(1), z.maximum(120)),
});

/** Only the part of a person's profile that says which privacy notice they were last shown. */
export const noticeSeenSchema = z.object({
  privacyNoticeVersion: z.optional(z.int()),
});
