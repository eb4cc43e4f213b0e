// `npm run deploy -- --project <id>`: the whole deploy, unattended. The preflight runs first so a
// missing setting is named before anything is built; firebase.json's predeploy hooks run it again
// for anyone who calls `firebase deploy` directly, and build the web app and the functions.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { project: { type: 'string' }, only: { type: 'string' } },
});
if (!values.project) {
  console.error(
    'Usage: npm run deploy -- --project <project-id> [--only firestore,functions,hosting]',
  );
  process.exit(2);
}

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['tsx', 'scripts/deploy/preflight.ts', '--project', values.project]);
run('npx', [
  'firebase',
  'deploy',
  '--project',
  values.project,
  '--non-interactive',
  ...(values.only ? ['--only', values.only] : []),
]);
