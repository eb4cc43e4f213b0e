import {
  collection,
  collectionGroup,
  doc,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type CollectionReference,
  type DocumentData,
  type DocumentReference,
  type Firestore,
  type Query,
  type QueryConstraint,
} from 'firebase/firestore';
import type { WithId } from './converters';
import type { CollectionSpec, Constraint, DocSpec, QuerySpec } from './ref-spec';

function constraint(c: Constraint): QueryConstraint {
  switch (c.type) {
    case 'where':
      return where(c.field, c.op, c.value);
    case 'orderBy':
      return orderBy(c.field, c.direction);
    case 'limit':
      return limit(c.count);
    case 'startAfter':
      return startAfter(c.cursor);
  }
}

export function toDocRef<T>(db: Firestore, spec: DocSpec<T>): DocumentReference<WithId<T>> {
  const ref = doc(db, spec.path);
  // A spec without a converter is typed DocumentData, so the plain reference is what it promises.
  return spec.converter ? ref.withConverter(spec.converter) : (ref as DocumentReference<never>);
}

export function toCollectionRef<T>(
  db: Firestore,
  spec: CollectionSpec<T>,
): CollectionReference<WithId<T>, DocumentData> {
  return collection(db, spec.path).withConverter(spec.converter);
}

export function toQuery<T>(db: Firestore, spec: QuerySpec<T>): Query<WithId<T>, DocumentData> {
  const base = spec.group ? collectionGroup(db, spec.path) : collection(db, spec.path);
  return query(base.withConverter(spec.converter), ...spec.constraints.map(constraint));
}
