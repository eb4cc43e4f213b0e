import { useRouteLoaderData } from 'react-router';
import type { loader } from './layout';

export type CohortContext = Awaited<ReturnType<typeof loader>>;

/** What every cohort screen knows: which cohort, who is looking, and in what role. */
export function useCohortContext(): CohortContext {
  const context = useRouteLoaderData<CohortContext>('cohort');
  if (!context) throw new Error('useCohortContext is only for screens inside a cohort.');
  return context;
}
