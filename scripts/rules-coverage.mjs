// Saves the emulator's rules coverage for every rules suite and lists the rule expressions that no
// test evaluated. Run while the emulator that ran the rules tests is still up (npm test does).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const host = process.env.FIRESTORE_EMULATOR_HOST ?? '127.0.0.1:8080';
const rules = readFileSync('firestore.rules', 'utf8');
const outDir = 'reports/rules-coverage';

// Each suite runs in its own demo project (tests/rules/rules-environment.ts).
const projects = readdirSync('tests/rules')
  .filter((file) => file.endsWith('.test.ts'))
  .flatMap((file) => [
    ...readFileSync(`tests/rules/${file}`, 'utf8').matchAll(/createRulesEnvironment\('([a-z-]+)'/g),
  ])
  .map((match) => `demo-rules-${match[1]}`);

// Every expression of the rules is in the report; one whose values are all empty never ran.
const evaluated = new Map();
const outermost = [];
mkdirSync(outDir, { recursive: true });
for (const project of new Set(projects)) {
  const base = `http://${host}/emulator/v1/projects/${project}:ruleCoverage`;
  const report = await (await fetch(base)).json();
  // The canary suite loads rules of its own; only reports of the real rules count.
  if (report.rules?.files?.[0]?.content !== rules || !report.report) continue;
  writeFileSync(`${outDir}/${project}.html`, await (await fetch(`${base}.html`)).text());
  const pending = report.report.map((node) => ({ node, parent: null }));
  while (pending.length) {
    const { node, parent } = pending.pop();
    const key = `${node.sourcePosition.currentOffset}:${node.sourcePosition.endOffset}`;
    const ran = (node.values ?? []).some(({ value }) => Object.keys(value).length > 0);
    evaluated.set(key, (evaluated.get(key) ?? false) || ran);
    if (!ran && (parent === null || parent.ran)) outermost.push({ key, node });
    for (const child of node.children ?? []) pending.push({ node: child, parent: { ran } });
  }
}

const lines = rules.split('\n');
// The reported end offset stops one character short of the expression.
const unexercised = [
  ...new Map(
    outermost
      .filter(({ key }) => !evaluated.get(key))
      .map(({ key, node }) => {
        const { line, currentOffset, endOffset } = node.sourcePosition;
        const text = rules.slice(currentOffset, endOffset + 1).replace(/\s+/g, ' ');
        return [key, { line, expression: text, ruleLine: lines[line - 1].trim() }];
      }),
  ).values(),
].sort((a, b) => a.line - b.line);

writeFileSync(`${outDir}/unexercised.json`, JSON.stringify(unexercised, null, 2));
console.log(`Rules coverage: ${evaluated.size} expressions; reports in ${outDir}/.`);
if (unexercised.length === 0) {
  console.log('Every rule expression was evaluated by at least one test.');
} else {
  console.log(`${unexercised.length} rule expressions no test evaluated:`);
  for (const { line, expression } of unexercised) {
    console.log(`  firestore.rules:${line}  ${expression}`);
  }
}
