import { describe, expect, it } from 'vitest';
import { unarrangedCallText } from './call-timing';

describe('an unarranged director call', () => {
  const firstModule = '2027-03-09';

  it('names the window while it is ahead', () => {
    expect(unarrangedCallText(firstModule, '2027-01-01')).toBe(
      'It will be between Tuesday 26 January 2027 and Tuesday 9 February 2027. The programme director will contact you to arrange it.',
    );
  });

  it('gives the last day once the window has begun', () => {
    expect(unarrangedCallText(firstModule, '2027-02-01')).toMatch(
      /^It is due by Tuesday 9 February 2027\./,
    );
  });

  it('promises no past window after it, nor for someone who joined after the first module', () => {
    for (const today of ['2027-02-20', '2027-05-01']) {
      const text = unarrangedCallText(firstModule, today);
      expect(text).not.toMatch(/weeks before|between|due by/);
      expect(text).toBe('The programme director will contact you to arrange it soon.');
    }
  });
});
