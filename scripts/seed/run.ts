import { writeFileSync } from 'node:fs';
import {
  alumniCohort,
  cohortA,
  cohortB,
  DEMO_PASSWORD,
  DEMO_PROJECT_ID,
  personWithoutCohort,
  programmeAdmin,
  programmeAdminPhone,
} from './demo-people.ts';
import { demoNetworkMemberUids } from './demo-network.ts';
import { seedDemoData } from './seed.ts';

const portalUrl = process.env['PORTAL_URL'] ?? 'http://127.0.0.1:5173';
const inboxUrl = process.env['MAIL_INBOX_URL'] ?? 'http://127.0.0.1:1080';
const authEmulatorUrl = `http://${process.env['FIREBASE_AUTH_EMULATOR_HOST'] ?? '127.0.0.1:9099'}`;

await seedDemoData();

const inNetwork = (uid: string) =>
  demoNetworkMemberUids.includes(uid) ? ', in the network' : ', not in the network';

const rows = [
  ['Programme team (admin)', programmeAdmin.email],
  ...cohortA.facilitators.map((p) => [`Facilitator, cohort A (${p.jobTitle})`, p.email]),
  ...cohortA.participants
    .slice(0, 3)
    .map((p) => [`Participant, cohort A${inNetwork(p.uid)}`, p.email]),
  ...cohortB.facilitators.map((p) => ['Facilitator, cohort B', p.email]),
  ...cohortB.participants
    .slice(0, 1)
    .map((p) => [`Participant, cohort B${inNetwork(p.uid)}`, p.email]),
  ...alumniCohort.participants
    .slice(0, 1)
    .map((p) => [`Alumna of autumn 2025 (archived)${inNetwork(p.uid)}`, p.email]),
  ['Signed up, no cohort yet', personWithoutCohort.email],
] as const;
const width = Math.max(...rows.map(([who]) => who.length));

// The functions log every trigger the seed sets off below this, so the details are also kept in a
// file (git-ignored) that the message names.
const signInFile = '.demo-sign-in.txt';
const signInDetails = `
Demo data is ready: "${cohortA.name}" (12 participants), "${cohortB.name}" (4), and
"${alumniCohort.name}" (10 alumni, archived); about half of everyone is in the national network.
Open the portal at ${portalUrl} and sign in with any of these, all with the password ${DEMO_PASSWORD}
${rows.map(([who, email]) => `  ${who.padEnd(width)}  ${email}`).join('\n')}
Every demo person is listed in scripts/seed/demo-people.ts.
The programme team's sign-in also asks for a code texted to ${programmeAdminPhone}: nothing is
texted; the Auth emulator shows the code at
  ${authEmulatorUrl}/emulator/v1/projects/${DEMO_PROJECT_ID}/verificationCodes

Every email the portal sends (invitations, address confirmations, password resets, reminders,
replies, announcements) lands in the local inbox at ${inboxUrl}, never in a real mailbox.
Run the morning reminders for any date with
  npm run reminders -- --date YYYY-MM-DD
These details are kept in ${signInFile}, for when the function logs below push them out of sight.
`;
writeFileSync(signInFile, signInDetails);
console.log(signInDetails);
