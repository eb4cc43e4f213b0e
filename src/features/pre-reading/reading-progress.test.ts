import { describe, expect, it } from 'vitest';
import { progressFor } from './reading-progress';

describe('progressFor', () => {
  const materials = [
    { id: 'a', required: true, minutes: 10 },
    { id: 'b', required: true, minutes: 20 },
    { id: 'c', required: false, minutes: 30 },
  ];

  it('counts what is read, and what required reading and time remain', () => {
    expect(
      progressFor(materials, [
        { materialId: 'a', read: true },
        { materialId: 'c', read: false },
      ]),
    ).toEqual({
      read: 1,
      total: 3,
      requiredLeft: 1,
      minutesLeft: 50,
    });
  });

  it('counts nothing posted for after the module, even with a stray record of it', () => {
    const withSlides = [
      ...materials,
      { id: 'slides', required: false, minutes: 45, phase: 'after' as const },
    ];
    const readings = [
      { materialId: 'a', read: true },
      { materialId: 'slides', read: true },
    ];
    expect(progressFor(withSlides, readings)).toEqual(progressFor(materials, readings));
    expect(progressFor(withSlides, readings)).toEqual({
      read: 1,
      total: 3,
      requiredLeft: 1,
      minutesLeft: 50,
    });
  });

  it('ignores records of material that no longer exists', () => {
    expect(progressFor(materials, [{ materialId: 'gone', read: true }]).read).toBe(0);
  });
});
