import { describe, expect, it } from 'vitest';
import { check, unusedIndexes, type IndexFile, type QueryShape } from '../../firestore/index-check';

const query = (over: Partial<QueryShape>): QueryShape => ({
  source: 'test',
  collectionId: 'posts',
  scope: 'COLLECTION',
  filters: [],
  orders: [],
  ...over,
});
const none: IndexFile = { indexes: [], fieldOverrides: [] };
const withIndex = (...fields: IndexFile['indexes'][number]['fields']): IndexFile => ({
  indexes: [{ collectionGroup: 'posts', queryScope: 'COLLECTION', fields }],
  fieldOverrides: [],
});

describe("Firestore's index rules", () => {
  it('serves one field in a collection from its automatic index', () => {
    expect(check(query({ filters: [{ field: 'a', op: '==' }] }), none).ok).toBe(true);
    expect(check(query({ orders: [{ field: 'a', direction: 'desc' }] }), none).ok).toBe(true);
    expect(
      check(
        query({ filters: [{ field: 'a', op: '>=' }], orders: [{ field: 'a', direction: 'asc' }] }),
        none,
      ).ok,
    ).toBe(true);
  });

  it('needs a collection-group override for one field across a group', () => {
    const group = query({ scope: 'COLLECTION_GROUP', filters: [{ field: 'a', op: '==' }] });
    expect(check(group, none).ok).toBe(false);
    const override: IndexFile = {
      indexes: [],
      fieldOverrides: [
        {
          collectionGroup: 'posts',
          fieldPath: 'a',
          indexes: [{ order: 'ASCENDING', queryScope: 'COLLECTION_GROUP' }],
        },
      ],
    };
    expect(check(group, override)).toEqual({ ok: true, uses: ['fieldOverride posts.a'] });
  });

  it('loses the automatic index of a field an override replaces', () => {
    const override: IndexFile = {
      indexes: [],
      fieldOverrides: [
        {
          collectionGroup: 'posts',
          fieldPath: 'a',
          indexes: [{ order: 'ASCENDING', queryScope: 'COLLECTION_GROUP' }],
        },
      ],
    };
    expect(check(query({ filters: [{ field: 'a', op: '==' }] }), override).ok).toBe(false);
  });

  it('merges single-field indexes for equalities alone', () => {
    const q = query({
      filters: [
        { field: 'a', op: '==' },
        { field: 'b', op: '==' },
      ],
    });
    expect(check(q, none)).toEqual({ ok: true, uses: [] });
  });

  it('merges composites that each carry the same sort for equalities with an order', () => {
    const q = query({
      filters: [
        { field: 'a', op: '==' },
        { field: 'b', op: '==' },
      ],
      orders: [{ field: 'c', direction: 'desc' }],
    });
    const a = { fieldPath: 'a', order: 'ASCENDING' } as const;
    const b = { fieldPath: 'b', order: 'ASCENDING' } as const;
    const c = { fieldPath: 'c', order: 'DESCENDING' } as const;
    const both: IndexFile = {
      indexes: [
        { collectionGroup: 'posts', queryScope: 'COLLECTION', fields: [a, c] },
        { collectionGroup: 'posts', queryScope: 'COLLECTION', fields: [b, c] },
      ],
      fieldOverrides: [],
    };
    expect(check(q, both).ok).toBe(true);
    expect(check(q, withIndex(a, c)).ok).toBe(false);
    expect(check(q, withIndex(b, a, c)).ok).toBe(true);
  });

  it('needs a composite for an equality with an order on another field, in either full direction', () => {
    const q = query({
      filters: [{ field: 'a', op: '==' }],
      orders: [{ field: 'b', direction: 'desc' }],
    });
    expect(check(q, none).ok).toBe(false);
    expect(
      check(
        q,
        withIndex({ fieldPath: 'a', order: 'ASCENDING' }, { fieldPath: 'b', order: 'DESCENDING' }),
      ).ok,
    ).toBe(true);
    expect(
      check(
        q,
        withIndex({ fieldPath: 'a', order: 'DESCENDING' }, { fieldPath: 'b', order: 'DESCENDING' }),
      ).ok,
    ).toBe(true);
    expect(
      check(
        q,
        withIndex({ fieldPath: 'b', order: 'DESCENDING' }, { fieldPath: 'a', order: 'ASCENDING' }),
      ).ok,
    ).toBe(false);
  });

  it('reads two sorts backwards only when both are reversed', () => {
    const q = query({
      orders: [
        { field: 'a', direction: 'asc' },
        { field: 'b', direction: 'desc' },
      ],
    });
    const reversed = withIndex(
      { fieldPath: 'a', order: 'DESCENDING' },
      { fieldPath: 'b', order: 'ASCENDING' },
    );
    const half = withIndex(
      { fieldPath: 'a', order: 'ASCENDING' },
      { fieldPath: 'b', order: 'ASCENDING' },
    );
    expect(check(q, reversed).ok).toBe(true);
    expect(check(q, half).ok).toBe(false);
  });

  it('needs array-contains and an order in one composite, with the array field as CONTAINS', () => {
    const q = query({
      filters: [{ field: 'tags', op: 'array-contains' }],
      orders: [{ field: 'at', direction: 'desc' }],
    });
    const verdict = check(q, none);
    expect(verdict).toEqual({
      ok: false,
      missing: JSON.stringify({
        collectionGroup: 'posts',
        queryScope: 'COLLECTION',
        fields: [
          { fieldPath: 'tags', arrayConfig: 'CONTAINS' },
          { fieldPath: 'at', order: 'DESCENDING' },
        ],
      }),
    });
    expect(
      check(
        q,
        withIndex(
          { fieldPath: 'tags', order: 'ASCENDING' },
          { fieldPath: 'at', order: 'DESCENDING' },
        ),
      ).ok,
    ).toBe(false);
  });

  it('sorts by a range field first when the query names no order', () => {
    const q = query({
      filters: [
        { field: 'status', op: 'in' },
        { field: 'due', op: '<=' },
      ],
    });
    expect(
      check(
        q,
        withIndex(
          { fieldPath: 'status', order: 'ASCENDING' },
          { fieldPath: 'due', order: 'ASCENDING' },
        ),
      ).ok,
    ).toBe(true);
  });

  it('names composites and group overrides that nothing uses', () => {
    const file: IndexFile = {
      ...withIndex({ fieldPath: 'a', order: 'ASCENDING' }, { fieldPath: 'b', order: 'ASCENDING' }),
      fieldOverrides: [
        {
          collectionGroup: 'posts',
          fieldPath: 'c',
          indexes: [{ order: 'ASCENDING', queryScope: 'COLLECTION_GROUP' }],
        },
      ],
    };
    expect(unusedIndexes(new Set(), file)).toEqual([
      'index posts (COLLECTION) [a ASCENDING, b ASCENDING]',
      'fieldOverride posts.c',
    ]);
  });
});
