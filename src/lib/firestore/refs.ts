import {
  collection,
  collectionGroup,
  doc,
  orderBy,
  query,
  where,
  type Firestore,
} from 'firebase/firestore';
import { zodConverter } from './converters';
import { cohortSchema, memberSchema, moduleSchema } from './schemas';

// Refs and queries take the Firestore instance, so rules tests run the app's exact queries.
const cohortConverter = zodConverter(cohortSchema);
const memberConverter = zodConverter(memberSchema);
const moduleConverter = zodConverter(moduleSchema);

export const cohortsCollection = (db: Firestore) =>
  collection(db, 'cohorts').withConverter(cohortConverter);
export const cohortDoc = (db: Firestore, cohortId: string) =>
  doc(db, 'cohorts', cohortId).withConverter(cohortConverter);
export const membersCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'members').withConverter(memberConverter);
export const memberDoc = (db: Firestore, cohortId: string, uid: string) =>
  doc(db, 'cohorts', cohortId, 'members', uid).withConverter(memberConverter);
export const modulesCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'modules').withConverter(moduleConverter);

/** Everyone's memberships are one collection group; the rules allow it only filtered to oneself. */
export const myMembershipsQuery = (db: Firestore, uid: string) =>
  query(collectionGroup(db, 'members').withConverter(memberConverter), where('uid', '==', uid));

export const modulesInOrderQuery = (db: Firestore, cohortId: string) =>
  query(modulesCollection(db, cohortId), orderBy('number'));
