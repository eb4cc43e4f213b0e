// Runs one command with every local service up and stops them afterwards, for running a single
// suite or spec by hand: node scripts/with-emulators.mjs "npx vitest run --project rules tests/rules/x.test.ts"
import { withEmulators } from './lib/emulators.mjs';

const command = process.argv.slice(2).join(' ');
if (!command) {
  console.error('Say which command to run, in quotes.');
  process.exit(2);
}
process.exit(await withEmulators(command));
