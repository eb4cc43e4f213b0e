import type { CheckIn, Goal } from '@/lib/firestore/schemas';

export function latestCheckIn(
  goal: Pick<Goal, 'checkIns'>,
): { moduleNumber: number; checkIn: CheckIn } | null {
  for (const moduleNumber of [4, 3, 2, 1]) {
    const checkIn = goal.checkIns[String(moduleNumber) as keyof Goal['checkIns']];
    if (checkIn) return { moduleNumber, checkIn };
  }
  return null;
}
