import { describe, expect, it } from 'vitest';
import { firstName } from './names';

describe('firstName', () => {
  it('greets people by their first name, past any title', () => {
    expect(firstName('Amara Okafor')).toBe('Amara');
    expect(firstName('Dr Helen Marsh')).toBe('Helen');
    expect(firstName('Prof. Sir Ian Reed')).toBe('Ian');
    expect(firstName('  Cllr  Fiona Campbell ')).toBe('Fiona');
  });

  it('keeps a name that is only a title or one word', () => {
    expect(firstName('Dr')).toBe('Dr');
    expect(firstName('Priya')).toBe('Priya');
  });
});
