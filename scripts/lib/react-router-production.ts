import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const production = (file: string) =>
  fileURLToPath(
    new URL(`../../node_modules/react-router/dist/production/${file}`, import.meta.url),
  );

/**
 * React Router 7's package exports name only its development build, so every bundle carried its
 * dev warnings and checks (remix-run/react-router#12532, #14102). Built bundles take the
 * production build it ships beside it; the dev server and the unit tests keep the development one,
 * with its warnings.
 */
export const reactRouterProduction = (command: 'build' | 'serve'): Alias[] =>
  command === 'build'
    ? [
        { find: /^react-router$/, replacement: production('index.mjs') },
        { find: /^react-router\/dom$/, replacement: production('dom-export.mjs') },
      ]
    : [];
