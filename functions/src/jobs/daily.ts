import { addDaysIso, todayIso } from '@/lib/dates';
import { modulesOf, openCohorts } from '../cohort-data';
import { sendCallReminders } from '../emails/call-reminder';
import { reminderLeads, sendModuleReminders } from '../emails/module-reminder';
import { sendDueReplyDigests } from '../emails/reply-digest';
import { publishClosedFeedback } from '../feedback/summary';
import { retryDueMail } from '../mail/ledger';
import type { Services } from '../services';

export type DailySummary = {
  date: string;
  moduleReminders: number;
  callReminders: number;
  replyDigests: number;
  retried: number;
};

/**
 * The morning run, a plain function of the time it is given: module reminders 7 days and 1 day
 * ahead, director-call reminders for tomorrow, daily reply digests and mail owed a retry.
 * Running it twice for the same date sends nothing the second time (the ledger has every claim).
 */
export async function runDailyJobs(services: Services): Promise<DailySummary> {
  const today = todayIso(services.now());
  const summary: DailySummary = {
    date: today,
    moduleReminders: 0,
    callReminders: 0,
    replyDigests: 0,
    retried: 0,
  };
  for (const cohort of await openCohorts(services)) {
    for (const module of await modulesOf(services, cohort.id)) {
      for (const lead of reminderLeads) {
        if (module.days[0] === addDaysIso(today, lead.days)) {
          summary.moduleReminders += await sendModuleReminders(services, cohort, module, lead);
        }
      }
    }
    summary.callReminders += await sendCallReminders(services, cohort, today);
  }
  // Feedback whose window has closed: what is still waiting joins the summary (decision feedback-anonymity).
  await publishClosedFeedback(services);
  summary.replyDigests = await sendDueReplyDigests(services);
  summary.retried = await retryDueMail(services);
  return summary;
}
