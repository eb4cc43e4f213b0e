import { readFileSync } from 'node:fs';

/**
 * The emulator-only settings files (functions/.env.local and .secret.local) that
 * scripts/lib/emulators.mjs writes, so local jobs sign links the emulated functions accept.
 */
export function localSettings(file: '.env.local' | '.secret.local'): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  } catch {
    throw new Error(
      `functions/${file} is missing: start the portal first (npm start), which writes it.`,
    );
  }
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}
