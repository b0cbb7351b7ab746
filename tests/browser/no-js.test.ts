/**
 * With JavaScript off, a story, a council page and /ratings/ still give the whole reading: every
 * chart figure has its drawn SVG, its data table and its CSV link, and the main navigation is
 * there. These pages also ship no executable script at all.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { COUNCIL, connect, origin, storyPath } from './site';
import { expectNone } from './report';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await connect();
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser.close();
});

const NAV = ['/stories/', '/authorities/', '/ratings/', '/data/', '/about/', '/search/'];

for (const [name, path] of [
  ['story', () => storyPath()],
  ['council', () => COUNCIL],
  ['ratings', () => '/ratings/'],
] as const) {
  test(`no JavaScript: ${name} page charts have SVG, table and CSV link; navigation present`, async () => {
    const p = path();
    const page = await context.newPage();
    const res = await page.goto(origin() + p);
    expect(res?.status(), `${p} status`).toBe(200);

    const figures = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart')].map((f) => {
        const svgs = [...f.querySelectorAll('svg')];
        const shown = svgs.filter((s) => {
          const r = s.getBoundingClientRect();
          return r.width > 0 && r.height > 0;
        });
        const table = f.querySelector('details table');
        const csv = f.querySelector<HTMLAnchorElement>('a[href$=".csv"]');
        return {
          id: f.id || '(no id)',
          svgs: svgs.length,
          shown: shown.length,
          tableRows: table ? table.querySelectorAll('tbody tr').length : -1,
          csv: csv?.getAttribute('href') ?? null,
        };
      }),
    );
    expect(figures.length, `${p} has chart figures`).toBeGreaterThan(0);
    const bad = figures
      .filter((f) => f.svgs === 0 || f.shown === 0 || f.tableRows <= 0 || !f.csv)
      .map(
        (f) =>
          `${f.id}: ${f.svgs} svg (${f.shown} displayed), ${f.tableRows < 0 ? 'no table' : `${f.tableRows} table rows`}, CSV ${f.csv ?? 'missing'}`,
      );
    expectNone(bad, `${p}: incomplete chart figures without JavaScript`);

    const nav = await page.evaluate(() =>
      [...document.querySelectorAll('header nav a[href]')].map(
        (a) => new URL((a as HTMLAnchorElement).href).pathname,
      ),
    );
    for (const n of NAV) expect(nav, `${p}: main navigation link to ${n}`).toContain(n);

    // One progressive enhancement is allowed: scroll-regions.js makes a table box that scrolls
    // sideways keyboard-focusable (and takes the tab stop away when it does not scroll).
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script')]
        .filter((s) => s.type !== 'application/ld+json' && !s.src.endsWith('/scroll-regions.js'))
        .map((s) => s.outerHTML.slice(0, 100)),
    );
    expectNone(scripts, `${p}: executable scripts (pages must need 0 bytes of JavaScript)`);
    await page.close();
  });
}
