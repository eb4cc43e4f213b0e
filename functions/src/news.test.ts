import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { isNews } from './news';

describe('what counts as news', () => {
  const now = new Date('2027-03-01T10:00:00Z');
  const minutes = (offset: number) => Timestamp.fromMillis(now.getTime() + offset * 60_000);

  it('is something created in the last hour, allowing for a little clock skew', () => {
    expect(isNews(minutes(0), now)).toBe(true);
    expect(isNews(minutes(-59), now)).toBe(true);
    expect(isNews(minutes(2), now)).toBe(true);
  });

  it('is not an import: backdated, future-dated or undated', () => {
    expect(isNews(minutes(-61), now)).toBe(false);
    expect(isNews(minutes(60 * 24 * 30), now)).toBe(false);
    expect(isNews(undefined, now)).toBe(false);
  });
});
