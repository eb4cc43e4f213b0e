import { expect, type Page } from '@playwright/test';

/**
 * How much of the screen the page's chrome takes at the top of the page: everything above the
 * main content, plus any bar that stays on screen while the page scrolls (fixed anywhere, or
 * sticky inside the content), since those cover the content wherever the person is reading.
 */
export async function chromeHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const main = document.querySelector('main');
    if (!main) throw new Error('The page has no main landmark');
    const aboveMain = main.getBoundingClientRect().top + window.scrollY;
    const bars = Array.from(document.body.querySelectorAll<HTMLElement>('*')).filter((element) => {
      if (element.closest('dialog')) return false;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
      if (style.position === 'fixed') return true;
      return style.position === 'sticky' && main.contains(element);
    });
    const outermost = bars.filter(
      (bar) => !bars.some((other) => other !== bar && other.contains(bar)),
    );
    const barHeights = outermost.reduce((sum, bar) => sum + bar.getBoundingClientRect().height, 0);
    return aboveMain + barHeights;
  });
}

/** Asserts the chrome takes at most the given share of the viewport's height. */
export async function expectChromeWithin(page: Page, share = 0.15) {
  const height = page.viewportSize()?.height ?? 0;
  const chrome = await chromeHeight(page);
  expect(
    chrome,
    `chrome on ${new URL(page.url()).pathname} is ${Math.round(chrome)} px of ${height}`,
  ).toBeLessThanOrEqual(height * share);
}
