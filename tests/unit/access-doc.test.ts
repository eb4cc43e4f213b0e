import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { accessDocPath, renderAccessDoc } from '../../scripts/docs/access-doc';

it('docs/access.md says exactly what the access table says', () => {
  expect(readFileSync(accessDocPath, 'utf8'), 'run npm run docs:access').toBe(renderAccessDoc());
});
