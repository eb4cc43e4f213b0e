// `npm run preflight -- --project <id>`: refuses a deploy that would prompt, or would go out with a
// placeholder sender, an http address or a web app built for another project. firebase.json runs it
// before functions and hosting deploy (with firebase-tools' $GCLOUD_PROJECT), so it cannot be
// skipped; the checks themselves are in preflight-check.ts.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'firebase-tools/lib/functions/env.js';
import { loadEnv } from 'vite';
import { preflightProblems } from './preflight-check';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { project: { type: 'string' } } });
const projectId = values.project ?? process.env['GCLOUD_PROJECT'];

/** The functions' settings as the deploy reads them: functions/.env, then the project's own file. */
function functionsEnv(project: string): Record<string, string> | undefined {
  const own = resolve(root, `functions/.env.${project}`);
  if (!existsSync(own)) return undefined;
  const shared = resolve(root, 'functions/.env');
  const files = existsSync(shared) ? [shared, own] : [own];
  return Object.assign(
    {},
    ...files.map((file) => {
      const { envs, errors } = parse(readFileSync(file, 'utf8'));
      if (errors.length > 0) {
        console.error(`Cannot read these lines of ${file}: ${errors.join(' | ')}`);
        process.exit(1);
      }
      return envs;
    }),
  );
}

const problems = preflightProblems({
  projectId,
  functionsEnv: projectId ? functionsEnv(projectId) : undefined,
  webEnv: loadEnv('production', root, 'VITE_'),
});

if (problems.length > 0) {
  console.error(
    `Not deploying${projectId ? ` to ${projectId}` : ''}: ${problems.length === 1 ? 'one setting needs' : `${problems.length} settings need`} attention.\n${problems.map((p) => `- ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`Deploy settings for ${projectId} are complete.`);
