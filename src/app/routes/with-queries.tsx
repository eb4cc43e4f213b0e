import { QueryClientProvider } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { queryClient } from '@/lib/query-client';

// The screens that read the database share one query client. Public pages (sign-in, sign-up,
// account emails) sit outside this route, so the sign-in page downloads no query library.
export function Component() {
  return (
    <QueryClientProvider client={queryClient}>
      <Outlet />
    </QueryClientProvider>
  );
}
