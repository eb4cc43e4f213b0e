import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => cleanup());

// A test fails on an unexpected console error.
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  throw new Error(`Unexpected console.error: ${args.map(String).join(' ')}`);
});

// jsdom lays nothing out, so it has no scrolling; the form kit scrolls notices into view.
// Node-environment test files have no DOM at all.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView = vi.fn();
