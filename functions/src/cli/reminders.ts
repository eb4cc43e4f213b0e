// `npm run reminders -- --date 2027-03-02 [--time 07:00]`: the daily email run, by hand, against
// the local emulators and mail catcher that `npm start` or `npm test` started.
import { parseArgs } from 'node:util';
import { londonInstant } from '@/lib/dates';
import { runDailyJobs } from '../jobs/daily';
import { localSettings } from '../local-settings';
import { makeServices } from '../services';

const PROJECT_ID = 'demo-leadership-portal';

const { values } = parseArgs({
  options: { date: { type: 'string' }, time: { type: 'string', default: '07:00' } },
});
if (
  !values.date ||
  !/^\d{4}-\d{2}-\d{2}$/.test(values.date) ||
  !/^\d{2}:\d{2}$/.test(values.time)
) {
  console.error('Usage: npm run reminders -- --date YYYY-MM-DD [--time HH:MM]  (London time)');
  process.exit(2);
}

// Only ever the local emulators: a demo- project cannot reach a live one.
process.env['FIRESTORE_EMULATOR_HOST'] ??= '127.0.0.1:8080';
process.env['FIREBASE_AUTH_EMULATOR_HOST'] ??= '127.0.0.1:9099';
process.env['GCLOUD_PROJECT'] = PROJECT_ID;

const env = localSettings('.env.local');
const secrets = localSettings('.secret.local');
const now = londonInstant(values.date, values.time);
const services = makeServices({
  smtpUrl: secrets['SMTP_URL'] ?? '',
  linkSecret: secrets['MAIL_LINK_SECRET'] ?? '',
  portalUrl: env['PORTAL_URL'] ?? '',
  from: env['MAIL_FROM'] ?? 'portal@example.org',
  now: () => now,
});
const summary = await runDailyJobs(services);
console.log(
  `Daily emails for ${summary.date} at ${values.time}: ${summary.moduleReminders} module reminders, ${summary.callReminders} call reminders, ${summary.replyDigests} reply digests, ${summary.retried} retried.`,
);
process.exit(0);
