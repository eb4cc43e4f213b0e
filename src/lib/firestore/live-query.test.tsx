import { render } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocSpec } from './ref-spec';

const listen = vi.fn(() => () => undefined);
vi.mock('./read', () => ({
  fullFirestore: () => Promise.resolve({ listen }),
  readQuery: vi.fn(),
}));

const spec = { path: ['cohorts', 'c1', 'whatsNew', 'u1'] } as unknown as DocSpec<unknown>;

async function live(key: string) {
  const { useLiveUpdates } = await import('./live-query');
  function Shows() {
    useLiveUpdates(['live', key], spec);
    return null;
  }
  return render(<Shows />);
}

const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers();
  vi.resetModules();
  listen.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('useLiveUpdates', () => {
  it('waits for the first view to have a few quiet seconds before it loads the full SDK', async () => {
    await live('first');
    await pass(2_900);
    expect(listen).not.toHaveBeenCalled();
    await pass(400);
    expect(listen).toHaveBeenCalledOnce();
  });

  it('does not make later screens wait again', async () => {
    await live('first');
    await pass(3_300);
    await live('later');
    await pass(300);
    expect(listen).toHaveBeenCalledTimes(2);
  });
});
