/**
 * The three parts a CPD portfolio, appraisal or revalidation asks of a reflection. The journal's
 * editor offers them as three labelled boxes; the learning record prints an entry written that way
 * in its parts.
 */
export const reflectionParts = [
  'What happened',
  'What I learned',
  'What I will do differently',
] as const;

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

const heading = (part: (typeof reflectionParts)[number]) => `### ${part}\n\n`;

/**
 * How an entry written in the three parts is stored: Markdown headings, as the template wrote
 * them, so the learning record, the entry's page and every entry written before the editor had
 * parts read it the same way.
 */
export function joinParts(parts: ReflectionParts): string {
  return reflectionParts.map((part) => `${heading(part)}${parts[part]}`).join('\n\n');
}

/**
 * The three parts of a stored body, for the editor, or null when the body is anything else (then
 * it is edited as one text, untouched). A body the editor wrote comes back exactly as typed, so
 * typing never moves a space or a line; one written with the old template or by hand comes back
 * trimmed, and only blank space around its parts changes when it is next saved.
 */
export function partsOf(body: string): ReflectionParts | null {
  return exactParts(body) ?? looseParts(body);
}

function exactParts(body: string): ReflectionParts | null {
  const [first, second, third] = reflectionParts;
  if (!body.startsWith(heading(first))) return null;
  const rest = body.slice(heading(first).length);
  const secondAt = rest.indexOf(`\n\n${heading(second)}`);
  if (secondAt < 0) return null;
  const afterSecond = rest.slice(secondAt + 2 + heading(second).length);
  const thirdAt = afterSecond.indexOf(`\n\n${heading(third)}`);
  if (thirdAt < 0) return null;
  const parts = {
    [first]: rest.slice(0, secondAt),
    [second]: afterSecond.slice(0, thirdAt),
    [third]: afterSecond.slice(thirdAt + 2 + heading(third).length),
  } as ReflectionParts;
  return joinParts(parts) === body ? parts : null;
}

function looseParts(body: string): ReflectionParts | null {
  const parts = splitReflection(body);
  if (!parts) return null;
  // Only the three headings, in order, with nothing before the first: anything else is not
  // three parts, and splitting it would drop or move text.
  const headings = [...body.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)];
  const names = headings.map((found) => found[1]?.toLowerCase());
  const inOrder =
    names.length === reflectionParts.length &&
    reflectionParts.every((part, index) => names[index] === part.toLowerCase());
  const before = body.slice(0, headings[0]?.index ?? 0);
  return inOrder && before.trim() === '' ? parts : null;
}

/** The three parts as one text, for someone who would rather write freely: the headings become plain lines. */
export function partsAsText(parts: ReflectionParts): string {
  return reflectionParts
    .filter((part) => parts[part].trim() !== '')
    .map((part) => `${part}\n\n${parts[part].trim()}`)
    .join('\n\n');
}
