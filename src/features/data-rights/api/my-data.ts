import { progressLevels, type Visibility } from '@/lib/firestore/schemas';

/** Everything the portal holds about one person, in the shape both downloads are made from. */
export type MyData = {
  exportedAt: string;
  person: {
    uid: string;
    email: string | null;
    displayName: string | null;
    profile: Record<string, string>;
    /** Which emails the person chose to get (none saved means every kind, replies in a digest). */
    emailChoices: Record<string, boolean | string>;
  };
  cohorts: CohortData[];
  /** Their part of the national network, if they are in it. */
  network: NetworkData | null;
  notIncluded: string[];
};

export type NetworkData = {
  profile: Record<string, unknown>;
  posts: {
    kind: string;
    title: string;
    body: string;
    tags: string[];
    hiddenReason: string;
    createdAt: string;
  }[];
  replies: { postId: string; body: string; hiddenReason: string; createdAt: string }[];
};

export type CohortData = {
  cohortId: string;
  cohortName: string;
  role: string;
  membership: { displayName: string; organisation?: string; jobTitle?: string };
  directorCall: { scheduledAt: string | null; completed: boolean; summary: string } | null;
  goals: {
    text: string;
    source: string;
    createdAt: string;
    checkIns: { afterModule: number; progress: string; note: string }[];
  }[];
  readings: { material: string; moduleId: string; read: boolean; takeaway: string }[];
  /** Marks by module day: "2-1" is module 2, day 1. */
  attendance: Record<string, string>;
  /** Ratings are 1 (poor) to 5 (excellent); sessions are keyed by day and start time. */
  moduleFeedback: {
    moduleId: string;
    overall: number;
    sessions: Record<string, number>;
    helped: string;
    change: string;
    updatedAt: string;
  }[];
  journal: {
    id: string;
    moduleId: string;
    title: string;
    body: string;
    visibility: Visibility;
    createdAt: string;
    updatedAt: string;
    replies: { authorName: string; body: string; createdAt: string }[];
  }[];
  myReplies: { entryId: string; body: string; createdAt: string }[];
};

export const notIncluded = [
  'Notes facilitators keep privately after your director call. Ask the programme team for them: they answer subject access requests within one month.',
  'The copies of the emails the portal sent you, which it keeps so that none is sent twice. You have each of them in your inbox; the programme team can export them on request.',
];

export const isoTime = (time: Date | null | undefined) => (time ? time.toISOString() : null);

export const progressLabel = (progress: number) => progressLevels[progress] ?? String(progress);
