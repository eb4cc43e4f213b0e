import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onDemand } from './on-demand';

function Shows({ code }: { code: ReturnType<typeof onDemand<{ word: string }>> }) {
  const { loaded, failed } = code.useLoaded(true);
  if (failed) return <p>could not load</p>;
  return <p>{loaded ? loaded.word : 'loading'}</p>;
}

describe('onDemand', () => {
  it('loads once, however many components want it, and uses what was preloaded at once', async () => {
    let loads = 0;
    const code = onDemand(async () => {
      loads += 1;
      return { word: 'formatted' };
    });
    render(<Shows code={code} />);
    expect(await screen.findByText('formatted')).toBeTruthy();
    const { container } = render(<Shows code={code} />);
    expect(container.textContent).toBe('formatted');
    expect(loads).toBe(1);
  });

  it('says when it could not load, and loads again when next asked', async () => {
    let attempt = 0;
    const code = onDemand(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('offline');
      return { word: 'formatted' };
    });
    render(<Shows code={code} />);
    expect(await screen.findByText('could not load')).toBeTruthy();
    await expect(code.preload()).resolves.toEqual({ word: 'formatted' });
  });
});
