import { programmesQueryOptions } from '@/features/admin/api/programmes';
import { Programmes } from '@/features/admin/components/programmes';
import { queryClient } from '@/lib/query-client';

export const title = 'Programmes';

export async function load() {
  await queryClient.ensureQueryData(programmesQueryOptions());
}

/** Each programme's details, module outline and what completing it means. */
export function Page({ uid }: { uid: string }) {
  return <Programmes uid={uid} />;
}
