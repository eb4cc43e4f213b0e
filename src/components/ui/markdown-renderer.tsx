import MarkdownToJsx from 'markdown-to-jsx';
import type { ReactNode } from 'react';

// People's writing is Markdown; raw HTML in it is shown as text, never parsed, and links keep only
// safe protocols and open without a referrer.
const safeHref = (href: string | undefined) =>
  href && /^(https?:|mailto:|#|\/(?!\/))/i.test(href.trim()) ? href.trim() : null;

function SafeLink({ href, children }: { href?: string; children?: ReactNode }) {
  const safe = safeHref(href);
  return safe ? (
    <a href={safe} rel="noopener noreferrer nofollow" target="_blank">
      {children}
    </a>
  ) : (
    <span>{children}</span>
  );
}

// Images could track readers (and the CSP blocks other origins anyway): their description is shown.
function ImageAsText({ alt }: { alt?: string }) {
  return <span>{alt ? `[image: ${alt}]` : ''}</span>;
}

const options = {
  disableParsingRawHTML: true,
  forceBlock: true,
  overrides: { a: SafeLink, img: ImageAsText },
};

// Only a list item is a task ("- [x] done"): the parser also ticks a box for "[x]" opening any
// paragraph, so there the bracket is escaped and shows as written. Code blocks are left alone.
const taskBoxOutsideList = /^((?: {0,3}>)* {0,3})\[([ xX])\](?![(:[])/;
const fence = /^ {0,3}(```|~~~)/;

function onlyListItemsAreTasks(text: string): string {
  let inFence = false;
  return text
    .split('\n')
    .map((line) => {
      if (fence.test(line)) inFence = !inFence;
      return inFence ? line : line.replace(taskBoxOutsideList, '$1\\[$2]');
    })
    .join('\n');
}

/** Writing with Markdown in it, as formatted text (the `Markdown` component loads this on demand). */
export function RenderedMarkdown({ text }: { text: string }) {
  return <MarkdownToJsx options={options}>{onlyListItemsAreTasks(text)}</MarkdownToJsx>;
}
