import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fullFirestore, readDoc } from '@/lib/firestore/read';
import { queryClient } from '@/lib/query-client';
import { PRIVACY_NOTICE_VERSION } from '../notice-version';
import { prefetchNoticeSeen, recordNoticeShown } from './notice-seen';

vi.mock('@/lib/firestore/read', () => ({ fullFirestore: vi.fn(), readDoc: vi.fn() }));

const profileSeen = (version: number) =>
  vi.mocked(readDoc).mockResolvedValue({ id: 'u1', privacyNoticeVersion: version } as never);

const seenOf = (uid: string) =>
  queryClient.getQueryData<number>(['users', uid, 'privacyNoticeVersion']);

describe('whether a person has seen the current privacy notice', () => {
  beforeEach(() => {
    localStorage.clear();
    queryClient.clear();
    vi.mocked(readDoc).mockReset();
  });

  it('is read from their profile once, and then known on this device without a read', async () => {
    profileSeen(PRIVACY_NOTICE_VERSION);
    await prefetchNoticeSeen('u1');
    expect(seenOf('u1')).toBe(PRIVACY_NOTICE_VERSION);
    expect(readDoc).toHaveBeenCalledTimes(1);

    queryClient.clear();
    await prefetchNoticeSeen('u1');
    expect(seenOf('u1')).toBe(PRIVACY_NOTICE_VERSION);
    expect(readDoc).toHaveBeenCalledTimes(1);
  });

  it('is read again on every visit while the person has not seen the current one', async () => {
    profileSeen(PRIVACY_NOTICE_VERSION - 1);
    await prefetchNoticeSeen('u1');
    queryClient.clear();
    await prefetchNoticeSeen('u1');
    expect(seenOf('u1')).toBe(PRIVACY_NOTICE_VERSION - 1);
    expect(readDoc).toHaveBeenCalledTimes(2);
  });

  it('is read for another person on the same device, and known once it is shown to them', async () => {
    profileSeen(PRIVACY_NOTICE_VERSION);
    await prefetchNoticeSeen('u1');
    vi.mocked(readDoc).mockResolvedValue(undefined);
    await prefetchNoticeSeen('u2');
    expect(seenOf('u2')).toBe(0);
    expect(readDoc).toHaveBeenCalledTimes(2);

    const setDoc = vi.fn().mockResolvedValue(undefined);
    vi.mocked(fullFirestore).mockResolvedValue({ db: {}, doc: vi.fn(), setDoc } as never);
    await recordNoticeShown('u2');
    queryClient.clear();
    await prefetchNoticeSeen('u2');
    expect(seenOf('u2')).toBe(PRIVACY_NOTICE_VERSION);
    expect(readDoc).toHaveBeenCalledTimes(2);
  });
});
