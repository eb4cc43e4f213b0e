// Erases one participant's data from one cohort, for the programme team (UK GDPR right to erasure).
// Dry run by default; add --yes to delete.
//   npm run erase-participant -- --project <id> --cohort <cohortId> --uid <uid> [--yes] [--with-account]
// Against the emulators, set FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST; against a real
// project, GOOGLE_APPLICATION_CREDENTIALS must name a service account of the programme team.
import { parseArgs } from 'node:util';
import { adminAuth, adminDb } from '../functions/src/admin.ts';
import { recordAudit } from '../functions/src/audit/record.ts';
import { eraseParticipant, planErasure } from '../functions/src/data-rights/erasure.ts';
import { commandLineActor } from './operator.ts';

const { values } = parseArgs({
  options: {
    project: { type: 'string' },
    cohort: { type: 'string' },
    uid: { type: 'string' },
    yes: { type: 'boolean', default: false },
    'with-account': { type: 'boolean', default: false },
  },
});
const { project, cohort, uid } = values;
if (!project || !cohort || !uid) {
  console.error(
    'Say whose data to erase: --project <id> --cohort <cohortId> --uid <uid> (add --yes to delete).',
  );
  process.exit(2);
}

// The same erasure the programme team's screen runs (functions/src/data-rights).
process.env['GCLOUD_PROJECT'] = project;
const db = adminDb();
const auth = adminAuth();
const email = await auth.getUser(uid).then(
  (user) => user.email,
  () => undefined,
);
const plan = await planErasure(db, cohort, uid, email);
// The audit log names whom, so it reads without looking up an account that may be gone.
const membership = await db.doc(`cohorts/${cohort}/members/${uid}`).get();
const name = (membership.get('displayName') as string | undefined) ?? email ?? uid;
console.log(
  `${plan.documents.length} documents of ${uid} (${email ?? 'no account'}) in ${cohort}:`,
);
for (const ref of plan.documents) console.log(`  ${ref.path}`);

if (!values.yes) {
  console.log('Nothing deleted: this was a dry run. Run again with --yes to erase.');
} else {
  const erased = await eraseParticipant(db, plan);
  console.log(`Erased ${erased} documents.`);
  await recordAudit(db, {
    action: 'erasure',
    actor: commandLineActor('erase-participant'),
    cohortId: cohort,
    target: { uid, label: name },
    detail: { from: 'command line', withAccount: values['with-account'] },
  });
  console.log('Recorded in the audit log (who, whom, when and how many; no content).');
  if (values['with-account']) {
    await db.doc(`users/${uid}`).delete();
    await db.doc(`notificationSettings/${uid}`).delete();
    if (email) await auth.deleteUser(uid);
    console.log('Deleted the profile, the email choices and the sign-in account too.');
  }
}
