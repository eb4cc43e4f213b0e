import type { ReactNode } from 'react';
import { UpdatePrompt } from '@/components/layouts/update-prompt';

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <UpdatePrompt />
    </>
  );
}
