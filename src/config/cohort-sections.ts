// The cohort's main navigation. Only the cohort's header needs it, so it lives apart from the
// route helpers, which the sign-in page loads too. Readiness and attendance read goals, director
// calls and marks the rules keep to the cohort's facilitators, so only they are offered them.
export const cohortSections = [
  { segment: '', label: 'Dashboard', facilitatorsOnly: false },
  { segment: 'timetable', label: 'Timetable', facilitatorsOnly: false },
  { segment: 'pre-reading', label: 'Pre-reading', facilitatorsOnly: false },
  { segment: 'goals', label: 'Goals', facilitatorsOnly: false },
  { segment: 'journal', label: 'Journal', facilitatorsOnly: false },
  { segment: 'cohort', label: 'Cohort', facilitatorsOnly: false },
  { segment: 'people', label: 'People', facilitatorsOnly: false },
  { segment: 'network', label: 'Network', facilitatorsOnly: false },
  { segment: 'feedback', label: 'Feedback', facilitatorsOnly: false },
  { segment: 'readiness', label: 'Readiness', facilitatorsOnly: true },
  { segment: 'attendance', label: 'Attendance', facilitatorsOnly: true },
] as const;
