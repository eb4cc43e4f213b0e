import type { Material, Reading } from '@/lib/firestore/schemas';

export type Progress = { read: number; total: number; requiredLeft: number; minutesLeft: number };

export function progressFor(
  materials: (Pick<Material, 'required' | 'minutes'> & { id: string })[],
  readings: Pick<Reading, 'materialId' | 'read'>[],
): Progress {
  const readIds = new Set(readings.filter((r) => r.read).map((r) => r.materialId));
  const unread = materials.filter((m) => !readIds.has(m.id));
  return {
    read: materials.length - unread.length,
    total: materials.length,
    requiredLeft: unread.filter((m) => m.required).length,
    minutesLeft: unread.reduce((sum, m) => sum + m.minutes, 0),
  };
}
