/**
 * An embed works on another site: a page served from a second origin (another port) pastes the
 * snippet a figure offers, with its absolute address pointed at the test server. The chart loads
 * in the iframe under the site's CSP (embeds may be framed by any site), and the iframe grows
 * to the height the embed page reports, so nothing is cut off. Without scripts the snippet's
 * own height attribute applies.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST } from './paths';
import { COUNCIL, connect, origin, siteOrigin } from './site';
import { decodeEntities } from './html-text';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** The embed snippet of the first figure on a built page, as a reader would copy it. */
function snippetOf(pagePath: string): string {
  const html = readFileSync(join(DIST, pagePath, 'index.html'), 'utf8');
  const m = /<pre class="chart-embed-code"><code>([\s\S]*?)<\/code><\/pre>/.exec(html);
  if (!m) throw new Error(`no embed snippet on ${pagePath}`);
  return decodeEntities(m[1] ?? '');
}

test('a snippet pasted on another origin shows the chart at its full height', async () => {
  const snippet = snippetOf(COUNCIL);
  // The snippet names the deployed site (SITE); this test serves the build locally.
  const site = siteOrigin();
  expect(snippet).toContain(`src="${site}/embed/`);
  const pasted = snippet.split(site).join(origin());
  const declared = Number(/height="(\d+)"/.exec(snippet)?.[1]);
  expect(declared).toBeGreaterThan(200);

  const host = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head>
<body><h1>A local paper</h1><p>Our story, with Inspected's chart:</p>${pasted}<p>The end.</p></body></html>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  const hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  expect(hostOrigin).not.toBe(origin());
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    try {
      await page.goto(hostOrigin + '/');
      const frame = page.frameLocator('iframe[data-inspected-embed]');
      await frame.locator('figure.chart').first().waitFor({ timeout: 30_000 });
      // The iframe's height follows the embed page's own height.
      await page.waitForFunction(
        () => {
          const f = document.querySelector<HTMLIFrameElement>('iframe[data-inspected-embed]');
          const doc = f?.contentDocument;
          return f !== null && doc === null && f.getBoundingClientRect().height > 0;
        },
        undefined,
        { timeout: 5_000 },
      );
      const inner = await frame
        .locator('html')
        .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      await expect
        .poll(
          async () =>
            page.locator('iframe[data-inspected-embed]').evaluate((f) => (f as HTMLIFrameElement).height),
          {
            timeout: 10_000,
          },
        )
        .toBe(String(inner));
      expect(errors, errors.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }
  await new Promise<void>((r) => host.close(() => r()));
});
