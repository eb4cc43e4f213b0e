import { z } from 'zod/mini';
import { isoDate, text, timestamp } from './firestore/schemas';

// A deferral moves a participant to a later cohort of the same programme, with their agreement
// (decision 0032). The screen on /admin, the function that does it and the facilitators' People
// page read the same shapes from here.

export const agreementMethods: Record<AgreementMethod, string> = {
  email: 'By email',
  phone: 'On the phone',
  meeting: 'In a meeting',
  letter: 'By letter',
};

export const AGREEMENT_NOTE_MAX = 300;

const agreementMethod = z.enum(['email', 'phone', 'meeting', 'letter']);

export const deferralRequestSchema = z.object({
  uid: text(1, 128),
  fromCohortId: text(1, 128),
  toCohortId: text(1, 128),
  agreementMethod,
  agreedOn: isoDate,
  agreementNote: text(0, AGREEMENT_NOTE_MAX),
});
export type DeferralRequest = z.infer<typeof deferralRequestSchema>;
export type AgreementMethod = DeferralRequest['agreementMethod'];

/** What both cohorts keep under deferrals/{fromCohortId}__{uid}: who moved, where, on whose word. */
export const deferralSchema = z.object({
  uid: text(1, 128),
  displayName: text(1, 120),
  fromCohortId: text(1, 128),
  fromCohortName: text(1, 120),
  toCohortId: text(1, 128),
  toCohortName: text(1, 120),
  agreementMethod,
  agreedOn: isoDate,
  agreementNote: text(0, AGREEMENT_NOTE_MAX),
  deferredBy: text(1, 200),
  deferredAt: timestamp,
});
export type Deferral = z.infer<typeof deferralSchema>;

/** One id per person and cohort they left, so a retried deferral finds its own record. */
export const deferralId = (fromCohortId: string, uid: string) => `${fromCohortId}__${uid}`;
