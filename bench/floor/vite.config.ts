import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { reactRouterProduction } from '../../scripts/lib/react-router-production.ts';

// The benchmark's floor page (floor.tsx), built on its own with the app's emulator settings.
// The same React Router build as the portal's, so the two are compared like for like.
export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  envDir: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      ...reactRouterProduction(command),
      {
        find: 're2js',
        replacement: fileURLToPath(
          new URL('../../src/lib/firebase/re2js-unused.ts', import.meta.url),
        ),
      },
    ],
  },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../reports/floor-build', import.meta.url)),
    emptyOutDir: true,
  },
}));
