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
import {
  toConstraint,
  type CollectionSpec,
  type Constraint,
  type DocSpec,
  type QuerySpec,
} from './ref-spec';

const constraint = (c: Constraint) =>
  toConstraint<QueryConstraint>(c, { where, orderBy, limit, startAfter });

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
