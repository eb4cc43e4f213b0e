import { FirebaseError } from 'firebase/app';
import { describe, expect, it } from 'vitest';
import { describeAuthError } from './auth-errors';

const error = (code: string) => new FirebaseError(code, `Firebase: Error (${code}).`);

describe('describeAuthError', () => {
  it.each([
    ['auth/wrong-password', /password is not right/],
    ['auth/invalid-credential', /do not match an account/],
    ['auth/user-not-found', /could not find an account/],
    ['auth/too-many-requests', /Too many attempts/],
    ['auth/network-request-failed', /could not reach/],
    ['auth/invalid-email', /does not look like an email/],
    ['auth/something-new', /Something went wrong/],
  ])('explains %s in plain English', (code, expected) => {
    const message = describeAuthError(error(code), true);
    expect(message).toMatch(expected);
    expect(message).not.toContain('auth/');
  });

  it('says so when the device is offline, whatever the error', () => {
    expect(describeAuthError(error('auth/internal-error'), false)).toMatch(/offline/);
  });
});
