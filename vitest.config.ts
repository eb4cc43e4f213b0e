import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default defineConfig((configEnv) =>
  mergeConfig(
    viteConfig(configEnv),
    defineConfig({
      test: {
        projects: [
          {
            extends: true,
            test: {
              name: 'unit',
              environment: 'jsdom',
              include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
              setupFiles: ['tests/unit/setup.ts'],
            },
          },
          {
            extends: true,
            test: {
              name: 'rules',
              environment: 'node',
              include: ['tests/rules/**/*.test.ts'],
              setupFiles: ['tests/rules/setup.ts'],
              // Suites share one emulator and clear it between tests, so they run one file at a time.
              fileParallelism: false,
              testTimeout: 20_000,
              hookTimeout: 30_000,
            },
          },
          {
            extends: true,
            test: {
              name: 'functions',
              environment: 'node',
              include: ['functions/src/**/*.test.ts'],
              setupFiles: ['functions/src/testing/setup.ts'],
              // One emulator, one mail catcher: files take turns.
              fileParallelism: false,
              // Triggers are delivered at least once and late on a busy emulator; a test that
              // passes only on its second try is named in npm test's summary, not hidden.
              retry: 1,
              testTimeout: 60_000,
              hookTimeout: 60_000,
            },
          },
        ],
      },
    }),
  ),
);
