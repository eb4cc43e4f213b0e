/**
 * The three parts a CPD portfolio, appraisal or revalidation asks of a reflection. The journal
 * offers them as a template; the learning record prints an entry written that way in its parts.
 */
export const reflectionParts = [
  'What happened',
  'What I learned',
  'What I will do differently',
] as const;

export const reflectionTemplate = reflectionParts.map((part) => `### ${part}\n\n`).join('');

export type ReflectionParts = Record<(typeof reflectionParts)[number], string>;

/** The entry's text under each of the three headings, or null if it was not written that way. */
export function splitReflection(body: string): ReflectionParts | null {
  const headings = [...body.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)];
  const found = reflectionParts.map((part) =>
    headings.find((heading) => heading[1]?.toLowerCase() === part.toLowerCase()),
  );
  if (found.some((heading) => heading === undefined)) return null;
  const text = (index: number) => {
    const heading = found[index];
    const at = heading?.index;
    if (!heading || at === undefined) return '';
    const start = at + heading[0].length;
    const next = headings.find((other) => (other.index ?? 0) > at);
    return body.slice(start, next?.index ?? body.length).trim();
  };
  return {
    'What happened': text(0),
    'What I learned': text(1),
    'What I will do differently': text(2),
  };
}
