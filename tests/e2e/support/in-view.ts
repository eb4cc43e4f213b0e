import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The element is on screen in full: its bounding box lies inside the viewport. */
export async function expectInView(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('The page has no fixed viewport to measure against');
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      return (
        box !== null &&
        box.x >= 0 &&
        box.y >= 0 &&
        box.x + box.width <= viewport.width &&
        box.y + box.height <= viewport.height
      );
    }, `${locator.toString()} inside the ${viewport.width}×${viewport.height} viewport`)
    .toBe(true);
}

/** Someone using a screen reader is told: the element has focus, or it is in a live region. */
export async function expectFocusedOrAnnounced(locator: Locator) {
  await expect
    .poll(
      () =>
        locator.evaluate(
          (element) =>
            element === document.activeElement ||
            element.closest('[role="status"], [role="alert"]') !== null,
        ),
      `${locator.toString()} focused or inside a role=status or role=alert region`,
    )
    .toBe(true);
}
