// The programme team's own pages, in the order their navigation offers them, and the address of
// each. They live apart from the route helpers (paths.ts), which the sign-in page loads too, so its
// JavaScript does not grow by a byte for pages only the team opens.
export const adminPages = [
  { segment: '', label: 'Overview' },
  { segment: 'cohorts', label: 'Cohorts' },
  { segment: 'programmes', label: 'Programmes' },
  { segment: 'people', label: 'People' },
  { segment: 'privacy', label: 'Privacy' },
  { segment: 'audit-log', label: 'Audit log' },
  { segment: 'problems', label: 'Problems' },
] as const;

export type AdminPage = (typeof adminPages)[number]['segment'];

/** `/admin` for the overview, `/admin/<page>` for the rest; `paths.admin()` is the overview too. */
export const adminPath = (page: AdminPage = '') => (page ? `/admin/${page}` : '/admin');
