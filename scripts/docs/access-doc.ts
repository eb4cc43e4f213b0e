import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  accessMatrix,
  expectedAccess,
  operations,
  roles,
  type KindName,
  type Operation,
  type Role,
} from '../../firestore/access-matrix';

export const accessDocPath = resolve(import.meta.dirname, '../../docs/access.md');

const mark = (allowed: boolean | null) => (allowed === null ? '–' : allowed ? '✅ yes' : 'no');

/** docs/access.md, rendered from firestore/access-matrix.ts. */
export function renderAccessDoc(): string {
  const operationNames = Object.keys(operations) as Operation[];
  const roleNames = Object.keys(roles) as Role[];
  const sections = (Object.keys(accessMatrix) as KindName[]).map((kind) => {
    const { title, path, create, update } = accessMatrix[kind];
    const header = `| Who | ${operationNames.join(' | ')} |`;
    const rule = `|---|${operationNames.map(() => '---').join('|')}|`;
    const rows = roleNames.map(
      (role) =>
        `| ${roles[role]} | ${operationNames.map((op) => mark(expectedAccess(kind, role, op))).join(' | ')} |`,
    );
    return [
      `## ${title}`,
      '',
      `\`${path}\` · create: ${create} · update: ${update}`,
      '',
      header,
      rule,
      ...rows,
    ].join('\n');
  });
  return [
    '# Who may read and write what',
    '',
    '<!-- Generated from firestore/access-matrix.ts by `npm run docs:access`; do not edit by hand. -->',
    '',
    'This is the promise the Firestore security rules keep. Each row is about a document in one',
    'cohort, owned by one of its participants (the "owner"). Every cell is a rules test against the',
    'emulator (`tests/rules/access-matrix.rules.test.ts`), generated from the same table, so this',
    'page cannot say something the rules do not do. "–" means the app never does it.',
    '',
    'The operations:',
    '',
    ...operationNames.map((op) => `- **${op}**: ${operations[op]}`),
    '',
    'The programme team are not cohort members: they run cohorts, and do not read participants’',
    'journals, reading records, goals or director-call notes.',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(accessDocPath, renderAccessDoc());
  console.log(`Wrote ${accessDocPath}`);
}
