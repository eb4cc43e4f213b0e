import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RenderedMarkdown } from './markdown-renderer';

function rendered(text: string) {
  return render(<RenderedMarkdown text={text} />).container;
}

describe('RenderedMarkdown', () => {
  it('renders the documented formatting', () => {
    const html = rendered('### A heading\n\n**bold** and *italic*\n\n- one\n- two').innerHTML;
    expect(html).toContain('<h3');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>italic</em>');
    expect(html.match(/<li/g)).toHaveLength(2);
  });

  it('shows raw HTML as text and never creates its elements', () => {
    const container = rendered(
      `<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>`,
    );
    expect(container.querySelector('img, script, a')).toBeNull();
    expect(container.textContent).toContain('<script>alert(2)</script>');
  });

  it('keeps safe links and turns unsafe ones into text', () => {
    const container = rendered(
      '[safe](https://example.org) [js](javascript:alert(1)) [data](data:text/html,hi) [mail](mailto:a@example.org)',
    );
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org', 'mailto:a@example.org']);
    expect(container.textContent).toContain('js');
    expect(container.querySelector('a')?.getAttribute('rel')).toContain('noreferrer');
  });

  it('shows an image as its description', () => {
    const container = rendered('![a chart](https://tracker.example/pixel.png)');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('[image: a chart]');
  });

  it('ticks a box only for a task in a list, never for "[x]" opening a line of text', () => {
    for (const text of ['[x] done, as a sentence', 'First line\n[x] second line', '> [ ] quoted']) {
      const container = rendered(text);
      expect(container.querySelector('input'), text).toBeNull();
      expect(container.textContent, text).toMatch(/\[[ x]\]/);
    }
    const list = rendered('- [x] booked the room\n- [ ] sent the agenda\n\n1. [x] numbered');
    expect(
      [...list.querySelectorAll('li input')].map((box) => (box as HTMLInputElement).checked),
    ).toEqual([true, false, true]);
  });

  it('leaves links, references and code as written', () => {
    const container = rendered(
      '[the report](https://example.org) is a link\n\n```\n[x] in code\n```\n\n[x]: https://example.org/ref',
    );
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org');
    expect(container.querySelector('code')?.textContent?.trim()).toBe('[x] in code');
    expect(container.querySelector('input')).toBeNull();
  });
});
