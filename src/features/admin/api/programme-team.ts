import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { queryClient } from '@/lib/query-client';

export type TeamMember = { uid: string; email: string; displayName: string };

export const programmeTeamKeys = { all: ['programmeTeam'] as const };

async function callProgrammeTeam(data: { email?: string; member?: boolean }) {
  const { callable } = await import('@/lib/firebase/functions');
  return (await callable<typeof data, TeamMember[]>('programmeTeam')(data)).data;
}

export const programmeTeamQuery = () =>
  queryOptions({ queryKey: programmeTeamKeys.all, queryFn: () => callProgrammeTeam({}) });

export const useProgrammeTeam = () => useQuery(programmeTeamQuery());

export function useChangeProgrammeTeam() {
  return useMutation({
    mutationFn: ({ email, member }: { email: string; member: boolean }) =>
      callProgrammeTeam({ email, member }),
    onSuccess: (team) => queryClient.setQueryData(programmeTeamKeys.all, team),
  });
}
