import {
  collection,
  collectionGroup,
  doc,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type DocumentSnapshot,
  type Firestore,
  type QueryConstraint,
} from 'firebase/firestore';
import { zodConverter } from './converters';
import {
  networkCohortsSchema,
  networkPostSchema,
  networkProfileSchema,
  networkReplySchema,
  networkReportSchema,
} from './network-schemas';
import { NETWORK_LIMITS, tagInCohort } from './network-vocabulary';

// The network is shared by every cohort; the rules let only people with a profile read it.
const converters = {
  profile: zodConverter(networkProfileSchema),
  post: zodConverter(networkPostSchema),
  reply: zodConverter(networkReplySchema),
  report: zodConverter(networkReportSchema),
  cohorts: zodConverter(networkCohortsSchema),
};

/** One page and one more, to know whether "show more" has anything to show. */
const onePage = () => limit(NETWORK_LIMITS.page + 1);
const after = (cursor?: DocumentSnapshot) => (cursor ? [startAfter(cursor)] : []);

export const networkProfileDoc = (db: Firestore, uid: string) =>
  doc(db, 'networkProfiles', uid).withConverter(converters.profile);

/** Every cohort's label by id, in one document, for the directory's cohort filter. */
export const networkCohortsDoc = (db: Firestore) =>
  doc(db, 'networkCohorts', 'all').withConverter(converters.cohorts);

export type DirectoryFilters = {
  /** The start of a name, in any case. */
  name?: string;
  sector?: string;
  region?: string;
  tag?: string;
  cohortId?: string;
};

/** A page of the directory, A to Z by name; at most one array filter, as Firestore allows. */
export function directoryQuery(
  db: Firestore,
  filters: DirectoryFilters = {},
  cursor?: DocumentSnapshot,
) {
  const constraints: QueryConstraint[] = [];
  if (filters.sector) constraints.push(where('sector', '==', filters.sector));
  if (filters.region) constraints.push(where('region', '==', filters.region));
  const tag = filters.tag?.toLowerCase();
  if (tag && filters.cohortId) {
    constraints.push(where('tagCohorts', 'array-contains', tagInCohort(tag, filters.cohortId)));
  } else if (tag) {
    constraints.push(where('tags', 'array-contains', tag));
  } else if (filters.cohortId) {
    constraints.push(where('cohortIds', 'array-contains', filters.cohortId));
  }
  const name = filters.name?.trim().toLowerCase();
  if (name) {
    constraints.push(where('nameLower', '>=', name), where('nameLower', '<', `${name}\uf8ff`));
  }
  return query(
    collection(db, 'networkProfiles').withConverter(converters.profile),
    ...constraints,
    orderBy('nameLower'),
    ...after(cursor),
    onePage(),
  );
}

export const networkPostsCollection = (db: Firestore) =>
  collection(db, 'networkPosts').withConverter(converters.post);
export const networkPostDoc = (db: Firestore, postId: string) =>
  doc(db, 'networkPosts', postId).withConverter(converters.post);

/** A page of the noticeboard, newest first: what nobody has hidden (the programme team sees all). */
export function noticeboardQuery(
  db: Firestore,
  options: { everything?: boolean; tag?: string; max?: number } = {},
  cursor?: DocumentSnapshot,
) {
  const constraints: QueryConstraint[] = options.everything ? [] : [where('hidden', '==', false)];
  if (options.tag) constraints.push(where('tags', 'array-contains', options.tag.toLowerCase()));
  return query(
    networkPostsCollection(db),
    ...constraints,
    orderBy('createdAt', 'desc'),
    ...after(cursor),
    options.max ? limit(options.max) : onePage(),
  );
}

/** The latest asks, for the dashboard. */
export const latestAsksQuery = (db: Firestore, max = 2) =>
  query(
    networkPostsCollection(db),
    where('hidden', '==', false),
    where('kind', '==', 'ask'),
    orderBy('createdAt', 'desc'),
    limit(max),
  );

/** A person's own posts the programme team hid, so they can see why. */
export const myHiddenPostsQuery = (db: Firestore, uid: string) =>
  query(
    networkPostsCollection(db),
    where('authorUid', '==', uid),
    where('hidden', '==', true),
    limit(NETWORK_LIMITS.page),
  );

export const networkRepliesCollection = (db: Firestore, postId: string) =>
  collection(db, 'networkPosts', postId, 'replies').withConverter(converters.reply);

/** Replies in the order they were written; one person's hidden ones come from their own query. */
export const networkRepliesQuery = (db: Firestore, postId: string, everything = false) =>
  query(
    networkRepliesCollection(db, postId),
    ...(everything ? [] : [where('hidden', '==', false)]),
    orderBy('createdAt'),
    limit(NETWORK_LIMITS.page * 5),
  );

export const myHiddenRepliesQuery = (db: Firestore, postId: string, uid: string) =>
  query(
    networkRepliesCollection(db, postId),
    where('authorUid', '==', uid),
    where('hidden', '==', true),
    limit(NETWORK_LIMITS.page),
  );

export const networkReportsQuery = (db: Firestore) =>
  query(
    collection(db, 'networkReports').withConverter(converters.report),
    orderBy('createdAt', 'desc'),
    limit(50),
  );

/** Everything one person wrote in the network, for their data download. */
export const myNetworkPostsQuery = (db: Firestore, uid: string) =>
  query(networkPostsCollection(db), where('authorUid', '==', uid), limit(100));
export const myNetworkRepliesQuery = (db: Firestore, uid: string) =>
  query(
    collectionGroup(db, 'replies').withConverter(converters.reply),
    where('authorUid', '==', uid),
    limit(100),
  );
