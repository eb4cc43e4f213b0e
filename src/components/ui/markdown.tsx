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

export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose">
      <MarkdownToJsx options={options}>{children}</MarkdownToJsx>
    </div>
  );
}
