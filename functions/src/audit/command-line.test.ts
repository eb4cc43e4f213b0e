import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA, cohortB } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminAuth, adminDb } from '../admin';

// The operators' scripts, run as `npm run` runs them (with the functions' tsconfig, whose @/ the
// erasure's modules use), against the emulators this suite runs in.
const root = resolve(__dirname, '../../..');
const run = (script: string, args: string[]) =>
  promisify(execFile)(
    'npx',
    ['tsx', '--tsconfig', 'functions/tsconfig.json', `scripts/${script}.ts`, ...args],
    { cwd: root },
  ).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (failure: { code: number; stdout: string; stderr: string }) => failure,
  );
const project = ['--project', 'demo-leadership-portal'];
const [priya] = cohortB.facilitators;
const [, gareth] = cohortA.participants;
const auditLog = async () =>
  (await adminDb().collection('auditLog').get()).docs.map((d) => d.data());

describe('npm run grant-admin', () => {
  beforeEach(seedDemoData);

  it('refuses an account whose email address is not confirmed', async () => {
    await adminAuth().updateUser(priya!.uid, { emailVerified: false });
    const refused = await run('grant-admin', [...project, '--email', priya!.email]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${priya!.email} has not confirmed their email address yet`);
    expect((await adminAuth().getUser(priya!.uid)).customClaims?.['admin']).toBeUndefined();
    expect(await auditLog()).toEqual([]);
  });

  it('grants the claim, updates the roster the screen uses, and records the operator', async () => {
    const granted = await run('grant-admin', [...project, '--email', priya!.email]);
    expect(granted.stdout).toContain(`${priya!.email} is now on the programme team.`);
    expect((await adminAuth().getUser(priya!.uid)).customClaims?.['admin']).toBe(true);
    expect((await adminDb().doc('programmeTeam/roster').get()).get('uids')).toContain(priya!.uid);
    expect(await auditLog()).toEqual([
      expect.objectContaining({
        action: 'programme-team.add',
        actor: {
          uid: 'command-line',
          label: expect.stringContaining('on the command line (grant-admin)'),
        },
        target: { uid: priya!.uid, label: priya!.displayName },
      }),
    ]);
  });
});

describe('npm run erase-participant', () => {
  beforeEach(seedDemoData);

  it('records an erasure in the audit log, and a dry run not at all', async () => {
    const args = [...project, '--cohort', cohortA.id, '--uid', gareth!.uid];
    await run('erase-participant', args);
    expect(await auditLog()).toEqual([]);
    const erased = await run('erase-participant', [...args, '--yes']);
    expect(erased.stdout).toContain('Recorded in the audit log');
    expect(await auditLog()).toEqual([
      expect.objectContaining({
        action: 'erasure',
        actor: expect.objectContaining({ uid: 'command-line' }),
        cohortId: cohortA.id,
        target: { uid: gareth!.uid, label: gareth!.displayName },
        detail: expect.objectContaining({ from: 'command line' }),
      }),
    ]);
  });
});
