import { onDemand } from '@/lib/on-demand';

// Most writing is plain sentences, and the Markdown renderer is the largest module a card would
// otherwise load (decision 0036): plain text is shown here, exactly as the renderer would show it,
// and the renderer loads only for writing that has Markdown in it.
const markdownCharacter = /[*_`#>[\]!<&\\~|=\t\r\f\v]|:\/\/|mailto:|www\./i;
const markdownLineStart = /^(\s|[-+]|\d+[.)])/;

/**
 * The paragraphs of writing with nothing in it that Markdown would format, or null when it has
 * something (a list, emphasis, a link, a heading, an indent, a hard line break).
 */
export function plainParagraphs(text: string): string[] | null {
  if (markdownCharacter.test(text)) return null;
  const paragraphs: string[] = [];
  let lines: string[] = [];
  // Spaces ending a paragraph are dropped; spaces ending a line within one can break the line. A
  // line of only spaces can stand for a line break or a code block, so it goes to the renderer.
  const close = () => {
    if (lines.slice(0, -1).some((line) => /\s$/.test(line))) return false;
    if (lines.length > 0) paragraphs.push(lines.join('\n').replace(/ +$/, ''));
    lines = [];
    return true;
  };
  for (const line of text.split('\n')) {
    if (line === '') {
      if (!close()) return null;
    } else if (markdownLineStart.test(line)) {
      return null;
    } else {
      lines.push(line);
    }
  }
  return close() ? paragraphs : null;
}

const renderer = onDemand(() => import('./markdown-renderer'));

/**
 * For a route's loader: loads the renderer before the screen draws if any of these texts needs it,
 * so formatted writing never first shows unformatted and then moves.
 */
export async function preloadMarkdownFor(texts: readonly string[]): Promise<void> {
  if (texts.some((text) => plainParagraphs(text) === null)) {
    await renderer.preload().catch(() => undefined);
  }
}

// Mirrors the renderer's output for plain text: one paragraph alone, several inside a <div>.
function Paragraphs({ paragraphs }: { paragraphs: string[] }) {
  const [only] = paragraphs;
  if (paragraphs.length === 1 && only !== undefined) return <p>{only}</p>;
  return (
    <div>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

/** Someone's writing: Markdown, with raw HTML shown as text and only safe links kept. */
export function Markdown({ children }: { children: string }) {
  const plain = plainParagraphs(children);
  // Until the renderer arrives (or if it cannot, offline), the writing shows as written.
  const { loaded } = renderer.useLoaded(plain === null);
  return (
    <div className="prose">
      {plain ? (
        <Paragraphs paragraphs={plain} />
      ) : loaded ? (
        <loaded.RenderedMarkdown text={children} />
      ) : (
        <Paragraphs paragraphs={children.split(/\n\s*\n/)} />
      )}
    </div>
  );
}
