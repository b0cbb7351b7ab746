/**
 * Pagefind search, at the domain root and under the sub-path build, served with the site's CSP
 * (Pagefind's WebAssembly needs 'wasm-unsafe-eval', nothing more): typing "Haringey" lists
 * Haringey's council page, and following the result opens it. Nothing may go wrong on the way:
 * no console error, failed request, foreign request or CSP violation.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, origin, recordingContext } from './site';
import { SUB_BASE } from './paths';
import { expectNone } from './report';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

for (const base of ['/', SUB_BASE]) {
  test(`search under ${base}: "Haringey" finds ${base}authorities/haringey/ and the result opens it`, async () => {
    const { context, rec, watch } = await recordingContext(browser);
    const page = await context.newPage();
    watch(page);
    try {
      await page.goto(`${origin()}${base}search/`);
      const box = page.getByRole('searchbox');
      await expect.poll(() => box.count(), { message: `${base}search/ has one search box` }).toBe(1);
      await box.click();
      await box.pressSequentially('Haringey', { delay: 20 });
      const target = `${base}authorities/haringey/`;
      const result = page
        .locator(`#search-results a[href="${target}"], #search-results a[href="${origin()}${target}"]`)
        .first();
      try {
        await result.waitFor({ state: 'visible', timeout: 20_000 });
      } catch {
        const shown = await page.evaluate(() => ({
          status: document.getElementById('search-status')?.textContent ?? '(no #search-status)',
          links: [...document.querySelectorAll('#search-results a')].map((a) => a.getAttribute('href')),
        }));
        throw new Error(
          `no result linking to ${target} within 20 s; status "${shown.status}", results ${JSON.stringify(shown.links)}; problems: ${JSON.stringify(rec.problems())}`,
        );
      }
      await Promise.all([page.waitForURL(`${origin()}${target}`), result.click()]);
      expect(new URL(page.url()).pathname).toBe(target);
      await expect
        .poll(async () => (await page.locator('h1').first().textContent()) ?? '')
        .toMatch(/Haringey/);
      expectNone(rec.problems(), `problems while searching under ${base}`);
    } finally {
      await context.close();
    }
  });
}
