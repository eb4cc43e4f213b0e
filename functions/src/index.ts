// Cloud Functions for the portal: the emails that reach people between modules.
// Each trigger's work lives in a plain function of its inputs (emails/, jobs/), so tests and
// `npm run reminders` drive the same code the triggers and schedules run.
import { setGlobalOptions } from 'firebase-functions/v2';
import {
  onDocumentCreated,
  onDocumentUpdated,
  onDocumentWritten,
} from 'firebase-functions/v2/firestore';
import { onRequest } from 'firebase-functions/v2/https';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { mailFrom, mailLinkSecret, portalUrl, REGION, smtpUrl } from './config';
import { parseModule } from './cohort-data';
import { sendAnnouncement } from './emails/announcement';
import { sendInvitation } from './emails/invitation';
import { queueReply, sendDueReplyDigests } from './emails/reply-digest';
import { sendTimetableChange } from './emails/timetable-change';
import { handleUnsubscribe } from './http/unsubscribe';
import { runDailyJobs } from './jobs/daily';
import { retryDueMail } from './mail/ledger';
import { isNews } from './news';
import { makeServices } from './services';

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
    await queueReply(services(), event.params, {
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
    await sendAnnouncement(services(), event.params.cohortId, event.params.announcementId, {
      title: announcement['title'] as string,
      body: announcement['body'] as string,
      authorUid: announcement['authorUid'] as string,
      authorName: announcement['authorName'] as string,
      emailText: announcement['emailText'] === true,
    });
  },
);

export const timetableChangeEmail = onDocumentUpdated(
  { document: 'cohorts/{cohortId}/modules/{moduleId}', secrets },
  async (event) => {
    const { moduleId, cohortId } = event.params;
    const before = parseModule(moduleId, event.data?.before.data());
    const after = parseModule(moduleId, event.data?.after.data());
    if (before && after) await sendTimetableChange(services(), cohortId, before, after);
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
