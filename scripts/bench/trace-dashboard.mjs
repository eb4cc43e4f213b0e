// `node scripts/bench/trace-dashboard.mjs`: where the dashboard's cold load spends the main thread,
// under the benchmark's conditions (the same emulator build, a 4× CPU slowdown, shared device and
// one's own device). Prints the biggest costs in milliseconds by kind of work, package, module,
// function and React component, and writes reports/dashboard-trace.json. `--no-build` reuses the
// last build it made (reports/trace-build). It starts emulators and Chromium, as the benchmark does.
import { spawnSync } from 'node:child_process';
import { root, withEmulators } from '../lib/emulators.mjs';

if (!process.argv.includes('--no-build')) {
  console.log('▶ Emulator build, as the benchmark builds it');
  const built = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--mode',
      'emulator',
      '--outDir',
      'reports/trace-build',
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, VITE_FIRESTORE_FORCE_LONG_POLLING: 'true' },
    },
  );
  if (built.status !== 0) process.exit(1);
}
console.log('▶ Emulators, one cohort, Chromium with tracing');
process.exit(await withEmulators('npx tsx scripts/bench/trace.ts', { functions: false }));
