// @vitest-environment node
import { describe, expect, it } from 'vitest';

// Each deployed function can read only the secrets it declares, so a leak or a bug in one cannot
// send mail as the portal or forge unsubscribe links unless it is one that must. This reads the
// definitions firebase-functions builds for the deploy, so a new function must be placed here.
const exported = (await import('../../functions/src/index')) as Record<
  string,
  { __endpoint?: { secretEnvironmentVariables?: { key: string }[] } }
>;

const SENDS = ['SMTP_URL'];
const SIGNS_LINKS = ['MAIL_LINK_SECRET'];
const SENDS_SIGNED_LINKS = ['SMTP_URL', 'MAIL_LINK_SECRET'];
const expected: Record<string, string[]> = {
  // Invitations go to people with no account yet: nothing to unsubscribe from, but the sign-up
  // link is signed so the page can name the cohort to the invitee alone.
  invitationEmail: SENDS_SIGNED_LINKS,
  invitationPreview: SIGNS_LINKS,
  announcementEmail: SENDS_SIGNED_LINKS,
  timetableChangeEmail: SENDS_SIGNED_LINKS,
  departureEmail: SENDS,
  dailyEmails: SENDS_SIGNED_LINKS,
  replyDigests: SENDS_SIGNED_LINKS,
  unsubscribe: SIGNS_LINKS,
  // These write documents; the triggers above send what follows from them.
  replyEmail: [],
  inviteParticipants: [],
  importPeople: [],
  offerSeat: [],
  offerSettled: [],
  programmeTeam: [],
  eraseParticipant: [],
  deferParticipant: [],
  confirmCompletion: [],
  withdrawCompletion: [],
  newCohortFrom: [],
  materialNews: [],
  feedbackSummary: [],
  auditRetention: [],
  staffAction: [],
  clientErrors: [],
  requestVerificationEmail: SENDS,
  requestPasswordReset: SENDS,
  requestSignInLink: SENDS,
  // Auth's check before it saves a new account: it reads only the event.
  beforeAccountCreated: [],
  withdrawInvitation: [],
  removeParticipant: [],
  nameChange: [],
  retentionPlan: [],
  retentionSettingsAudit: [],
  programmeEnd: [],
  // The calendar feed and its address hold no secret: the token's hash is in Firestore.
  calendarFeed: [],
  calendarAddress: [],
  calendarLedgerOfModules: [],
  calendarLedgerOfCalls: [],
  fileUploadUrl: [],
  confirmFileUpload: [],
  removeAttachedFile: [],
  fileDownloadUrl: [],
  materialFilesCleanup: [],
  announcementFilesCleanup: [],
};

const functions = Object.entries(exported).filter(([, value]) => value.__endpoint);

describe('secrets per function', () => {
  it('reads the functions the deploy would create', () => {
    expect(functions.length).toBeGreaterThanOrEqual(10);
  });

  it.each(functions)('%s has only the secrets it uses', (name, fn) => {
    const secrets = (fn.__endpoint?.secretEnvironmentVariables ?? []).map((s) => s.key).sort();
    expect(expected[name], `say in this test which secrets ${name} needs`).toBeDefined();
    expect(secrets).toEqual([...(expected[name] ?? [])].sort());
  });

  it('lists no function that is gone', () => {
    const names = functions.map(([name]) => name);
    expect(Object.keys(expected).filter((name) => !names.includes(name))).toEqual([]);
  });
});
