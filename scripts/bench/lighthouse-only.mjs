// `node scripts/bench/lighthouse-only.mjs`: the benchmark's Lighthouse runs of the sign-in page,
// the shared-device dashboard and the floor page, and the dashboard's ratios to the floor, without
// the reads and timings (about three minutes instead of eighteen), for trying one change against
// the build before it. Builds both as `npm run bench` does; prints the figures and writes nothing.
import { spawnSync } from 'node:child_process';
import { root, withEmulators } from '../lib/emulators.mjs';

const build = (args, env = {}) =>
  spawnSync('npx', ['vite', 'build', '--mode', 'emulator', '--logLevel', 'warn', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  }).status === 0;

if (
  !build(['--outDir', 'reports/bench-build', '--emptyOutDir'], {
    VITE_FIRESTORE_FORCE_LONG_POLLING: 'true',
  }) ||
  !build(['--config', 'bench/floor/vite.config.ts'])
) {
  process.exit(1);
}
process.env['BENCH_LIGHTHOUSE_ONLY'] = '1';
process.exit(await withEmulators('npx tsx scripts/bench/measure.ts', { functions: false }));
