// Draws the home-screen icons in public/icons from the favicon's shapes, with headless Chromium.
// Run once after changing the mark: `node scripts/make-icons.mjs`; the PNGs are committed.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';

const mark = (size, padding) => `<!doctype html><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${-padding} ${-padding} ${32 + padding * 2} ${32 + padding * 2}">
<rect x="${-padding}" y="${-padding}" width="${32 + padding * 2}" height="${32 + padding * 2}" fill="#0d4f5c"/>
<circle cx="11" cy="16" r="6" fill="none" stroke="#fff" stroke-width="2.5"/>
<circle cx="21" cy="16" r="6" fill="none" stroke="#9fd3c7" stroke-width="2.5"/></svg></body>`;

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage();
// Maskable icons keep the mark inside the middle 80%, which every launcher's mask leaves visible.
for (const [name, size, padding] of [
  ['icon-192.png', 192, 2],
  ['icon-512.png', 512, 2],
  ['maskable-512.png', 512, 8],
  ['apple-touch-icon.png', 180, 4],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(mark(size, padding));
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: false });
}
await browser.close();
