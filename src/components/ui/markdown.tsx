import { useEffect, useState } from 'react';
import type { RenderedMarkdown } from './markdown-renderer';

// Most writing is plain sentences, and the Markdown renderer is the largest module a card would
// otherwise load (decision 0036): plain text is shown here, exactly as the renderer would show it,
// and the renderer loads only for writing that has Markdown in it.
const markdownCharacter = /[*_`#>[\]!<&\\~|=\t\r]|:\/\/|mailto:|www\./i;
const markdownLineStart = /^(\s|[-+]|\d+[.)])/;

/**
 * The paragraphs of writing with nothing in it that Markdown would format, or null when it has
 * something (a list, emphasis, a link, a heading, an indent, a hard line break).
 */
export function plainParagraphs(text: string): string[] | null {
  if (markdownCharacter.test(text)) return null;
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
      lines = [];
    } else if (markdownLineStart.test(line) || /\s$/.test(line)) {
      return null;
    } else {
      lines.push(line);
    }
  }
  if (lines.length > 0) paragraphs.push(lines.join('\n'));
  return paragraphs;
}

type Renderer = typeof RenderedMarkdown;
let renderer: Renderer | undefined;
let loading: Promise<Renderer> | undefined;

function loadRenderer(): Promise<Renderer> {
  loading ??= import('./markdown-renderer').then(
    (module) => (renderer = module.RenderedMarkdown),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * For a route's loader: loads the renderer before the screen draws if any of these texts needs it,
 * so formatted writing never first shows unformatted and then moves.
 */
export async function preloadMarkdownFor(texts: readonly string[]): Promise<void> {
  if (texts.some((text) => plainParagraphs(text) === null)) {
    await loadRenderer().catch(() => undefined);
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
  const needsRenderer = plain === null;
  const [Rendered, setRendered] = useState(() => renderer);
  useEffect(() => {
    if (!needsRenderer || Rendered) return;
    let current = true;
    // Until it arrives (or if it cannot, offline), the writing shows as written.
    loadRenderer().then(
      (loaded) => current && setRendered(() => loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [needsRenderer, Rendered]);
  return (
    <div className="prose">
      {plain ? (
        <Paragraphs paragraphs={plain} />
      ) : Rendered ? (
        <Rendered text={children} />
      ) : (
        <Paragraphs paragraphs={children.split(/\n\s*\n/)} />
      )}
    </div>
  );
}
