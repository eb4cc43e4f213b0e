import { collection, collectionGroup, doc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { zodConverter } from './converters';
import { cohortSchema, memberSchema, moduleSchema } from './schemas';

const cohortConverter = zodConverter(cohortSchema);
const memberConverter = zodConverter(memberSchema);
const moduleConverter = zodConverter(moduleSchema);

export const cohortsCollection = () => collection(db, 'cohorts').withConverter(cohortConverter);
export const cohortDoc = (cohortId: string) =>
  doc(db, 'cohorts', cohortId).withConverter(cohortConverter);
export const membersCollection = (cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'members').withConverter(memberConverter);
export const memberDoc = (cohortId: string, uid: string) =>
  doc(db, 'cohorts', cohortId, 'members', uid).withConverter(memberConverter);
export const allMemberships = () => collectionGroup(db, 'members').withConverter(memberConverter);
export const modulesCollection = (cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'modules').withConverter(moduleConverter);
