import { createBrowserRouter } from 'react-router';
import { RouteErrorBoundary } from '@/components/errors/route-error-boundary';
import { Loading } from '@/components/ui/loading';

// Route modules load on demand, so the sign-in page ships no Firestore code.
export const router = createBrowserRouter([
  {
    path: '/',
    ErrorBoundary: RouteErrorBoundary,
    HydrateFallback: () => <Loading label="Opening the portal…" />,
    children: [
      { path: 'sign-in', lazy: () => import('./routes/sign-in') },
      { path: 'sign-in/email-link', lazy: () => import('./routes/email-sign-in') },
      { path: 'reset-password', lazy: () => import('./routes/reset-password') },
      { path: 'sign-up', lazy: () => import('./routes/sign-up') },
      { path: 'verify-email', lazy: () => import('./routes/verify-email') },
      { path: 'account/action', lazy: () => import('./routes/account-action') },
      { path: 'privacy', lazy: () => import('./routes/privacy') },
      { path: 'accessibility', lazy: () => import('./routes/accessibility') },
      {
        lazy: () => import('./routes/with-queries'),
        children: [
          { index: true, lazy: () => import('./routes/home') },
          { path: 'choose-cohort', lazy: () => import('./routes/choose-cohort') },
          { path: 'no-cohort', lazy: () => import('./routes/no-cohort') },
          { path: 'place-ended', lazy: () => import('./routes/place-ended') },
          { path: 'admin/*', lazy: () => import('./routes/admin/layout') },
          { path: 'notifications', lazy: () => import('./routes/notifications') },
          {
            id: 'cohort',
            path: 'cohorts/:cohortId',
            lazy: () => import('./routes/cohort/layout'),
            children: [
              { index: true, lazy: () => import('./routes/cohort/dashboard') },
              { path: 'timetable', lazy: () => import('./routes/cohort/timetable') },
              { path: 'pre-reading', lazy: () => import('./routes/cohort/pre-reading') },
              { path: 'goals', lazy: () => import('./routes/cohort/goals') },
              { path: 'journal', lazy: () => import('./routes/cohort/journal') },
              { path: 'journal/new', lazy: () => import('./routes/cohort/journal-new') },
              { path: 'journal/:entryId', lazy: () => import('./routes/cohort/journal-entry') },
              { path: 'journal/:entryId/edit', lazy: () => import('./routes/cohort/journal-edit') },
              { path: 'cohort', lazy: () => import('./routes/cohort/people') },
              { path: 'people', lazy: () => import('./routes/cohort/cohort-people') },
              { path: 'attendance', lazy: () => import('./routes/cohort/attendance') },
              { path: 'readiness', lazy: () => import('./routes/cohort/readiness') },
              { path: 'feedback', lazy: () => import('./routes/cohort/feedback') },
              { path: 'learning-record', lazy: () => import('./routes/cohort/learning-record') },
              { path: 'readiness/:uid', lazy: () => import('./routes/cohort/participant') },
              { path: 'network', lazy: () => import('./routes/cohort/network') },
              { path: 'network/profile', lazy: () => import('./routes/cohort/network-profile') },
              {
                path: 'network/noticeboard',
                lazy: () => import('./routes/cohort/network-noticeboard'),
              },
              {
                path: 'network/noticeboard/:postId',
                lazy: () => import('./routes/cohort/network-post'),
              },
              { path: 'your-data', lazy: () => import('./routes/cohort/your-data') },
              { path: 'notifications', lazy: () => import('./routes/cohort/notifications') },
              { path: 'account', lazy: () => import('./routes/cohort/account') },
            ],
          },
        ],
      },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
]);
