import { resolve } from 'node:path';
import { root } from './emulators.mjs';

/** Written by npm test once the checks beside the rules tests are done: `{ "built": boolean }`. */
export const STATIC_CHECKS_DONE = resolve(root, 'reports/static-checks.json');
