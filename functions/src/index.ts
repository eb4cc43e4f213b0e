// Cloud Functions for the portal: the emails that reach people between modules.
// Each trigger's work lives in a plain function of its inputs (emails/, jobs/), so tests and
// `npm run reminders` drive the same code the triggers and schedules run.
import type { SecretParam } from 'firebase-functions/params';
import type { Timestamp } from 'firebase-admin/firestore';
import { setGlobalOptions } from 'firebase-functions/v2';
import {
  onDocumentCreated,
  onDocumentDeleted,
  onDocumentUpdated,
  onDocumentWritten,
} from 'firebase-functions/v2/firestore';
import { describeChanges } from './emails/timetable-change';
import { HttpsError, onCall, onRequest } from 'firebase-functions/v2/https';
import { beforeUserCreated } from 'firebase-functions/v2/identity';
import { logger } from 'firebase-functions/v2';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import {
  InviteRefused,
  inviteParticipants as invite,
  MAX_ADDRESSES,
} from './callable/invite-participants';
import {
  importPeople as importFromFile,
  offerSeat as offerFromWaitingList,
  readRows,
  settleOffer,
} from './callable/waiting-list';
import { eraseFromScreen, ErasureRefused } from './callable/erase-participant';
import { DeferralRefused, deferParticipant as defer } from './callable/defer-participant';
import {
  CompletionRefused,
  confirmCompletion as confirmFromAttendance,
  parseCompletionRequest,
  withdrawCompletion as withdrawConfirmation,
} from './callable/confirm-completion';
import { deferralRequestSchema } from '@/lib/deferral';
import { previewInvitation } from './callable/invitation-preview';
import {
  AccountEmailRefused,
  sendPasswordReset,
  sendSignInLink,
  sendVerificationEmail,
} from './emails/account-action';
import {
  removeParticipant as removeFromCohort,
  SeatChangeRefused,
  withdrawInvitation as withdraw,
} from './callable/seats';
import { listProgrammeTeam, setProgrammeTeam, TeamChangeRefused } from './callable/programme-team';
import { RECENT_SIGN_IN_REQUIRED, signedInRecently } from './callable/recent-sign-in';
import { answerNoSoonerThan, STEADY_ANSWER_MS } from './callable/steady-answer';
import { refusesAccountCreation, SIGN_UP_BY_LINK_REFUSED } from './identity/account-creation';
import { SECOND_FACTOR_REQUIRED, signedInWithSecondFactor } from './callable/second-factor';
import { parseStaffAction, runStaffAction, StaffActionRefused } from './callable/staff-actions';
import { makeCohortFrom, NewCohortRefused, parseNewCohortRequest } from './callable/new-cohort';
import { mailFrom, mailLinkSecret, portalUrl, REGION, smtpUrl } from './config';
import { parseModule } from './cohort-data';
import { deleteExpiredAuditRecords } from './audit/retention';
import { planCohortRetention } from './retention/cohort-retention';
import { recordRetentionChange } from './retention/settings-audit';
import { noteFeedbackGiven, publishFeedback } from './feedback/summary';
import { sendAnnouncement } from './emails/announcement';
import { sendDepartureNotice } from './emails/departure';
import { sendInvitation } from './emails/invitation';
import { queueReply, readRepliedEntry, sendDueReplyDigests } from './emails/reply-digest';
import { sendTimetableChange } from './emails/timetable-change';
import { handleUnsubscribe } from './http/unsubscribe';
import { answerClientReports } from './http/client-errors';
import { addressStatus, makeAddress, revokeAddress } from './calendar/address';
import { answerCalendarFeed } from './calendar/feed';
import { syncCalendarLedger } from './calendar/ledger';
import { runDailyJobs } from './jobs/daily';
import { retryDueMail } from './mail/ledger';
import { adminAuth, adminDb } from './admin';
import { spreadName } from './names';
import { alignProgrammeEnd, concernsProgrammeEnd } from './programme-end';
import { isNews, timeOf } from './news';
import { cohortMembers } from './recipients';
import { makeServices, type Services } from './services';
import { recordNews } from './whats-new';
import {
  confirmUpload,
  deleteFilesOf,
  FileRefused,
  issueDownloadUrl,
  issueUploadUrl,
  parseFileRequest,
  removeFile,
  type FileRequest,
} from './files/attachments';

setGlobalOptions({ region: REGION, maxInstances: 5 });

// Each function is given only the secrets it uses (tests/unit/function-secrets.test.ts): those
// that send email the SMTP server, those that put or check an unsubscribe link the signing key.
type Secrets = SecretParam[];
const sends: Secrets = [smtpUrl];
const signsLinks: Secrets = [mailLinkSecret];
const sendsSignedLinks: Secrets = [smtpUrl, mailLinkSecret];
const services = (secrets: Secrets = []) =>
  makeServices({
    ...(secrets.includes(smtpUrl) ? { smtpUrl: smtpUrl.value() } : {}),
    ...(secrets.includes(mailLinkSecret) ? { linkSecret: mailLinkSecret.value() } : {}),
    portalUrl: portalUrl.value(),
    from: mailFrom.value(),
  });

// Its sign-up link is signed, so the sign-up page can name the cohort (callable/invitation-preview.ts).
export const invitationEmail = onDocumentWritten(
  { document: 'cohorts/{cohortId}/invitations/{email}', secrets: sendsSignedLinks },
  async (event) => {
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (!after) return;
    const { cohortId, email } = event.params;
    if (!before) {
      // Named by when it was made: the same address invited again later (after a withdrawal, or
      // offered a seat from the waiting list) is a new invitation, and the ledger never forgets.
      const made = after['createdAt'] as Timestamp | undefined;
      await sendInvitation(
        services(sendsSignedLinks),
        cohortId,
        email,
        made ? `first-${made.toMillis()}` : 'first',
      );
      return;
    }
    const asked = after['resendRequestedAt'];
    if (asked && !asked.isEqual(before['resendRequestedAt'] ?? null)) {
      await sendInvitation(
        services(sendsSignedLinks),
        cohortId,
        email,
        `resend-${asked.toMillis()}`,
      );
    }
  },
);

export const departureEmail = onDocumentCreated(
  { document: 'departures/{departureId}', secrets: sends },
  async (event) => {
    await sendDepartureNotice(services(sends), event.params.departureId);
  },
);

export const replyEmail = onDocumentCreated(
  { document: 'cohorts/{cohortId}/journal/{entryId}/comments/{commentId}' },
  async (event) => {
    const reply = event.data?.data();
    if (!reply || !isNews(reply['createdAt'], new Date())) return;
    const running = services();
    const { cohortId, entryId } = event.params;
    const entry = await readRepliedEntry(running, cohortId, entryId);
    if (!entry || entry.authorUid === reply['authorUid']) return;
    await recordNews(running, cohortId, [entry.authorUid], {
      id: `reply:${event.params.commentId}`,
      kind: 'reply',
      title: `${reply['authorName'] as string} replied to your reflection`,
      path: `/cohorts/${cohortId}/journal/${entryId}`,
      at: timeOf(reply['createdAt']),
    });
    await queueReply(running, event.params, entry, {
      authorUid: reply['authorUid'] as string,
      authorName: reply['authorName'] as string,
    });
  },
);

export const announcementEmail = onDocumentCreated(
  { document: 'cohorts/{cohortId}/announcements/{announcementId}', secrets: sendsSignedLinks },
  async (event) => {
    const announcement = event.data?.data();
    if (!announcement || !isNews(announcement['createdAt'], new Date())) return;
    const running = services(sendsSignedLinks);
    const { cohortId, announcementId } = event.params;
    const members = await cohortMembers(running, cohortId);
    const others = members.map((m) => m.uid).filter((uid) => uid !== announcement['authorUid']);
    await recordNews(running, cohortId, others, {
      id: `announcement:${announcementId}`,
      kind: 'announcement',
      title: announcement['title'] as string,
      path: `/cohorts/${cohortId}`,
      at: timeOf(announcement['createdAt']),
    });
    await sendAnnouncement(
      running,
      cohortId,
      announcementId,
      {
        title: announcement['title'] as string,
        body: announcement['body'] as string,
        authorUid: announcement['authorUid'] as string,
        authorName: announcement['authorName'] as string,
        emailText: announcement['emailText'] === true,
      },
      members,
    );
  },
);

export const timetableChangeEmail = onDocumentUpdated(
  { document: 'cohorts/{cohortId}/modules/{moduleId}', secrets: sendsSignedLinks },
  async (event) => {
    const { moduleId, cohortId } = event.params;
    const before = parseModule(moduleId, event.data?.before.data());
    const after = parseModule(moduleId, event.data?.after.data());
    if (
      !before ||
      !after ||
      !after.changedAt ||
      !isNews(event.data?.after.get('changedAt'), new Date())
    )
      return;
    // Only changes someone coming needs to know (dates, venue, joining details, sessions).
    if (describeChanges(before, after).length === 0) return;
    const running = services(sendsSignedLinks);
    const members = await cohortMembers(running, cohortId);
    await recordNews(
      running,
      cohortId,
      members.map((m) => m.uid),
      {
        id: `session:${moduleId}`,
        kind: 'session',
        title: `Module ${after.number} has changed: ${after.title}`,
        path: `/cohorts/${cohortId}/timetable`,
        at: after.changedAt,
      },
    );
    await sendTimetableChange(running, cohortId, before, after, members);
  },
);

// A failed morning run is tried again within the hour; a run that never happened is made up by the
// next morning's (reminders are due over a window). Both are safe because every send is claimed
// in the ledger first. The timeout stays within the 540 s every trigger kind accepts.
export const dailyEmails = onSchedule(
  {
    schedule: 'every day 07:00',
    timeZone: 'Europe/London',
    secrets: sendsSignedLinks,
    timeoutSeconds: 540,
    retryCount: 3,
    minBackoffSeconds: 600,
    maxBackoffSeconds: 1800,
    maxRetrySeconds: 3 * 3600,
  },
  async () => {
    await runDailyJobs(services(sendsSignedLinks));
  },
);

// One retry a few minutes on; after that the next quarter-hour run picks up what is still owed.
export const replyDigests = onSchedule(
  {
    schedule: 'every 15 minutes',
    timeZone: 'Europe/London',
    secrets: sendsSignedLinks,
    timeoutSeconds: 300,
    retryCount: 1,
    minBackoffSeconds: 120,
    maxRetrySeconds: 600,
  },
  async () => {
    const running = services(sendsSignedLinks);
    await sendDueReplyDigests(running);
    await retryDueMail(running);
  },
);

/** Deletes audit records older than the retention period the programme team set on /admin. */
export const auditRetention = onSchedule(
  { schedule: 'every day 03:00', timeZone: 'Europe/London' },
  async () => {
    await deleteExpiredAuditRecords({ db: adminDb(), now: () => new Date() });
  },
);

export const unsubscribe = onRequest(
  { secrets: signsLinks, cors: false },
  async (request, response) => {
    const token = String(request.query['t'] ?? request.body?.['t'] ?? '');
    const method = request.method === 'POST' ? 'POST' : 'GET';
    if (request.method !== 'GET' && request.method !== 'POST') {
      response.status(405).set('Allow', 'GET, POST').send('Method not allowed');
      return;
    }
    const result = await handleUnsubscribe(services(signsLinks), { method, token });
    response
      .status(result.status)
      .set('Content-Type', 'text/html; charset=utf-8')
      .set('Cache-Control', 'no-store')
      .set('Referrer-Policy', 'no-referrer')
      .send(result.html);
  },
);

type CallerAuth = { uid: string; token: Record<string, unknown> };

/** The admin claim on an account whose address is confirmed: on the team, powers or not. */
const holdsProgrammeTeamClaim = (auth: CallerAuth | undefined): auth is CallerAuth =>
  auth?.token['admin'] === true && auth.token['email_verified'] === true;

/** The programme team's powers also need this sign-in to have passed the texted code. */
const isProgrammeTeam = (auth: CallerAuth | undefined): auth is CallerAuth =>
  holdsProgrammeTeamClaim(auth) && signedInWithSecondFactor(auth.token);

/**
 * Who the audit log names: the staff member's uid, their name as their account has it (which they
 * can change) and the address their sign-in confirmed (which they cannot, unconfirmed).
 */
const actorOf = (auth: CallerAuth) => ({
  uid: auth.uid,
  label: String(auth.token['name'] ?? auth.token['email'] ?? auth.uid),
  ...(auth.token['email_verified'] === true && typeof auth.token['email'] === 'string'
    ? { email: auth.token['email'] }
    : {}),
});

function requireRecentSignIn(auth: CallerAuth) {
  if (!signedInRecently(auth.token['auth_time'], new Date())) {
    throw new HttpsError(
      'unauthenticated',
      'Enter your password again to confirm it is you before making this change.',
      { reason: RECENT_SIGN_IN_REQUIRED },
    );
  }
}

/**
 * Refuses anyone but the programme team, telling a member who signed in without their phone what
 * to do. An ID token lives for an hour, so for a change the account itself is asked too: a member
 * removed from the team in that hour has lost the claim there already.
 */
async function requireProgrammeTeam(
  auth: CallerAuth | undefined,
  refusal: string,
  { change }: { change: boolean },
): Promise<CallerAuth> {
  if (holdsProgrammeTeamClaim(auth) && !signedInWithSecondFactor(auth.token)) {
    throw new HttpsError(
      'unauthenticated',
      'Programme-team powers need a sign-in with the code texted to your phone. Set up your phone on the programme team page, or sign out and sign in again with your code.',
      { reason: SECOND_FACTOR_REQUIRED },
    );
  }
  if (!isProgrammeTeam(auth)) throw new HttpsError('permission-denied', refusal);
  if (change) {
    const { customClaims } = await adminAuth().getUser(auth.uid);
    if (customClaims?.['admin'] !== true) throw new HttpsError('permission-denied', refusal);
  }
  return auth;
}

/**
 * Browsers' error and CSP reports, to Cloud Logging and a daily count; needs no secrets. Written
 * with logger.write at ERROR severity: logger.error would swap the browser's stack for this
 * function's own, and Error Reporting would group every report under it.
 */
export const clientErrors = onRequest({ cors: false, maxInstances: 2 }, (request, response) =>
  answerClientReports(
    {
      db: adminDb(),
      log: (message, entry) => logger.write({ severity: 'ERROR', message, ...entry }),
    },
    request,
    response,
  ),
);

// Callables refuse a request without a valid App Check token (decision 0020); the HTTP
// function `unsubscribe` cannot ask for one, since it is opened from an email.
export const inviteParticipants = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to invite people.');
  const { cohortId, addresses } = (request.data ?? {}) as {
    cohortId?: unknown;
    addresses?: unknown;
  };
  if (
    typeof cohortId !== 'string' ||
    !Array.isArray(addresses) ||
    addresses.length > MAX_ADDRESSES ||
    !addresses.every((address) => typeof address === 'string')
  ) {
    throw new HttpsError(
      'invalid-argument',
      `Give a cohort and at most ${MAX_ADDRESSES} addresses.`,
    );
  }
  try {
    return await invite(
      services(),
      { uid: request.auth.uid, admin: await stillProgrammeTeam(request.auth) },
      cohortId,
      addresses as string[],
    );
  } catch (error) {
    if (error instanceof InviteRefused) throw new HttpsError('permission-denied', error.message);
    throw error;
  }
});

/**
 * People from a spreadsheet: with `send` false, what would happen to each row (the preview); with
 * `send` true, the invitations and the waiting list, each seat taken in its own transaction.
 */
export const importPeople = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to invite people.');
  const { cohortId, people, send } = (request.data ?? {}) as Record<string, unknown>;
  try {
    if (typeof cohortId !== 'string' || cohortId.includes('/') || typeof send !== 'boolean') {
      throw new InviteRefused('Say which cohort, and whether to send.');
    }
    return await importFromFile(
      services(),
      { uid: request.auth.uid, admin: await stillProgrammeTeam(request.auth) },
      cohortId,
      readRows(people),
      send,
    );
  } catch (error) {
    if (error instanceof InviteRefused) throw new HttpsError('permission-denied', error.message);
    throw error;
  }
});

/** One click offers a free seat to the first person waiting; the invitation email says until when. */
export const offerSeat = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to offer a seat.');
  const { cohortId, email } = (request.data ?? {}) as Record<string, unknown>;
  if (
    typeof cohortId !== 'string' ||
    typeof email !== 'string' ||
    cohortId.includes('/') ||
    email.includes('/') ||
    cohortId === '' ||
    email === ''
  ) {
    throw new HttpsError('invalid-argument', 'Say which cohort and whom to offer the seat to.');
  }
  try {
    return await offerFromWaitingList(services(), await seatCaller(request.auth), cohortId, email);
  } catch (error) {
    if (error instanceof InviteRefused) throw new HttpsError('permission-denied', error.message);
    throw error;
  }
});

/** An invitation used up or withdrawn settles its person's place on the waiting list. */
export const offerSettled = onDocumentDeleted(
  { document: 'cohorts/{cohortId}/invitations/{email}' },
  async (event) => {
    await settleOffer(services(), event.params.cohortId, event.params.email);
  },
);

/**
 * A person's new name reaches their memberships, network profile and what they wrote; a new
 * organisation or job title reaches their memberships, which the people lists read.
 */
export const nameChange = onDocumentUpdated({ document: 'users/{uid}' }, async (event) => {
  const shown = ['displayName', 'organisation', 'jobTitle'];
  if (shown.every((field) => event.data?.before.get(field) === event.data?.after.get(field)))
    return;
  await spreadName(adminDb(), event.params.uid);
});

/**
 * Open to anyone, as the invitee has no account yet: with the signature from their invitation
 * email it says which cohort invited them and who did, and without it nothing at all.
 */
export const invitationPreview = onCall(
  { secrets: signsLinks, enforceAppCheck: true },
  async (request) => {
    const given = (request.data ?? {}) as Record<string, unknown>;
    const invitation = await previewInvitation(services(signsLinks), {
      cohortId: given['cohortId'],
      email: given['email'],
      signature: given['signature'],
    });
    return { invitation };
  },
);

/** Who holds a seat changes only here and in inviteParticipants, so the count never drifts. */
async function seatCaller(auth: CallerAuth) {
  return { ...actorOf(auth), admin: await stillProgrammeTeam(auth) };
}

/** The team's side of a seat change: the token's terms, and the account still on the team. */
async function stillProgrammeTeam(auth: CallerAuth): Promise<boolean> {
  if (!isProgrammeTeam(auth)) return false;
  const { customClaims } = await adminAuth().getUser(auth.uid);
  return customClaims?.['admin'] === true;
}

export const withdrawInvitation = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to withdraw an invitation.');
  const { cohortId, email } = (request.data ?? {}) as Record<string, unknown>;
  if (typeof cohortId !== 'string' || typeof email !== 'string') {
    throw new HttpsError('invalid-argument', 'Say which cohort and which invitation.');
  }
  try {
    return await withdraw(services(), await seatCaller(request.auth), cohortId, email);
  } catch (error) {
    if (error instanceof SeatChangeRefused)
      throw new HttpsError('permission-denied', error.message);
    throw error;
  }
});

export const removeParticipant = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to remove a participant.');
  const { cohortId, uid } = (request.data ?? {}) as Record<string, unknown>;
  if (typeof cohortId !== 'string' || typeof uid !== 'string') {
    throw new HttpsError('invalid-argument', 'Say which cohort and which participant.');
  }
  try {
    return await removeFromCohort(services(), await seatCaller(request.auth), cohortId, uid);
  } catch (error) {
    if (error instanceof SeatChangeRefused)
      throw new HttpsError('permission-denied', error.message);
    throw error;
  }
});

/** Who is on the programme team; with an email and `member`, grants or removes the admin claim. */
export const programmeTeam = onCall({ enforceAppCheck: true }, async (request) => {
  const { email, member } = (request.data ?? {}) as { email?: unknown; member?: unknown };
  const caller = await requireProgrammeTeam(
    request.auth,
    'Only the programme team can see or change it.',
    { change: email !== undefined },
  );
  if (email === undefined) return listProgrammeTeam(services());
  if (typeof email !== 'string' || typeof member !== 'boolean') {
    throw new HttpsError('invalid-argument', 'Give an email address and whether to add or remove.');
  }
  requireRecentSignIn(caller);
  try {
    return await setProgrammeTeam(services(), email, member, actorOf(caller));
  } catch (error) {
    if (error instanceof TeamChangeRefused)
      throw new HttpsError('failed-precondition', error.message);
    throw error;
  }
});

/**
 * The programme team archives and unarchives cohorts, appoints and removes facilitators, and hides
 * or shows network writing here rather than by client writes, so each is in the audit log.
 */
export const staffAction = onCall({ enforceAppCheck: true }, async (request) => {
  const caller = await requireProgrammeTeam(request.auth, 'Only the programme team can do this.', {
    change: true,
  });
  const action = parseStaffAction(request.data);
  if (!action) throw new HttpsError('invalid-argument', 'Say what to do, and to what.');
  try {
    await runStaffAction(services(), actorOf(caller), action);
    return { done: true };
  } catch (error) {
    if (error instanceof StaffActionRefused) {
      throw new HttpsError('failed-precondition', error.message);
    }
    throw error;
  }
});

/** "New cohort from…": another cohort's timetable, or the programme's outline, on new dates. */
export const newCohortFrom = onCall({ enforceAppCheck: true }, async (request) => {
  const caller = await requireProgrammeTeam(
    request.auth,
    'Only the programme team can make a cohort.',
    { change: true },
  );
  const parsed = parseNewCohortRequest(request.data);
  if (!parsed) {
    throw new HttpsError(
      'invalid-argument',
      'Say what to copy, the new cohort’s name and seats, and its new dates.',
    );
  }
  try {
    return await makeCohortFrom(services(), actorOf(caller), parsed);
  } catch (error) {
    if (error instanceof NewCohortRefused)
      throw new HttpsError('failed-precondition', error.message);
    throw error;
  }
});

/** Erasing a participant's data from a cohort: a dry run, then the erasure once confirmed. */
export const eraseParticipant = onCall({ enforceAppCheck: true }, async (request) => {
  const { cohortId, uid, confirmName } = (request.data ?? {}) as Record<string, unknown>;
  const caller = await requireProgrammeTeam(
    request.auth,
    'Only the programme team can erase data.',
    { change: confirmName !== undefined },
  );
  if (
    typeof cohortId !== 'string' ||
    typeof uid !== 'string' ||
    (confirmName !== undefined && typeof confirmName !== 'string')
  ) {
    throw new HttpsError('invalid-argument', 'Say which cohort and which person.');
  }
  if (confirmName !== undefined) requireRecentSignIn(caller);
  try {
    return await eraseFromScreen(services(), actorOf(caller), { cohortId, uid, confirmName });
  } catch (error) {
    if (error instanceof ErasureRefused) throw new HttpsError('failed-precondition', error.message);
    throw error;
  }
});

/**
 * Moves a participant to a later cohort of their programme, with the agreement the team member
 * typed; both cohorts' facilitators see the deferral record and it is in the audit log.
 */
export const deferParticipant = onCall({ enforceAppCheck: true }, async (request) => {
  const caller = await requireProgrammeTeam(
    request.auth,
    'Only the programme team can move someone to another cohort.',
    { change: true },
  );
  // It moves a person's journal and director-call notes: as weighty as an erasure.
  requireRecentSignIn(caller);
  const parsed = deferralRequestSchema.safeParse(request.data);
  if (!parsed.success) {
    throw new HttpsError(
      'invalid-argument',
      'Say who moves, from which cohort to which, and how and when they agreed.',
    );
  }
  try {
    return await defer(services(), actorOf(caller), parsed.data);
  } catch (error) {
    if (error instanceof DeferralRefused)
      throw new HttpsError('failed-precondition', error.message);
    throw error;
  }
});

/**
 * A facilitator confirms that a participant completed the programme: the function counts their
 * days and hours from the attendance and the timetable, so the certificate's numbers are true.
 */
export const confirmCompletion = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) {
    throw new HttpsError('unauthenticated', 'Sign in to confirm who completed the programme.');
  }
  const parsed = parseCompletionRequest(request.data);
  if (!parsed) throw new HttpsError('invalid-argument', 'Say which cohort and which participant.');
  try {
    return await confirmFromAttendance(services(), actorOf(request.auth), parsed);
  } catch (error) {
    if (error instanceof CompletionRefused) throw new HttpsError(error.code, error.message);
    throw error;
  }
});

/** A confirmation made by mistake is withdrawn here, so the audit log shows who took it away. */
export const withdrawCompletion = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to withdraw a completion.');
  const parsed = parseCompletionRequest(request.data);
  if (!parsed) throw new HttpsError('invalid-argument', 'Say which cohort and which participant.');
  try {
    return await withdrawConfirmation(services(), actorOf(request.auth), parsed);
  } catch (error) {
    if (error instanceof CompletionRefused) throw new HttpsError(error.code, error.message);
    throw error;
  }
});

/** The retention dry run on /admin: what of a cohort's content will go, and on which day. */
export const retentionPlan = onCall({ enforceAppCheck: true }, async (request) => {
  if (!isProgrammeTeam(request.auth)) {
    throw new HttpsError('permission-denied', 'Only the programme team can see this.');
  }
  const { cohortId } = (request.data ?? {}) as Record<string, unknown>;
  if (typeof cohortId !== 'string' || cohortId.length === 0 || cohortId.includes('/')) {
    throw new HttpsError('invalid-argument', 'Say which cohort.');
  }
  const plan = await planCohortRetention(services(), cohortId);
  if (!plan) throw new HttpsError('not-found', 'There is no such cohort.');
  return plan;
});

/** Each change to how long cohorts' content is kept goes in the audit log. */
export const retentionSettingsAudit = onDocumentWritten(
  { document: 'settings/retention' },
  async (event) => {
    await recordRetentionChange(
      services(),
      event.id,
      event.data?.before.data(),
      event.data?.after.data(),
    );
  },
);

/** Emails the signed-in caller a link to confirm their own address, from the portal's sender. */
export const requestVerificationEmail = onCall(
  { secrets: sends, enforceAppCheck: true },
  async (request) => {
    if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to confirm your address.');
    const given = (request.data ?? {}) as { continue?: unknown };
    try {
      const outcome = await sendVerificationEmail(
        services(sends),
        request.auth.uid,
        typeof given.continue === 'string' ? given.continue : '/',
      );
      return { outcome };
    } catch (error) {
      if (error instanceof AccountEmailRefused) {
        throw new HttpsError('failed-precondition', error.message);
      }
      throw error;
    }
  },
);

/**
 * A callable open to anyone that emails an account link: it answers the same, and in the same
 * time, whether or not the address has an account, and each address gets at most one such email
 * every few minutes.
 */
const accountEmailCallable = (
  name: string,
  send: (services: Services, email: string, continuePath: string) => Promise<void>,
) =>
  onCall({ secrets: sends, enforceAppCheck: true }, async (request) => {
    const given = (request.data ?? {}) as { email?: unknown; continue?: unknown };
    if (typeof given.email !== 'string') {
      throw new HttpsError('invalid-argument', 'Enter the email address you use for the portal.');
    }
    const email = given.email;
    return answerNoSoonerThan(name, STEADY_ANSWER_MS, async () => {
      try {
        await send(
          services(sends),
          email,
          typeof given.continue === 'string' ? given.continue : '/',
        );
        return { outcome: 'sent-if-known' };
      } catch (error) {
        if (error instanceof AccountEmailRefused)
          throw new HttpsError('invalid-argument', error.message);
        throw error;
      }
    });
  });

/** Emails a link to choose a new password. */
export const requestPasswordReset = accountEmailCallable('requestPasswordReset', sendPasswordReset);

/**
 * Emails a link that signs the person in without a password (Firebase's email-link sign-in, made
 * with the Admin SDK and sent by the portal's own mail).
 */
export const requestSignInLink = accountEmailCallable('requestSignInLink', sendSignInLink);

/**
 * Auth asks this before it saves a new account. An account made by opening an email link did not
 * come through the portal's sign-up page (decision 0033), so it is refused and never saved.
 */
export const beforeAccountCreated = beforeUserCreated((event) => {
  if (refusesAccountCreation(event.eventType)) {
    throw new HttpsError('permission-denied', SIGN_UP_BY_LINK_REFUSED);
  }
});

export const materialNews = onDocumentWritten(
  { document: 'cohorts/{cohortId}/materials/{materialId}' },
  async (event) => {
    const material = event.data?.after.data();
    if (!material || !isNews(material['changedAt'], new Date())) return;
    const running = services();
    const { cohortId, materialId } = event.params;
    const added = !event.data?.before.exists;
    // The slides and notes shared after a module are not pre-reading, and live on its own page.
    const after = material['phase'] === 'after';
    const members = await cohortMembers(running, cohortId);
    await recordNews(
      running,
      cohortId,
      members.map((m) => m.uid),
      {
        id: `reading:${materialId}`,
        kind: 'reading',
        title: `${added ? 'New' : 'Changed'} ${after ? 'after the module' : 'pre-reading'}: ${material['title'] as string}`,
        path: after
          ? `/cohorts/${cohortId}/timetable?module=${encodeURIComponent(material['moduleId'] as string)}`
          : `/cohorts/${cohortId}/pre-reading`,
        at: timeOf(material['changedAt']),
      },
    );
  },
);

/**
 * Facilitators read module feedback only as the summary this publishes in groups of answers
 * (decision 0023). An erasure deletes answers and publishes nothing, and the
 * function's own mark on the answers it publishes is not a new answer.
 */
export const feedbackSummary = onDocumentWritten(
  { document: 'cohorts/{cohortId}/moduleFeedback/{answerId}' },
  async (event) => {
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (typeof after?.['moduleId'] !== 'string' || typeof after['uid'] !== 'string') return;
    if (after['publishedAt'] && !before?.['publishedAt']) return;
    const running = services();
    const { cohortId } = event.params;
    await publishFeedback(running, cohortId, after['moduleId'], { closed: false });
    await noteFeedbackGiven(running, cohortId, after['moduleId'], after['uid']);
  },
);

/** The cohort's end date is module 4's last day, wherever the timetable puts it. */
export const programmeEnd = onDocumentWritten(
  { document: 'cohorts/{cohortId}/modules/{moduleId}' },
  async (event) => {
    const [before, after] = [event.data?.before.get('number'), event.data?.after.get('number')];
    if (!concernsProgrammeEnd(before, after)) return;
    await alignProgrammeEnd(adminDb(), event.params.cohortId);
  },
);

/**
 * A person's calendar feed (decision 0034), opened by calendar apps with no sign-in and no App
 * Check: the token in its address is the only key, and it opens this feed and nothing else.
 */
export const calendarFeed = onRequest(
  { cors: false, maxInstances: 3 },
  async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.status(405).set('Allow', 'GET, HEAD').send('');
      return;
    }
    const answer = await answerCalendarFeed(
      adminDb(),
      { path: request.path, ifNoneMatch: request.get('If-None-Match') },
      new Date(),
    );
    response
      .status(answer.status)
      .set(answer.headers)
      .set('X-Content-Type-Options', 'nosniff')
      .set('Referrer-Policy', 'no-referrer')
      .send(answer.body);
  },
);

/** The signed-in person's own feed address: whether there is one, a new one (shown once), or none. */
export const calendarAddress = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to manage your calendar.');
  const { action } = (request.data ?? {}) as { action?: unknown };
  const uid = request.auth.uid;
  if (action === 'status') return addressStatus(adminDb(), uid);
  if (action === 'make') return makeAddress(adminDb(), portalUrl.value().replace(/\/+$/, ''), uid);
  if (action === 'revoke') {
    await revokeAddress(adminDb(), uid);
    return { createdAt: null };
  }
  throw new HttpsError('invalid-argument', 'Say whether to make or turn off the address.');
});

// The ledger follows each change as it is made, so a change undone before the next poll still
// raises SEQUENCE and a cancellation is dated when it happened; the feed also catches up itself.
export const calendarLedgerOfModules = onDocumentWritten(
  { document: 'cohorts/{cohortId}/modules/{moduleId}' },
  async (event) => {
    await syncCalendarLedger(adminDb(), event.params.cohortId, new Date());
  },
);

export const calendarLedgerOfCalls = onDocumentWritten(
  { document: 'cohorts/{cohortId}/directorCalls/{uid}' },
  async (event) => {
    await syncCalendarLedger(adminDb(), event.params.cohortId, new Date());
  },
);

// Files attached to materials and announcements go through URLs signed for one upload or one
// download (decision 0035); the bucket itself is closed to every client.
async function fileCall<Result>(
  request: { auth?: CallerAuth; data: unknown },
  run: (
    caller: { uid: string; programmeTeam: boolean },
    target: FileRequest & Record<string, unknown>,
  ) => Promise<Result>,
): Promise<Result> {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to attach or open files.');
  const target = parseFileRequest(request.data);
  if (!target)
    throw new HttpsError(
      'invalid-argument',
      'Say which cohort, and which material or announcement.',
    );
  try {
    return await run(
      { uid: request.auth.uid, programmeTeam: isProgrammeTeam(request.auth) },
      target,
    );
  } catch (error) {
    if (error instanceof FileRefused) throw new HttpsError('failed-precondition', error.message);
    throw error;
  }
}

export const fileUploadUrl = onCall({ enforceAppCheck: true }, (request) =>
  fileCall(request, (caller, target) =>
    issueUploadUrl(services(), caller, target, {
      name: target['name'],
      size: target['size'],
      type: target['type'],
    }),
  ),
);

export const confirmFileUpload = onCall({ enforceAppCheck: true }, (request) =>
  fileCall(request, (caller, target) =>
    confirmUpload(services(), caller, target, target['fileId'], target['name']),
  ),
);

export const removeAttachedFile = onCall({ enforceAppCheck: true }, (request) =>
  fileCall(request, async (caller, target) => {
    await removeFile(services(), caller, target, target['fileId']);
    return { removed: true };
  }),
);

export const fileDownloadUrl = onCall({ enforceAppCheck: true }, (request) =>
  fileCall(request, (caller, target) =>
    issueDownloadUrl(services(), caller, target, target['fileId']),
  ),
);

export const materialFilesCleanup = onDocumentDeleted(
  { document: 'cohorts/{cohortId}/materials/{materialId}' },
  async (event) => {
    const { cohortId, materialId } = event.params;
    await deleteFilesOf({ cohortId, target: 'material', targetId: materialId });
  },
);

export const announcementFilesCleanup = onDocumentDeleted(
  { document: 'cohorts/{cohortId}/announcements/{announcementId}' },
  async (event) => {
    const { cohortId, announcementId } = event.params;
    await deleteFilesOf({ cohortId, target: 'announcement', targetId: announcementId });
  },
);
