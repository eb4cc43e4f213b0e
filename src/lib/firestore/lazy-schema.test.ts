import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';

describe('lazySchema', () => {
  it('builds the schema the first time it is used, and once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.object({ name: z.string() });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ name: 'Helen' })).toEqual({ name: 'Helen' });
    schema.parse({ name: 'Tom' });
    expect(builds).toBe(1);
  });

  it('refuses what the schema refuses, inside another schema too', () => {
    const person = lazySchema(() => z.object({ name: z.string().check(z.minLength(1)) }));
    const cohort = z.object({ lead: person, members: z.array(person) });
    expect(cohort.safeParse({ lead: { name: 'Helen' }, members: [{ name: 'Tom' }] }).success).toBe(
      true,
    );
    const refused = cohort.safeParse({ lead: { name: '' }, members: [{ name: 3 }] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path)).toEqual([
      ['lead', 'name'],
      ['members', 0, 'name'],
    ]);
  });

  it('is an instance of its kind of schema', () => {
    const schema = lazySchema(() => z.object({ name: z.string() }));
    expect(schema instanceof z.ZodMiniObject).toBe(true);
    expect(z.optional(schema).safeParse(undefined).success).toBe(true);
  });
});
