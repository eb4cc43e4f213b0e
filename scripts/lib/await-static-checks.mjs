// Inside npm test's emulator session: waits for the checks npm test runs beside the rules tests
// (format, lint, types, unit, sizes, the build) to finish. With --built it then fails unless the
// production build the end-to-end tests serve succeeded.
import { existsSync, readFileSync } from 'node:fs';
import { STATIC_CHECKS_DONE } from './static-checks-done.mjs';

while (!existsSync(STATIC_CHECKS_DONE)) await new Promise((wait) => setTimeout(wait, 500));
if (process.argv.includes('--built')) {
  const { built } = JSON.parse(readFileSync(STATIC_CHECKS_DONE, 'utf8'));
  if (!built) console.log('The production build failed, so the end-to-end tests do not run.');
  process.exit(built ? 0 : 1);
}
