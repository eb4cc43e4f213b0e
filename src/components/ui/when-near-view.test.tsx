import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhenNearView } from './when-near-view';

type Report = (entries: Pick<IntersectionObserverEntry, 'isIntersecting'>[]) => void;

function stubObserver() {
  const observed: { report: Report; margin: string | undefined; disconnect: () => void }[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      disconnect = vi.fn();
      constructor(report: Report, options?: IntersectionObserverInit) {
        observed.push({ report, margin: options?.rootMargin, disconnect: this.disconnect });
      }
      observe() {}
    },
  );
  return observed;
}

afterEach(() => vi.unstubAllGlobals());

describe('WhenNearView', () => {
  it('shows nothing until its place comes near the screen, then its content', () => {
    const observed = stubObserver();
    render(<WhenNearView>Asks from the network</WhenNearView>);
    expect(screen.queryByText('Asks from the network')).toBeNull();
    expect(observed[0]?.margin).toBe('300px');

    act(() => observed[0]!.report([{ isIntersecting: false }]));
    expect(screen.queryByText('Asks from the network')).toBeNull();

    act(() => observed[0]!.report([{ isIntersecting: true }]));
    expect(screen.getByText('Asks from the network')).toBeVisible();
    expect(observed[0]!.disconnect).toHaveBeenCalled();
  });

  it('shows its content at once where the browser cannot tell', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<WhenNearView>Asks from the network</WhenNearView>);
    expect(screen.getByText('Asks from the network')).toBeVisible();
  });
});
