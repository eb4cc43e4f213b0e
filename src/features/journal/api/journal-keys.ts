export const journalKeys = {
  all: (cohortId: string) => ['cohorts', cohortId, 'journal'] as const,
  mine: (cohortId: string, uid: string) => [...journalKeys.all(cohortId), 'mine', uid] as const,
  shared: (cohortId: string) => [...journalKeys.all(cohortId), 'shared'] as const,
  entry: (cohortId: string, entryId: string) =>
    [...journalKeys.all(cohortId), 'entry', entryId] as const,
  comments: (cohortId: string, entryId: string, cohortWideOnly = false) =>
    [...journalKeys.entry(cohortId, entryId), 'comments', cohortWideOnly] as const,
};
