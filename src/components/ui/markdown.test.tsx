import { render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, plainParagraphs } from './markdown';
import { RenderedMarkdown } from './markdown-renderer';

const plainTexts = [
  '',
  'Bring your notes from module 2.',
  'Line one\nLine two',
  'First paragraph.\n\nSecond paragraph,\nwith a second line.\n\n\n\nThird.',
  'Trailing newline\n',
  'A space ends this sentence. \n\nAnd this one.  ',
  '\n\nLeading blank lines',
  'A no-break space ends this\u00a0',
  'It’s 9:30 on 12/3 (room 4), cost £5 — ok? "quoted" 50% off; café, naïve, 🙂',
  'foo@example.org asked: why? 2026 is the year; 3 - 2 is 1',
  'a -- b, c + d, 1.5 days, item 2. and (a) or b)',
];

const markdownTexts = [
  '**bold**',
  '*italic*',
  '_italic_',
  '`code`',
  '# Heading',
  'Heading\n---',
  'Heading\n===',
  '- item',
  '+ item',
  '* item',
  '1. item',
  '12) item',
  '> quoted',
  '[a link](https://example.org)',
  'https://example.org',
  'www.example.org',
  'mailto:someone@example.org',
  '![image](x.png)',
  '<b>html</b>',
  'a &amp; b',
  'escaped \\* star',
  '~~struck~~',
  'a | table | row',
  'indented\n    code',
  '  leading spaces',
  'hard  \nbreak',
  'another hard \t\nbreak',
  'tab\there',
  'windows\r\nline ends',
  'A blank line of spaces\n   \nbetween',
  '  \nSee you Monday.',
  'Thanks.\n\n   \nSee you Monday.',
  'a\n     \nb',
  ' \nhello',
  '\u00a0\nhello',
  'form\ffeed',
];

// The renderer leaves the spaces and line ends of extra blank lines between its paragraphs, which
// draw nothing between blocks; everything else must match.
const html = (element: React.ReactElement) =>
  renderToStaticMarkup(element).replace(/<\/p>\s+<p>/g, '</p><p>');

describe('plain writing', () => {
  it('is shown exactly as the Markdown renderer would show it', () => {
    for (const text of plainTexts) {
      expect(plainParagraphs(text), text).not.toBeNull();
      expect(html(<Markdown>{text}</Markdown>), text).toBe(
        html(
          <div className="prose">
            <RenderedMarkdown text={text} />
          </div>,
        ),
      );
    }
  });

  it('is told apart from writing that has Markdown in it', () => {
    for (const text of markdownTexts) expect(plainParagraphs(text), text).toBeNull();
  });

  it('shows on the first render, without waiting for the renderer', () => {
    const { container } = render(<Markdown>{'Room 4.\n\nBring your notes.'}</Markdown>);
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Room 4.',
      'Bring your notes.',
    ]);
  });
});

describe('writing with Markdown in it', () => {
  it('is formatted once the renderer has loaded, and shows as written until then', async () => {
    const { container } = render(<Markdown>{'**Bring** your notes'}</Markdown>);
    expect(container.textContent).toBe('**Bring** your notes');
    expect(await screen.findByText('Bring', { selector: 'strong' })).toBeTruthy();
  });
});
