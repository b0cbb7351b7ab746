/**
 * Every page of the built site, visited once in Chromium under the _headers CSP: the sitemap's
 * URLs, /404.html and a sample of /embed/ pages. Each page gets two tests: it loads cleanly
 * (HTTP 200, no console error, no uncaught exception, no failed request, no request to another
 * host, no CSP violation), and axe (WCAG 2.2 A and AA) finds nothing. The list is split into
 * shards (pages-1.test.ts, pages-2.test.ts) so two workers share the work.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { connect, embedSample, origin, recordingContext, sitemapPaths, type Recorder } from './site';
import { expectNone } from './report';
import { STATIC_PAGES } from '../../src/config/site-paths';

function allPages(): string[] {
  return [...new Set([...sitemapPaths(), '/404.html', ...embedSample()])];
}

export function pageSuite(shard: number, shards: number): void {
  const pages = allPages().filter((_, i) => i % shards === shard);

  if (shard === 0)
    test('the sitemap lists the site’s main pages and no embed', () => {
      const all = sitemapPaths();
      for (const p of [...STATIC_PAGES, '/authorities/haringey/']) {
        expect(all, `sitemap lacks ${p}`).toContain(p);
      }
      expectNone(
        all.filter((p) => p.includes('/embed/')),
        'embeds must not be in the sitemap',
      );
    });

  // One context and one page for the whole shard: navigating a reused page keeps axe's code
  // compiled in the renderer, which makes injecting and running it about three times faster.
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let rec: Recorder;
  beforeAll(async () => {
    browser = await connect();
    const r = await recordingContext(browser);
    context = r.context;
    rec = r.rec;
    page = await context.newPage();
    r.watch(page);
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  for (const path of pages) {
    describe(path, () => {
      let status = 0;
      let problems: string[] = [];
      let axe: string[] = [];
      beforeAll(async () => {
        rec.reset();
        const res = await page.goto(origin() + path, { waitUntil: 'load' });
        status = res?.status() ?? 0;
        // Let late console messages and CSP reports arrive before judging.
        await page.waitForTimeout(50);
        problems = rec.problems();
        axe = await axeViolations(page, path);
      });

      test('loads with 200, no errors, no failed or foreign requests, no CSP violation', () => {
        expect(status, `${path}: HTTP status`).toBe(200);
        expectNone(problems, `${path}: problems while loading`);
      });
      test('axe (WCAG 2.2 A/AA): no violations', () => {
        expectNone(axe, `${path}: axe violations`);
      });
    });
  }
}
