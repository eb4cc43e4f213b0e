import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { UpdatePrompt } from '@/components/layouts/update-prompt';
import { queryClient } from '@/lib/query-client';

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <UpdatePrompt />
    </QueryClientProvider>
  );
}
