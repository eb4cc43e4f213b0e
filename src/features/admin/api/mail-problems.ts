import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { readQuery } from '@/lib/firestore/read';
import { mailProblemsQuery } from '@/lib/firestore/refs';

export const mailProblemKeys = { all: ['mailProblems'] as const };

export const mailProblemsQueryOptions = () =>
  queryOptions({
    queryKey: mailProblemKeys.all,
    queryFn: async () => await readQuery(mailProblemsQuery()),
  });

export const useMailProblems = () => useSuspenseQuery(mailProblemsQueryOptions());
