import {
  cohortA,
  cohortB,
  DEMO_PASSWORD,
  personWithoutCohort,
  programmeAdmin,
} from './demo-people.ts';
import { seedDemoData } from './seed.ts';

const portalUrl = process.env['PORTAL_URL'] ?? 'http://127.0.0.1:5173';
const inboxUrl = process.env['MAIL_INBOX_URL'] ?? 'http://127.0.0.1:1080';

await seedDemoData();

const rows = [
  ['Programme team (admin)', programmeAdmin.email],
  ...cohortA.facilitators.map((p) => [`Facilitator, cohort A (${p.jobTitle})`, p.email]),
  ...cohortA.participants.slice(0, 3).map((p) => ['Participant, cohort A', p.email]),
  ...cohortB.facilitators.map((p) => ['Facilitator, cohort B', p.email]),
  ...cohortB.participants.slice(0, 1).map((p) => ['Participant, cohort B', p.email]),
  ['Signed up, no cohort yet', personWithoutCohort.email],
] as const;
const width = Math.max(...rows.map(([who]) => who.length));

console.log(`
Demo data is ready: "${cohortA.name}" (12 participants) and "${cohortB.name}" (4).
Open the portal at ${portalUrl} and sign in with any of these, all with the password ${DEMO_PASSWORD}
${rows.map(([who, email]) => `  ${who.padEnd(width)}  ${email}`).join('\n')}
Every demo person is listed in scripts/seed/demo-people.ts. Password reset links appear in this terminal.

Every email the portal sends (invitations, reminders, replies, announcements) lands in the local
inbox at ${inboxUrl}, never in a real mailbox. Run the morning reminders for any date with
  npm run reminders -- --date YYYY-MM-DD
`);
