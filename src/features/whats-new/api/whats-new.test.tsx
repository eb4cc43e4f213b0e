import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { WhatsNewItem } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';
import { fullFirestore } from '@/lib/firestore/read';
import { unseenItems, useMarkSeen, useRefreshOnNews, whatsNewKeys } from './whats-new';

// The hook only watches the cache the shell's listener fills; no Firestore is needed.
vi.mock('@/lib/firestore/read', () => ({
  fullFirestore: vi.fn(),
  readDoc: vi.fn(),
  readQuery: vi.fn(),
}));

const item = (kind: WhatsNewItem['kind'], at: number): WhatsNewItem => ({
  id: `${kind}:${at}`,
  kind,
  title: `${kind} at ${at}`,
  path: '/cohorts/c1',
  at: new Date(at),
});
const key = whatsNewKeys.mine('c1', 'u1');
const refresh = { announcement: ['announcements'], session: ['modules'] };
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
);

describe('useRefreshOnNews', () => {
  it('re-reads what new items tell of, once each, and nothing for what was there on arrival', async () => {
    queryClient.setQueryData(key, { items: [item('announcement', 1_000)] });
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const { rerender } = renderHook(() => useRefreshOnNews('c1', 'u1', refresh), { wrapper });
    expect(invalidate).not.toHaveBeenCalled();

    act(() => {
      queryClient.setQueryData(key, {
        items: [item('session', 3_000), item('reply', 2_000), item('announcement', 1_000)],
      });
    });
    await waitFor(() => expect(invalidate.mock.calls).toEqual([[{ queryKey: ['modules'] }]]));

    rerender();
    act(() => {
      queryClient.setQueryData(key, {
        items: [item('announcement', 4_000), item('session', 3_000), item('reply', 2_000)],
      });
    });
    await waitFor(() =>
      expect(invalidate.mock.calls).toEqual([
        [{ queryKey: ['modules'] }],
        [{ queryKey: ['announcements'] }],
      ]),
    );
  });
});

describe('useMarkSeen', () => {
  it('clears the unseen count in the cache once the server has the write', async () => {
    const setDoc = vi.fn().mockResolvedValue(undefined);
    vi.mocked(fullFirestore).mockResolvedValue({
      docRef: () => ({ withConverter: () => 'whats-new-ref' }),
      serverTimestamp: () => 'server-time',
      setDoc,
    } as unknown as Awaited<ReturnType<typeof fullFirestore>>);
    queryClient.setQueryData(key, { items: [item('announcement', 1_000)] });
    const { result } = renderHook(() => useMarkSeen('c1', 'u1'), { wrapper });
    expect(unseenItems(queryClient.getQueryData(key))).toHaveLength(1);

    act(() => result.current.mutate(null));
    await waitFor(() => expect(unseenItems(queryClient.getQueryData(key))).toEqual([]));
    expect(setDoc).toHaveBeenCalledWith(
      'whats-new-ref',
      { seenAt: 'server-time' },
      { merge: true },
    );
  });
});
