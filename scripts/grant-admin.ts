// Adds someone to the programme team (the admin claim), or with --remove takes them off it, for
// operators: the first member of a new project, or when nobody on the team can sign in.
//   npm run grant-admin -- --project <id> --email <address> [--remove]
// Against the emulators, set FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST; against a
// real project, application default credentials (GOOGLE_APPLICATION_CREDENTIALS, or
// `gcloud auth application-default login`) of someone allowed to manage its users.
import { parseArgs } from 'node:util';
import { adminAuth, adminDb } from '../functions/src/admin.ts';
import { setProgrammeTeam, TeamChangeRefused } from '../functions/src/callable/programme-team.ts';
import { commandLineActor } from './operator.ts';

const { values } = parseArgs({
  options: {
    project: { type: 'string' },
    email: { type: 'string' },
    remove: { type: 'boolean', default: false },
  },
});
const { project, email } = values;
if (!project || !email) {
  console.error('Say who and where: --project <id> --email <address> (add --remove to take off).');
  process.exit(2);
}

// The same change the programme team's screen makes, with the same checks and audit record.
process.env['GCLOUD_PROJECT'] = project;
try {
  const team = await setProgrammeTeam(
    { db: adminDb(), auth: adminAuth() },
    email,
    !values.remove,
    commandLineActor('grant-admin'),
  );
  console.log(`${email} is ${values.remove ? 'no longer on' : 'now on'} the programme team.`);
  console.log(`The programme team: ${team.map((member) => member.email).join(', ')}.`);
  console.log(
    values.remove
      ? 'It takes effect at once for every change; their open sign-ins end within the hour.'
      : 'Their first visit to /admin asks them to set up a phone for texted codes; the powers open after that.',
  );
} catch (error) {
  if (!(error instanceof TeamChangeRefused)) throw error;
  console.error(error.message);
  process.exit(1);
}
