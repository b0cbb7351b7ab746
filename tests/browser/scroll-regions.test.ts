/**
 * Browser smoke test of public/scroll-regions.js: on a phone (320 px), a table box that scrolls
 * sideways becomes a named, focusable region (role="region", an aria-label from its caption,
 * tabindex="0"), and on a desktop (1280 px) the same box, which fits, takes no tab stop. Every
 * page is held to this rule by the per-page pass (checks/reflow.ts, scrollRegions); this test
 * proves the script runs at all, so that the pass cannot pass on pages where nothing happened.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { COUNCIL, connect, origin } from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

async function regions(width: number): Promise<{ boxes: number; regions: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(origin() + COUNCIL);
    return await page.evaluate(async () => {
      for (const d of document.querySelectorAll('details')) d.open = true;
      await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
      return {
        boxes: document.querySelectorAll('.scroll-x').length,
        regions: [...document.querySelectorAll('.scroll-x[tabindex="0"][role="region"]')].map(
          (b) => b.getAttribute('aria-label') ?? '',
        ),
      };
    });
  } finally {
    await context.close();
  }
}

test(`${COUNCIL}: wide tables are focusable regions at 320 px and plain boxes at 1280 px`, async () => {
  const narrow = await regions(320);
  expect(narrow.boxes, 'table boxes on the page').toBeGreaterThan(0);
  expect(narrow.regions.length, 'boxes made focusable regions at 320 px').toBeGreaterThan(0);
  for (const label of narrow.regions) expect(label).toMatch(/\S.*\(scrolls sideways\)$/);
  expect((await regions(1280)).regions, 'focusable regions at 1280 px').toEqual([]);
});
