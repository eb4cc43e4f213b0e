export const cohortKeys = {
  all: ['cohorts'] as const,
  mine: (uid: string) => [...cohortKeys.all, 'mine', uid] as const,
  detail: (cohortId: string) => [...cohortKeys.all, cohortId] as const,
  membership: (cohortId: string, uid: string) =>
    [...cohortKeys.detail(cohortId), 'members', uid] as const,
  members: (cohortId: string) => [...cohortKeys.detail(cohortId), 'members'] as const,
  deferrals: (cohortId: string) => [...cohortKeys.detail(cohortId), 'deferrals'] as const,
};
