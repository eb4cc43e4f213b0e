import type { DirectoryFilters } from '@/lib/firestore/network-refs';

export const networkKeys = {
  all: ['network'] as const,
  profile: (uid: string) => ['network', 'profile', uid] as const,
  directory: (filters: DirectoryFilters) => ['network', 'directory', filters] as const,
  noticeboard: (everything: boolean, tag: string) =>
    ['network', 'noticeboard', everything, tag] as const,
  post: (postId: string) => ['network', 'post', postId] as const,
  replies: (postId: string, everything: boolean) =>
    ['network', 'replies', postId, everything] as const,
  myHidden: (uid: string) => ['network', 'my-hidden', uid] as const,
  myHiddenReplies: (postId: string, uid: string) =>
    ['network', 'my-hidden-replies', postId, uid] as const,
  author: (uid: string) => ['network', 'author', uid] as const,
  latestAsks: () => ['network', 'latest-asks'] as const,
  reports: () => ['network', 'reports'] as const,
};
