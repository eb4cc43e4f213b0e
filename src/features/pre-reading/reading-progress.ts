import { isPreReading, type Material, type Reading } from '@/lib/firestore/schemas';

export type Progress = { read: number; total: number; requiredLeft: number; minutesLeft: number };

/** Pre-reading only: what comes after the module is never due, so it counts for nothing here. */
export function progressFor(
  all: (Pick<Material, 'required' | 'minutes' | 'phase'> & { id: string })[],
  readings: Pick<Reading, 'materialId' | 'read'>[],
): Progress {
  const materials = all.filter(isPreReading);
  const readIds = new Set(readings.filter((r) => r.read).map((r) => r.materialId));
  const unread = materials.filter((m) => !readIds.has(m.id));
  return {
    read: materials.length - unread.length,
    total: materials.length,
    requiredLeft: unread.filter((m) => m.required).length,
    minutesLeft: unread.reduce((sum, m) => sum + m.minutes, 0),
  };
}
