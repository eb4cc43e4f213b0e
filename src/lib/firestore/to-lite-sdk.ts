import {
  collection,
  collectionGroup,
  doc,
  limit,
  orderBy,
  query,
  where,
  type DocumentReference,
  type Firestore,
  type FirestoreDataConverter,
  type Query,
  type QueryConstraint,
} from 'firebase/firestore/lite';
import type { WithId } from './converters';
import { toConstraint, type Constraint, type DocSpec, type QuerySpec } from './ref-spec';

const constraint = (c: Constraint) =>
  toConstraint<QueryConstraint>(c, {
    where,
    orderBy,
    limit,
    startAfter: () => {
      throw new Error('Paged queries are read with the full SDK, which holds their cursors.');
    },
  });

// The converters are written against the full SDK's types. Lite's snapshots have the same data()
// and id (data() takes no options, as nothing is ever pending), so the same objects serve both.
const lite = <T>(converter: unknown) => converter as FirestoreDataConverter<WithId<T>>;

export function toLiteDocRef<T>(db: Firestore, spec: DocSpec<T>): DocumentReference<WithId<T>> {
  const ref = doc(db, spec.path);
  return spec.converter
    ? ref.withConverter(lite<T>(spec.converter))
    : (ref as DocumentReference<never>);
}

export function toLiteQuery<T>(db: Firestore, spec: QuerySpec<T>): Query<WithId<T>> {
  const base = spec.group ? collectionGroup(db, spec.path) : collection(db, spec.path);
  return query(base.withConverter(lite<T>(spec.converter)), ...spec.constraints.map(constraint));
}
