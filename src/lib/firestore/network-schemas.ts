import { z } from 'zod/mini';
import {
  NETWORK_LIMITS,
  networkOpenTo,
  networkPostKinds,
  networkRegions,
  networkSectors,
} from './network-vocabulary';
import { anyText, text, timestamp } from './schemas';

// Kept apart from schemas.ts so the network's lists never weigh on the dashboard's first load.

export const networkProfileSchema = z.object({
  uid: text(1, 128),
  displayName: text(1, 120),
  nameLower: text(1, 120),
  organisation: anyText(160),
  jobTitle: anyText(160),
  sector: z.enum(networkSectors),
  region: z.enum(networkRegions),
  tags: z.array(text(1, NETWORK_LIMITS.tag)).check(z.maxLength(NETWORK_LIMITS.tags)),
  openTo: z.array(z.enum(Object.keys(networkOpenTo) as [keyof typeof networkOpenTo])),
  contactEmail: anyText(254),
  cohortIds: z.array(text(1, 128)).check(z.minLength(1), z.maxLength(NETWORK_LIMITS.cohorts)),
  cohortLabels: z.record(z.string(), text(1, 120)),
  tagCohorts: z.array(z.string()),
  joinedAt: timestamp,
  updatedAt: timestamp,
});
export type NetworkProfile = z.output<typeof networkProfileSchema>;

const moderation = {
  hidden: z.boolean(),
  hiddenReason: z._default(anyText(NETWORK_LIMITS.hiddenReason), ''),
};

export const networkPostSchema = z.object({
  authorUid: text(1, 128),
  kind: z.enum(Object.keys(networkPostKinds) as [keyof typeof networkPostKinds]),
  title: text(1, NETWORK_LIMITS.postTitle),
  body: anyText(NETWORK_LIMITS.postBody),
  tags: z.array(text(1, NETWORK_LIMITS.tag)).check(z.maxLength(NETWORK_LIMITS.postTags)),
  ...moderation,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type NetworkPost = z.output<typeof networkPostSchema>;

export const networkReplySchema = z.object({
  authorUid: text(1, 128),
  body: text(1, NETWORK_LIMITS.reply),
  ...moderation,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type NetworkReply = z.output<typeof networkReplySchema>;

export const networkReportSchema = z.object({
  reporterUid: text(1, 128),
  postId: text(1, 128),
  replyId: anyText(128),
  reason: text(1, NETWORK_LIMITS.reportReason),
  createdAt: timestamp,
});
export type NetworkReport = z.output<typeof networkReportSchema>;

export const networkCohortsSchema = z.object({ labels: z.record(z.string(), z.string()) });
