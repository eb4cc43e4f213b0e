import type {
  DocumentData,
  DocumentSnapshot,
  FirestoreDataConverter,
  OrderByDirection,
  WhereFilterOp,
} from 'firebase/firestore';
import type { WithId } from './converters';

// A reference is described as data (a path, filters, a converter) rather than built with an SDK,
// so the same description is read by Firestore Lite on a screen's first view and by the full SDK
// for live updates, writes and the rules tests (decision 0016).

export type Converter<T> = FirestoreDataConverter<WithId<T>, DocumentData>;

export type Constraint =
  | {
      readonly type: 'where';
      readonly field: string;
      readonly op: WhereFilterOp;
      readonly value: unknown;
    }
  | { readonly type: 'orderBy'; readonly field: string; readonly direction: OrderByDirection }
  | { readonly type: 'limit'; readonly count: number }
  | { readonly type: 'startAfter'; readonly cursor: DocumentSnapshot };

export type DocSpec<T> = {
  readonly kind: 'doc';
  readonly path: string;
  readonly converter: Converter<T> | undefined;
};

export type QuerySpec<T> = {
  readonly kind: 'query';
  /** A collection's path, or for a collection group its id. */
  readonly path: string;
  readonly group: boolean;
  readonly constraints: readonly Constraint[];
  readonly converter: Converter<T>;
};

/** A whole collection: a query with no filters, which can also hold a new document. */
export type CollectionSpec<T> = QuerySpec<T> & {
  readonly group: false;
  readonly constraints: readonly [];
};

export const docAt = <T>(converter: Converter<T>, ...segments: string[]): DocSpec<T> => ({
  kind: 'doc',
  path: segments.join('/'),
  converter,
});

/** A document read as it is stored, without a schema. */
export const rawDocAt = (...segments: string[]): DocSpec<DocumentData> => ({
  kind: 'doc',
  path: segments.join('/'),
  converter: undefined,
});

export const collectionAt = <T>(
  converter: Converter<T>,
  ...segments: string[]
): CollectionSpec<T> => ({
  kind: 'query',
  path: segments.join('/'),
  group: false,
  constraints: [],
  converter,
});

/** Every collection with this id, wherever it is. */
export const groupOf = <T>(converter: Converter<T>, collectionId: string): QuerySpec<T> => ({
  kind: 'query',
  path: collectionId,
  group: true,
  constraints: [],
  converter,
});

export const queryOf = <T>(base: QuerySpec<T>, ...constraints: Constraint[]): QuerySpec<T> => ({
  ...base,
  constraints: [...base.constraints, ...constraints],
});

export const where = (field: string, op: WhereFilterOp, value: unknown): Constraint => ({
  type: 'where',
  field,
  op,
  value,
});
export const orderBy = (field: string, direction: OrderByDirection = 'asc'): Constraint => ({
  type: 'orderBy',
  field,
  direction,
});
export const limit = (count: number): Constraint => ({ type: 'limit', count });

/** An SDK's own constraint functions, for turning a description's constraints into its kind. */
export type ConstraintFunctions<R> = {
  where: (field: string, op: WhereFilterOp, value: unknown) => R;
  orderBy: (field: string, direction: OrderByDirection) => R;
  limit: (count: number) => R;
  startAfter: (cursor: DocumentSnapshot) => R;
};

export function toConstraint<R>(c: Constraint, sdk: ConstraintFunctions<R>): R {
  switch (c.type) {
    case 'where':
      return sdk.where(c.field, c.op, c.value);
    case 'orderBy':
      return sdk.orderBy(c.field, c.direction);
    case 'limit':
      return sdk.limit(c.count);
    case 'startAfter':
      return sdk.startAfter(c.cursor);
  }
}
export const startAfter = (cursor: DocumentSnapshot): Constraint => ({
  type: 'startAfter',
  cursor,
});
