import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { getDocs } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { mailProblemsQuery } from '@/lib/firestore/refs';

export const mailProblemKeys = { all: ['mailProblems'] as const };

export const mailProblemsQueryOptions = () =>
  queryOptions({
    queryKey: mailProblemKeys.all,
    queryFn: async () => (await getDocs(mailProblemsQuery(db))).docs.map((d) => d.data()),
  });

export const useMailProblems = () => useSuspenseQuery(mailProblemsQueryOptions());
