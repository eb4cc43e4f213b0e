import { todayIso } from '@/lib/dates';
import { modulesOf, openCohorts } from '../cohort-data';
import { eraseEndedDepartures } from '../data-rights/departures';
import { sendCallReminders } from '../emails/call-reminder';
import { dueReminder, sendModuleReminders } from '../emails/module-reminder';
import { sendDueReplyDigests } from '../emails/reply-digest';
import { publishClosedFeedback } from '../feedback/summary';
import { retryDueMail } from '../mail/ledger';
import { passExpiredOffers } from '../callable/waiting-list';
import { runCohortRetention } from '../retention/cohort-retention';
import type { Services } from '../services';

export type DailySummary = {
  date: string;
  moduleReminders: number;
  callReminders: number;
  replyDigests: number;
  retried: number;
  departuresErased: number;
  retentionWarnings: number;
  cohortsDeleted: string[];
  offersPassed: number;
};

/**
 * The morning run, a plain function of the time it is given: module reminders 7 days and 1 day
 * ahead, director-call reminders the day before, daily reply digests, retention warnings and
 * deletions (a deletion is due from its day on, so a missed morning is made up), mail owed a
 * retry, the erasure of removed participants whose grace period has ended, and seats offered
 * from a waiting list whose offer has run out, passed to the next person.
 * Reminders are due over a window rather than on one date, so a morning that was missed is made
 * up by the next run; running it twice sends nothing the second time (the ledger has every claim,
 * under ids that do not depend on the day of the run).
 */
export async function runDailyJobs(services: Services): Promise<DailySummary> {
  const today = todayIso(services.now());
  const summary: DailySummary = {
    date: today,
    moduleReminders: 0,
    callReminders: 0,
    replyDigests: 0,
    retried: 0,
    departuresErased: 0,
    retentionWarnings: 0,
    cohortsDeleted: [],
    offersPassed: 0,
  };
  for (const cohort of await openCohorts(services)) {
    for (const module of await modulesOf(services, cohort.id)) {
      const lead = dueReminder(module, services.now());
      if (lead)
        summary.moduleReminders += await sendModuleReminders(services, cohort, module, lead);
    }
    summary.callReminders += await sendCallReminders(services, cohort);
  }
  // Feedback whose window has closed: what is still waiting joins the summary (decision 0023).
  await publishClosedFeedback(services);
  summary.replyDigests = await sendDueReplyDigests(services);
  const retention = await runCohortRetention(services);
  summary.retentionWarnings = retention.warned;
  summary.cohortsDeleted = retention.deletedCohorts;
  summary.retried = await retryDueMail(services);
  summary.departuresErased = await eraseEndedDepartures(services);
  summary.offersPassed = await passExpiredOffers(services);
  return summary;
}
