/**
 * A schema built the first time it is used, not when its module loads. Building zod's schemas is
 * the largest single cost in the dashboard chunk's evaluation (decision 0036), and a screen parses
 * only a few of the kinds `schemas.ts` describes; the others are never built there. It behaves as
 * the schema itself: every property, method, `instanceof` and composition reaches the built one.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = () => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    ownKeys: () => Reflect.ownKeys(schema()),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    // A proxy may not report a fixed property its (empty) target lacks, so each is reported as
    // configurable; its value is the built schema's.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
