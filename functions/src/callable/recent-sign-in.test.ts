import { describe, expect, it } from 'vitest';
import { RECENT_SIGN_IN_SECONDS, signedInRecently } from './recent-sign-in';

describe('a recent sign-in', () => {
  const now = new Date('2027-03-09T10:00:00Z');
  const seconds = now.getTime() / 1000;

  it('is one within the last five minutes', () => {
    expect(signedInRecently(seconds - 10, now)).toBe(true);
    expect(signedInRecently(seconds - RECENT_SIGN_IN_SECONDS, now)).toBe(true);
  });

  it('is not one older than five minutes, nor a token without a sign-in time', () => {
    expect(signedInRecently(seconds - RECENT_SIGN_IN_SECONDS - 1, now)).toBe(false);
    expect(signedInRecently(undefined, now)).toBe(false);
    expect(signedInRecently('1700000000', now)).toBe(false);
  });
});
