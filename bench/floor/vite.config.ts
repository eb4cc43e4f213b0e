import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The benchmark's floor page (floor.tsx), built on its own with the app's emulator settings.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  envDir: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      re2js: fileURLToPath(new URL('../../src/lib/firebase/re2js-unused.ts', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../reports/floor-build', import.meta.url)),
    emptyOutDir: true,
  },
});
