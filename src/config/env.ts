import { parseEnv } from './env-schema';

// Checked once at start-up: a missing setting stops the app with a message naming it.
export const env = parseEnv(import.meta.env);
