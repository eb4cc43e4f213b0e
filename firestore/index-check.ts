/**
 * Which index a Firestore query needs, by Firestore's own rules, and whether
 * `firestore/indexes.json` declares it. The emulators run any query without an index; production
 * refuses one whose composite or collection-group index is missing, so tests/unit/indexes.test.ts
 * puts every query the code builds through this.
 *
 * The rules applied (Firestore's "Index types" and "Index overview"):
 * - Every field has automatic single-field indexes (ascending, descending, array-contains) in
 *   COLLECTION scope only, unless a fieldOverride replaces them with the ones it lists.
 * - A query whose filters and orders touch one field is served by that field's single-field index;
 *   in a collection group it needs that field's COLLECTION_GROUP index from a fieldOverride.
 * - Equality filters alone on several fields (optionally with one sort order) are served by merging
 *   indexes: each equality field's single-field index, or (field, sort fields…) when sorted.
 * - Anything else needs one composite index: the equality and array-contains fields in any order,
 *   then the sort fields (a range filter sorts by its field first) in the query's order, with the
 *   query's directions or all of them reversed.
 */

export type Scope = 'COLLECTION' | 'COLLECTION_GROUP';
export type Direction = 'asc' | 'desc';

export type QueryShape = {
  /** Where the query is built, for the failure message. */
  readonly source: string;
  /** The collection id: the last segment of the path, or the group's id. */
  readonly collectionId: string;
  readonly scope: Scope;
  readonly filters: readonly { readonly field: string; readonly op: string }[];
  readonly orders: readonly { readonly field: string; readonly direction: Direction }[];
};

export type IndexField = {
  readonly fieldPath: string;
  readonly order?: 'ASCENDING' | 'DESCENDING';
  readonly arrayConfig?: 'CONTAINS';
};
export type CompositeIndex = {
  readonly collectionGroup: string;
  readonly queryScope: Scope;
  readonly fields: readonly IndexField[];
};
export type FieldOverride = {
  readonly collectionGroup: string;
  readonly fieldPath: string;
  /** A TTL policy: Firestore deletes each document some time after this timestamp passes. */
  readonly ttl?: boolean;
  readonly indexes: readonly {
    readonly order?: 'ASCENDING' | 'DESCENDING';
    readonly arrayConfig?: 'CONTAINS';
    readonly queryScope: Scope;
  }[];
};
export type IndexFile = {
  readonly indexes: readonly CompositeIndex[];
  readonly fieldOverrides: readonly FieldOverride[];
};

/** What serves a query: declared entries it relies on, or what it lacks. */
export type Verdict =
  | { readonly ok: true; readonly uses: readonly string[] }
  | { readonly ok: false; readonly missing: string };

const EQUALITY = new Set(['==', 'in']);
const ARRAY = new Set(['array-contains', 'array-contains-any']);
const RANGE = new Set(['<', '<=', '>', '>=', '!=', 'not-in']);

type Mode = 'ASCENDING' | 'DESCENDING' | 'CONTAINS';
const modeOf = (direction: Direction): Mode => (direction === 'asc' ? 'ASCENDING' : 'DESCENDING');

/** The parts of a query that decide its index: what must be equal, what it contains, how it sorts. */
export function analyse(shape: QueryShape) {
  const equalities = [
    ...new Set(shape.filters.filter((f) => EQUALITY.has(f.op)).map((f) => f.field)),
  ];
  const arrays = [...new Set(shape.filters.filter((f) => ARRAY.has(f.op)).map((f) => f.field))];
  const ranges = [...new Set(shape.filters.filter((f) => RANGE.has(f.op)).map((f) => f.field))];
  const unknown = shape.filters.filter(
    (f) => !EQUALITY.has(f.op) && !ARRAY.has(f.op) && !RANGE.has(f.op),
  );
  if (unknown.length > 0) throw new Error(`${shape.source}: unknown operator ${unknown[0]?.op}`);
  const orders = shape.orders.filter((o) => o.field !== '__name__');
  // Firestore sorts by a range filter's field first when the query names no order of its own.
  const sorts =
    orders.length > 0 ? orders : ranges.map((field) => ({ field, direction: 'asc' as Direction }));
  const fields = new Set([...equalities, ...arrays, ...ranges, ...sorts.map((s) => s.field)]);
  return { equalities, arrays, ranges, sorts, fields };
}

const overrideName = (collectionId: string, field: string) =>
  `fieldOverride ${collectionId}.${field}`;
const compositeName = (index: CompositeIndex) =>
  `index ${index.collectionGroup} (${index.queryScope}) [${index.fields
    .map((f) => `${f.fieldPath} ${f.arrayConfig ?? f.order}`)
    .join(', ')}]`;

function singleFieldIndex(
  file: IndexFile,
  collectionId: string,
  field: string,
  scope: Scope,
  modes: readonly Mode[],
): string | undefined {
  const override = file.fieldOverrides.find(
    (o) => o.collectionGroup === collectionId && o.fieldPath === field,
  );
  if (!override) return scope === 'COLLECTION' ? 'automatic' : undefined;
  const served = override.indexes.some(
    (i) => i.queryScope === scope && modes.includes(i.arrayConfig ?? i.order ?? 'ASCENDING'),
  );
  return served ? overrideName(collectionId, field) : undefined;
}

function compositeFor(
  file: IndexFile,
  shape: QueryShape,
  unordered: readonly { field: string; contains: boolean }[],
  sorts: readonly { field: string; direction: Direction }[],
): CompositeIndex | undefined {
  return file.indexes.find((index) => {
    if (index.collectionGroup !== shape.collectionId || index.queryScope !== shape.scope) {
      return false;
    }
    const fields = index.fields.filter(
      (f, i) => !(f.fieldPath === '__name__' && i === index.fields.length - 1),
    );
    if (fields.length !== unordered.length + sorts.length) return false;
    const head = fields.slice(0, unordered.length);
    const headMatches = unordered.every(({ field, contains }) =>
      head.some(
        (f) => f.fieldPath === field && (contains ? f.arrayConfig === 'CONTAINS' : !!f.order),
      ),
    );
    const tail = fields.slice(unordered.length);
    const tailMatches = (flip: boolean) =>
      sorts.every((s, i) => {
        const direction = flip ? (s.direction === 'asc' ? 'desc' : 'asc') : s.direction;
        return tail[i]?.fieldPath === s.field && tail[i]?.order === modeOf(direction);
      });
    return headMatches && (tailMatches(false) || tailMatches(true));
  });
}

/** The index JSON to add to `indexes.json` so that the query is served. */
export function neededIndex(shape: QueryShape): string {
  const { equalities, arrays, sorts, fields } = analyse(shape);
  if (fields.size === 1) {
    const [field] = [...fields];
    const mode =
      arrays.length > 0
        ? { arrayConfig: 'CONTAINS' }
        : { order: modeOf(sorts[0]?.direction ?? 'asc') };
    return JSON.stringify({
      fieldOverrides: [
        {
          collectionGroup: shape.collectionId,
          fieldPath: field,
          indexes: [
            { ...mode, queryScope: 'COLLECTION' },
            { ...mode, queryScope: 'COLLECTION_GROUP' },
          ],
        },
      ],
    });
  }
  const unsorted = equalities.filter((f) => !sorts.some((s) => s.field === f));
  return JSON.stringify({
    collectionGroup: shape.collectionId,
    queryScope: shape.scope,
    fields: [
      ...unsorted.map((fieldPath) => ({ fieldPath, order: 'ASCENDING' })),
      ...arrays.map((fieldPath) => ({ fieldPath, arrayConfig: 'CONTAINS' })),
      ...sorts.map((s) => ({ fieldPath: s.field, order: modeOf(s.direction) })),
    ],
  });
}

export function check(shape: QueryShape, file: IndexFile): Verdict {
  const { equalities, arrays, ranges, sorts, fields } = analyse(shape);
  const missing = { ok: false as const, missing: neededIndex(shape) };

  if (fields.size === 0) return { ok: true, uses: [] };
  if (fields.size === 1) {
    const [field = ''] = [...fields];
    const direction = sorts[0]?.direction;
    // A sort needs that direction's index; an equality is served by either.
    const modes: Mode[] =
      arrays.length > 0
        ? ['CONTAINS']
        : direction
          ? [modeOf(direction)]
          : ['ASCENDING', 'DESCENDING'];
    const served = singleFieldIndex(file, shape.collectionId, field, shape.scope, modes);
    return served ? { ok: true, uses: served === 'automatic' ? [] : [served] } : missing;
  }

  const unsorted = equalities.filter((f) => !sorts.some((s) => s.field === f));
  const whole = compositeFor(
    file,
    shape,
    [
      ...unsorted.map((field) => ({ field, contains: false })),
      ...arrays.map((field) => ({ field, contains: true })),
    ],
    sorts,
  );
  if (whole) return { ok: true, uses: [compositeName(whole)] };

  // Index merging: equalities only, each served by its own index carrying the same sort.
  if (arrays.length === 0 && ranges.length === 0 && unsorted.length > 0) {
    const parts = unsorted.map((field) => {
      if (sorts.length === 0) {
        return singleFieldIndex(file, shape.collectionId, field, shape.scope, [
          'ASCENDING',
          'DESCENDING',
        ]);
      }
      const index = compositeFor(file, shape, [{ field, contains: false }], sorts);
      return index && compositeName(index);
    });
    if (parts.every((p) => p !== undefined)) {
      return { ok: true, uses: parts.filter((p) => p !== 'automatic') };
    }
  }
  return missing;
}

/**
 * Declared entries no query relies on. Each costs a write on every change to a document it covers;
 * an override's COLLECTION-scope entries only restore what it replaced, so they are not counted.
 */
export function unusedIndexes(used: ReadonlySet<string>, file: IndexFile): string[] {
  return [
    ...file.indexes.map(compositeName).filter((name) => !used.has(name)),
    ...file.fieldOverrides
      .filter((o) => o.indexes.some((i) => i.queryScope === 'COLLECTION_GROUP'))
      .map((o) => overrideName(o.collectionGroup, o.fieldPath))
      .filter((name) => !used.has(name)),
  ];
}
