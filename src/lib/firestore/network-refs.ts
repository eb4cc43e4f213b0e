import type { DocumentSnapshot } from 'firebase/firestore';
import {
  collectionAt,
  docAt,
  groupOf,
  limit,
  orderBy,
  queryOf,
  startAfter,
  where,
  type Constraint,
} from './ref-spec';
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

export const networkProfileDoc = (uid: string) => docAt(converters.profile, 'networkProfiles', uid);

/** Every cohort's label by id, in one document, for the directory's cohort filter. */
export const networkCohortsDoc = () => docAt(converters.cohorts, 'networkCohorts', 'all');

export type DirectoryFilters = {
  /** The start of a name, in any case. */
  name?: string;
  sector?: string;
  region?: string;
  tag?: string;
  cohortId?: string;
};

/** A page of the directory, A to Z by name; at most one array filter, as Firestore allows. */
export function directoryQuery(filters: DirectoryFilters = {}, cursor?: DocumentSnapshot) {
  const constraints: Constraint[] = [];
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
  return queryOf(
    collectionAt(converters.profile, 'networkProfiles'),
    ...constraints,
    orderBy('nameLower'),
    ...after(cursor),
    onePage(),
  );
}

export const networkPostsCollection = () => collectionAt(converters.post, 'networkPosts');
export const networkPostDoc = (postId: string) => docAt(converters.post, 'networkPosts', postId);

/** A page of the noticeboard, newest first: what nobody has hidden (the programme team sees all). */
export function noticeboardQuery(
  options: { everything?: boolean; tag?: string; max?: number } = {},
  cursor?: DocumentSnapshot,
) {
  const constraints: Constraint[] = options.everything ? [] : [where('hidden', '==', false)];
  if (options.tag) constraints.push(where('tags', 'array-contains', options.tag.toLowerCase()));
  return queryOf(
    networkPostsCollection(),
    ...constraints,
    orderBy('createdAt', 'desc'),
    ...after(cursor),
    options.max ? limit(options.max) : onePage(),
  );
}

/** The latest asks, for the dashboard. */
export const latestAsksQuery = (max = 2) =>
  queryOf(
    networkPostsCollection(),
    where('hidden', '==', false),
    where('kind', '==', 'ask'),
    orderBy('createdAt', 'desc'),
    limit(max),
  );

/** A person's own posts the programme team hid, so they can see why. */
export const myHiddenPostsQuery = (uid: string) =>
  queryOf(
    networkPostsCollection(),
    where('authorUid', '==', uid),
    where('hidden', '==', true),
    limit(NETWORK_LIMITS.page),
  );

export const networkRepliesCollection = (postId: string) =>
  collectionAt(converters.reply, 'networkPosts', postId, 'replies');

/** Replies in the order they were written; one person's hidden ones come from their own query. */
export const networkRepliesQuery = (postId: string, everything = false) =>
  queryOf(
    networkRepliesCollection(postId),
    ...(everything ? [] : [where('hidden', '==', false)]),
    orderBy('createdAt'),
    limit(NETWORK_LIMITS.page * 5),
  );

export const myHiddenRepliesQuery = (postId: string, uid: string) =>
  queryOf(
    networkRepliesCollection(postId),
    where('authorUid', '==', uid),
    where('hidden', '==', true),
    limit(NETWORK_LIMITS.page),
  );

export const networkReportsQuery = () =>
  queryOf(
    collectionAt(converters.report, 'networkReports'),
    orderBy('createdAt', 'desc'),
    limit(50),
  );

/** Everything one person wrote in the network, for their data download. */
export const myNetworkPostsQuery = (uid: string) =>
  queryOf(networkPostsCollection(), where('authorUid', '==', uid), limit(100));
export const myNetworkRepliesQuery = (uid: string) =>
  queryOf(groupOf(converters.reply, 'replies'), where('authorUid', '==', uid), limit(100));
