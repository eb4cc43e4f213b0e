import { FirebaseError } from 'firebase/app';
import { describe, expect, it } from 'vitest';
import { sayable } from './sayable';

const fallback = 'The change could not be made.';

describe('sayable', () => {
  it('shows our own errors and our functions’ refusals', () => {
    expect(sayable(new Error('That cohort is full.'), fallback)).toBe('That cohort is full.');
    expect(
      sayable(
        new FirebaseError('functions/failed-precondition', 'Nobody is left to run it.'),
        fallback,
      ),
    ).toBe('Nobody is left to run it.');
  });

  it('never shows an SDK’s message or a status code', () => {
    expect(
      sayable(
        new FirebaseError('auth/internal-error', 'Firebase: Error (auth/internal-error).'),
        fallback,
      ),
    ).toBe(fallback);
    expect(sayable(new FirebaseError('invalid-argument', 'Bad Request [400]'), fallback)).toBe(
      fallback,
    );
    expect(sayable(new FirebaseError('functions/internal', 'INTERNAL'), fallback)).toBe(fallback);
    expect(sayable('a string', fallback)).toBe(fallback);
  });
});
