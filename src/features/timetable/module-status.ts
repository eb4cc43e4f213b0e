import { daysUntil } from '@/lib/dates';
import type { Module } from '@/lib/firestore/schemas';

export type ModuleStatus = 'past' | 'current' | 'upcoming';

export function moduleStatus(module: Pick<Module, 'days'>, now: Date = new Date()): ModuleStatus {
  const [firstDay, secondDay] = module.days;
  if (daysUntil(secondDay, now) < 0) return 'past';
  if (daysUntil(firstDay, now) <= 0) return 'current';
  return 'upcoming';
}

export function nextModule<M extends Pick<Module, 'days'>>(
  modules: M[],
  now: Date = new Date(),
): M | undefined {
  return modules.find((module) => moduleStatus(module, now) !== 'past');
}
