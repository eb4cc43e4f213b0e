export const preReadingKeys = {
  materials: (cohortId: string) => ['cohorts', cohortId, 'materials'] as const,
  myReadings: (cohortId: string, uid: string) => ['cohorts', cohortId, 'readings', uid] as const,
};
