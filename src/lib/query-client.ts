import { QueryClient } from '@tanstack/react-query';

// One client for loaders and components, so a loader's ensureQueryData fills what components read.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 60_000, retry: 1 },
  },
});
