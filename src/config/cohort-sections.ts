// The cohort's main navigation. Only the cohort's header needs it, so it lives apart from the
// route helpers, which the sign-in page loads too.
export const cohortSections = [
  { segment: '', label: 'Dashboard', staffOnly: false },
  { segment: 'timetable', label: 'Timetable', staffOnly: false },
  { segment: 'pre-reading', label: 'Pre-reading', staffOnly: false },
  { segment: 'goals', label: 'Goals', staffOnly: false },
  { segment: 'journal', label: 'Journal', staffOnly: false },
  { segment: 'cohort', label: 'Cohort', staffOnly: false },
  { segment: 'people', label: 'People', staffOnly: false },
  { segment: 'network', label: 'Network', staffOnly: false },
  { segment: 'feedback', label: 'Feedback', staffOnly: false },
  { segment: 'readiness', label: 'Readiness', staffOnly: true },
  { segment: 'attendance', label: 'Attendance', staffOnly: true },
] as const;
