// Cloud Functions for the portal: the emails that reach people between modules.
// Each trigger's work lives in a plain function of its inputs (emails/, jobs/), so tests and
// `npm run reminders` drive the same code the triggers and schedules run.
import { setGlobalOptions } from 'firebase-functions/v2';
import {
  onDocumentCreated,
  onDocumentUpdated,
  onDocumentWritten,
} from 'firebase-functions/v2/firestore';
import { describeChanges } from './emails/timetable-change';
import { HttpsError, onCall, onRequest } from 'firebase-functions/v2/https';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import {
  InviteRefused,
  inviteParticipants as invite,
  MAX_ADDRESSES,
} from './callable/invite-participants';
import { eraseFromScreen, ErasureRefused } from './callable/erase-participant';
import {
  removeParticipant as removeFromCohort,
  SeatChangeRefused,
  withdrawInvitation as withdraw,
} from './callable/seats';
import { listProgrammeTeam, setProgrammeTeam, TeamChangeRefused } from './callable/programme-team';
import { mailFrom, mailLinkSecret, portalUrl, REGION, smtpUrl } from './config';
import { parseModule } from './cohort-data';
import { noteFeedbackGiven, recomputeFeedbackSummary } from './feedback/summary';
import { sendAnnouncement } from './emails/announcement';
import { sendInvitation } from './emails/invitation';
import { queueReply, readRepliedEntry, sendDueReplyDigests } from './emails/reply-digest';
import { sendTimetableChange } from './emails/timetable-change';
import { handleUnsubscribe } from './http/unsubscribe';
import { runDailyJobs } from './jobs/daily';
import { retryDueMail } from './mail/ledger';
import { adminDb } from './admin';
import { spreadName } from './names';
import { isNews, timeOf } from './news';
import { cohortMembers } from './recipients';
import { makeServices } from './services';
import { recordNews } from './whats-new';

setGlobalOptions({ region: REGION, maxInstances: 5 });

const secrets = [smtpUrl, mailLinkSecret];
const services = () =>
  makeServices({
    smtpUrl: smtpUrl.value(),
    linkSecret: mailLinkSecret.value(),
    portalUrl: portalUrl.value(),
    from: mailFrom.value(),
  });

export const invitationEmail = onDocumentWritten(
  { document: 'cohorts/{cohortId}/invitations/{email}', secrets },
  async (event) => {
    const before = event.data?.before.data();
    const after = event.data?.after.data();
    if (!after) return;
    const { cohortId, email } = event.params;
    if (!before) {
      await sendInvitation(services(), cohortId, email, 'first');
      return;
    }
    const asked = after['resendRequestedAt'];
    if (asked && !asked.isEqual(before['resendRequestedAt'] ?? null)) {
      await sendInvitation(services(), cohortId, email, `resend-${asked.toMillis()}`);
    }
  },
);

export const replyEmail = onDocumentCreated(
  { document: 'cohorts/{cohortId}/journal/{entryId}/comments/{commentId}', secrets },
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
  { document: 'cohorts/{cohortId}/announcements/{announcementId}', secrets },
  async (event) => {
    const announcement = event.data?.data();
    if (!announcement || !isNews(announcement['createdAt'], new Date())) return;
    const running = services();
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
  { document: 'cohorts/{cohortId}/modules/{moduleId}', secrets },
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
    const running = services();
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

export const dailyEmails = onSchedule(
  { schedule: 'every day 07:00', timeZone: 'Europe/London', secrets },
  async () => {
    await runDailyJobs(services());
  },
);

export const replyDigests = onSchedule(
  { schedule: 'every 15 minutes', timeZone: 'Europe/London', secrets },
  async () => {
    const running = services();
    await sendDueReplyDigests(running);
    await retryDueMail(running);
  },
);

export const unsubscribe = onRequest({ secrets, cors: false }, async (request, response) => {
  const token = String(request.query['t'] ?? request.body?.['t'] ?? '');
  const method = request.method === 'POST' ? 'POST' : 'GET';
  if (request.method !== 'GET' && request.method !== 'POST') {
    response.status(405).set('Allow', 'GET, POST').send('Method not allowed');
    return;
  }
  const result = await handleUnsubscribe(services(), { method, token });
  response
    .status(result.status)
    .set('Content-Type', 'text/html; charset=utf-8')
    .set('Cache-Control', 'no-store')
    .set('Referrer-Policy', 'no-referrer')
    .send(result.html);
});

export const inviteParticipants = onCall({ secrets }, async (request) => {
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
      { uid: request.auth.uid, admin: request.auth.token['admin'] === true },
      cohortId,
      addresses as string[],
    );
  } catch (error) {
    if (error instanceof InviteRefused) throw new HttpsError('permission-denied', error.message);
    throw error;
  }
});

/** A person's new name reaches their memberships, network profile and what they wrote. */
export const nameChange = onDocumentUpdated({ document: 'users/{uid}' }, async (event) => {
  if (event.data?.before.get('displayName') === event.data?.after.get('displayName')) return;
  await spreadName(adminDb(), event.params.uid);
});

/** Who holds a seat changes only here and in inviteParticipants, so the count never drifts. */
function seatCaller(auth: { uid: string; token: Record<string, unknown> }) {
  const label = auth.token['name'] ?? auth.token['email'] ?? auth.uid;
  return { uid: auth.uid, admin: auth.token['admin'] === true, label: String(label) };
}

export const withdrawInvitation = onCall({ secrets }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to withdraw an invitation.');
  const { cohortId, email } = (request.data ?? {}) as Record<string, unknown>;
  if (typeof cohortId !== 'string' || typeof email !== 'string') {
    throw new HttpsError('invalid-argument', 'Say which cohort and which invitation.');
  }
  try {
    return await withdraw(services(), seatCaller(request.auth), cohortId, email);
  } catch (error) {
    if (error instanceof SeatChangeRefused)
      throw new HttpsError('permission-denied', error.message);
    throw error;
  }
});

export const removeParticipant = onCall({ secrets }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in to remove a participant.');
  const { cohortId, uid } = (request.data ?? {}) as Record<string, unknown>;
  if (typeof cohortId !== 'string' || typeof uid !== 'string') {
    throw new HttpsError('invalid-argument', 'Say which cohort and which participant.');
  }
  try {
    return await removeFromCohort(services(), seatCaller(request.auth), cohortId, uid);
  } catch (error) {
    if (error instanceof SeatChangeRefused)
      throw new HttpsError('permission-denied', error.message);
    throw error;
  }
});

/** Who is on the programme team; with an email and `member`, grants or removes the admin claim. */
export const programmeTeam = onCall({ secrets }, async (request) => {
  if (request.auth?.token['admin'] !== true) {
    throw new HttpsError('permission-denied', 'Only the programme team can see or change it.');
  }
  const { email, member } = (request.data ?? {}) as { email?: unknown; member?: unknown };
  if (email === undefined) return listProgrammeTeam(services());
  if (typeof email !== 'string' || typeof member !== 'boolean') {
    throw new HttpsError('invalid-argument', 'Give an email address and whether to add or remove.');
  }
  try {
    return await setProgrammeTeam(services(), email, member);
  } catch (error) {
    if (error instanceof TeamChangeRefused)
      throw new HttpsError('failed-precondition', error.message);
    throw error;
  }
});

/** Erasing a participant's data from a cohort: a dry run, then the erasure once confirmed. */
export const eraseParticipant = onCall({ secrets }, async (request) => {
  if (request.auth?.token['admin'] !== true) {
    throw new HttpsError('permission-denied', 'Only the programme team can erase data.');
  }
  const { cohortId, uid, confirmName } = (request.data ?? {}) as Record<string, unknown>;
  if (
    typeof cohortId !== 'string' ||
    typeof uid !== 'string' ||
    (confirmName !== undefined && typeof confirmName !== 'string')
  ) {
    throw new HttpsError('invalid-argument', 'Say which cohort and which person.');
  }
  try {
    return await eraseFromScreen(services(), request.auth.uid, { cohortId, uid, confirmName });
  } catch (error) {
    if (error instanceof ErasureRefused) throw new HttpsError('failed-precondition', error.message);
    throw error;
  }
});

export const materialNews = onDocumentWritten(
  { document: 'cohorts/{cohortId}/materials/{materialId}', secrets },
  async (event) => {
    const material = event.data?.after.data();
    if (!material || !isNews(material['changedAt'], new Date())) return;
    const running = services();
    const { cohortId, materialId } = event.params;
    const added = !event.data?.before.exists;
    const members = await cohortMembers(running, cohortId);
    await recordNews(
      running,
      cohortId,
      members.map((m) => m.uid),
      {
        id: `reading:${materialId}`,
        kind: 'reading',
        title: `${added ? 'New' : 'Changed'} pre-reading: ${material['title'] as string}`,
        path: `/cohorts/${cohortId}/pre-reading`,
        at: timeOf(material['changedAt']),
      },
    );
  },
);

/** Facilitators read module feedback only as this summary, rebuilt from every answer on each change. */
export const feedbackSummary = onDocumentWritten(
  { document: 'cohorts/{cohortId}/moduleFeedback/{answerId}', secrets },
  async (event) => {
    const after = event.data?.after.data();
    const answer = after ?? event.data?.before.data();
    if (typeof answer?.['moduleId'] !== 'string') return;
    const running = services();
    const { cohortId } = event.params;
    await recomputeFeedbackSummary(running, cohortId, answer['moduleId']);
    if (after && typeof after['uid'] === 'string') {
      await noteFeedbackGiven(running, cohortId, answer['moduleId'], after['uid']);
    }
  },
);
