// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuerySpec } from '@/lib/firestore/ref-spec';
import { LEDGER_BODY } from '@/lib/retention';
import { check, unusedIndexes, type IndexFile, type QueryShape } from '../../firestore/index-check';
import { adminQueries } from '../support/admin-queries';

// The emulators run any query without an index, and production refuses one whose index is missing:
// every query the app, the functions and the scripts build is checked here against indexes.json.
// Nothing lists the queries by hand. The app's come from calling every export of every module that
// describes references (lib/firestore/ref-spec.ts) with every mix of sample arguments, options
// objects included; the Admin SDK's are read from the source of functions/ and scripts/.

const indexFile = JSON.parse(readFileSync('firestore/indexes.json', 'utf8')) as IndexFile;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
const appFiles = filesUnder('src');
const refModules = appFiles.filter((path) => {
  const text = readFileSync(path, 'utf8');
  return (
    /from '(\.\/|@\/lib\/firestore\/)ref-spec'/.test(text) &&
    /\b(queryOf|groupOf|collectionAt)\(/.test(text)
  );
});

const SAMPLES: readonly unknown[] = ['sample', true, undefined];
const IGNORED_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The option names a function reads from an object argument at this position. */
function optionKeys(fn: (...args: unknown[]) => unknown, arity: number, position: number) {
  const keys = new Set<string>();
  const probe = new Proxy(
    {},
    {
      get(_target, key) {
        if (typeof key === 'string' && !IGNORED_KEYS.has(key)) keys.add(key);
        return undefined;
      },
    },
  );
  try {
    fn(...Array.from({ length: arity }, (_, i) => (i === position ? probe : 'sample')));
  } catch {
    // A position that is not an options object may refuse the probe; its keys are still recorded.
  }
  return [...keys];
}

function subsets(keys: readonly string[]): Record<string, unknown>[] {
  return keys.reduce<Record<string, unknown>[]>(
    (all, key) => [...all, ...all.map((s) => ({ ...s, [key]: 'sample' }))],
    [{}],
  );
}

function product(domains: readonly (readonly unknown[])[]): unknown[][] {
  return domains.reduce<unknown[][]>(
    (all, domain) => all.flatMap((args) => domain.map((value) => [...args, value])),
    [[]],
  );
}

/** The arguments as written in a call, without the extra positions that changed nothing. */
function describeArgs(args: readonly unknown[], declared: number) {
  const shown = [...args];
  while (shown.length > declared && [undefined, 'sample'].includes(shown.at(-1) as string)) {
    shown.pop();
  }
  return shown
    .map((a) => (typeof a === 'object' && a !== null ? JSON.stringify(a) : String(a)))
    .join(', ');
}

const isQuerySpec = (value: unknown): value is QuerySpec<unknown> =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'query';

const toShape = (source: string, spec: QuerySpec<unknown>): QueryShape => ({
  source,
  collectionId: spec.group ? spec.path : (spec.path.split('/').at(-1) ?? ''),
  scope: spec.group ? 'COLLECTION_GROUP' : 'COLLECTION',
  filters: spec.constraints.flatMap((c) =>
    c.type === 'where' ? [{ field: c.field, op: c.op }] : [],
  ),
  orders: spec.constraints.flatMap((c) =>
    c.type === 'orderBy' ? [{ field: c.field, direction: c.direction }] : [],
  ),
});

const shapeKey = (s: QueryShape) => JSON.stringify([s.scope, s.collectionId, s.filters, s.orders]);

async function appQueries() {
  const shapes = new Map<string, QueryShape>();
  const notReferences: string[] = [];
  const unseen: string[] = [];
  for (const path of refModules) {
    const exports = (await import(/* @vite-ignore */ resolve(path))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function') {
        notReferences.push(`${path} ${name}`);
        continue;
      }
      const fn = value as (...args: unknown[]) => unknown;
      // Two positions past the declared ones reach defaulted and optional parameters.
      const arity = fn.length + 2;
      const domains = Array.from({ length: arity }, (_, position) => [
        ...SAMPLES,
        ...subsets(optionKeys(fn, arity, position)).filter((s) => Object.keys(s).length > 0),
      ]);
      let returnedSomething = false;
      let reference = false;
      for (const args of product(domains)) {
        let result: unknown;
        try {
          result = fn(...args);
        } catch {
          continue;
        }
        returnedSomething = true;
        if (typeof result === 'object' && result !== null && 'kind' in result) reference = true;
        if (!isQuerySpec(result)) continue;
        const shape = toShape(`${path} ${name}(${describeArgs(args, fn.length)})`, result);
        if (!shapes.has(shapeKey(shape))) shapes.set(shapeKey(shape), shape);
      }
      if (!returnedSomething) unseen.push(`${path} ${name}: throws for every sample argument`);
      else if (!reference) notReferences.push(`${path} ${name}`);
    }
  }
  return { shapes: [...shapes.values()], notReferences, unseen };
}

// Admin SDK queries whose collection or fields are variables. Each is named with why it needs no
// index; one that disappears from the code must leave this list too.
const unreadableButServed: Record<string, string> = {
  'functions/src/data-rights/erasure.ts':
    "byField: one equality filter on one of a cohort's own collections, served by the automatic single-field index",
};

const app = await appQueries();
const admin = adminQueries(process.cwd(), ['functions/src', 'scripts']);
const queries = [...app.shapes, ...admin.shapes];

console.info(
  [
    `Query shapes checked against firestore/indexes.json: ${app.shapes.length} from ${refModules.join(', ')}; ${admin.shapes.length} from functions/ and scripts/.`,
    `Exports that are not references (helpers): ${app.notReferences.map((n) => n.split(' ')[1]).join(', ')}.`,
    ...admin.unseen.map(
      (u) => `Not checked, cannot be read from the code: ${u.source} (${u.reason}).`,
    ),
    ...app.unseen.map((u) => `Not checked: ${u}.`),
  ].join('\n'),
);

describe('every query has its index', () => {
  it('finds the queries of the app and of the functions', () => {
    expect(refModules.length).toBeGreaterThanOrEqual(3);
    expect(app.shapes.length).toBeGreaterThan(20);
    expect(admin.shapes.length).toBeGreaterThan(5);
    expect(app.unseen).toEqual([]);
  });

  it('builds app queries only from the reference descriptions', () => {
    const builders = /import\s*\{([^}]*)\}\s*from\s*'firebase\/firestore(\/lite)?'/g;
    const offenders = appFiles
      .filter((path) => !/lib\/firestore\/to-(full|lite)-sdk\.ts$/.test(path))
      .filter((path) =>
        [...readFileSync(path, 'utf8').matchAll(builders)].some((m) =>
          /\b(query|where|orderBy|collectionGroup|and|or)\b/.test(m[1] ?? ''),
        ),
      );
    expect(offenders, 'build these queries in a ref module so they are checked here').toEqual([]);
  });

  it('can read every Admin SDK query, or knows why one needs no index', () => {
    const unexplained = admin.unseen.filter(
      (u) => !(u.source.split(':')[0]! in unreadableButServed),
    );
    expect(unexplained).toEqual([]);
    const stale = Object.keys(unreadableButServed).filter(
      (file) => !admin.unseen.some((u) => u.source.startsWith(`${file}:`)),
    );
    expect(stale, 'remove these from unreadableButServed').toEqual([]);
  });

  it.each(queries.map((q) => [q.source, q] as const))('%s', (_source, query) => {
    const verdict = check(query, indexFile);
    if (!verdict.ok) {
      expect.fail(
        `${query.source} (${query.scope} ${query.collectionId}, filters ${JSON.stringify(query.filters)}, order ${JSON.stringify(query.orders)}) has no index in firestore/indexes.json. Add:\n${verdict.missing}`,
      );
    }
  });

  it('declares no index that no query uses', () => {
    const used = new Set(
      queries.flatMap((q) => {
        const verdict = check(q, indexFile);
        return verdict.ok ? verdict.uses : [];
      }),
    );
    const unused = unusedIndexes(used, indexFile);
    if (unused.length > 0) console.info(`Indexes no query uses:\n${unused.join('\n')}`);
    expect(unused, 'every index costs a write per change: remove these from indexes.json').toEqual(
      [],
    );
  });
});

describe('the time-to-live policies', () => {
  it('expire only the ledger’s words, by the field the ledger writes, with that field unindexed', () => {
    const ttl = indexFile.fieldOverrides.filter((o) => o.ttl === true);
    // A policy on mailLedger itself would delete what proves an email was sent and stops a
    // second send; only the words beside it may go.
    expect(ttl).toEqual([
      {
        collectionGroup: LEDGER_BODY.collection,
        fieldPath: LEDGER_BODY.expiresField,
        ttl: true,
        indexes: [],
      },
    ]);
  });
});
