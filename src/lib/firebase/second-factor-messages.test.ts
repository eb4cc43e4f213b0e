import { FirebaseError } from 'firebase/app';
import { describe, expect, it } from 'vitest';
import { describeSecondFactorError, internationalPhoneNumber } from './second-factor-messages';

describe('internationalPhoneNumber', () => {
  it('reads a UK number as dialled at home, and any number with its country code', () => {
    expect(internationalPhoneNumber('07700 900123')).toBe('+447700900123');
    expect(internationalPhoneNumber('(0)7700-900-123')).toBe('+447700900123');
    expect(internationalPhoneNumber('+44 7700 900123')).toBe('+447700900123');
    expect(internationalPhoneNumber('+353 85 123 4567')).toBe('+353851234567');
  });

  it('refuses what cannot be a phone number', () => {
    expect(internationalPhoneNumber('')).toBeNull();
    expect(internationalPhoneNumber('0770')).toBeNull();
    expect(internationalPhoneNumber('7700 900123')).toBeNull();
    expect(internationalPhoneNumber('+44 7700 9001 23456 789')).toBeNull();
    expect(internationalPhoneNumber('+44 seven')).toBeNull();
  });
});

describe('describeSecondFactorError', () => {
  it('says in plain English what went wrong, never a code', () => {
    expect(
      describeSecondFactorError(new FirebaseError('auth/invalid-verification-code', 'x')),
    ).toBe('That code is not right. Check the text message and try again.');
    expect(describeSecondFactorError(new FirebaseError('auth/code-expired', 'x'))).toBe(
      'That code has expired. Send a new one and enter it.',
    );
    expect(describeSecondFactorError(new FirebaseError('auth/internal-error', 'x'))).toBe(
      'Something went wrong on our side. Try again in a moment.',
    );
  });
});
