/**
 * The per-page pass: every page of the built site (the sitemap's URLs, /404.html and every
 * /embed/ page) visited once at each width (320 and 1280 px) in Chromium, under the _headers CSP,
 * with every check run in that one visit:
 * - loads: HTTP 200, no console error, no uncaught exception, no failed request, no request to
 *   another host, no CSP violation;
 * - then each check of checks/index.ts (PAGE_CHECKS), in order.
 * Each (width, check) is one test listing every problem with its page. The pages are split into
 * shards (visit-1.test.ts, visit-2.test.ts) that run in two workers; each shard visits its pages
 * with two Chromium pages at once. Screenshots of the first failing pages are saved in
 * test-results/visit/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { STATIC_PAGES } from '../../src/config/site-paths';
import { embedPaths } from './built';
import { PAGE_CHECKS } from './checks/index';
import { NARROW, WIDE } from './checks/page-check';
import { expectNone } from './report';
import { connect, origin, recordingContext, sitemapPaths } from './site';

const SHOTS = 'test-results/visit';
/** Chromium pages visiting the site at once in each shard. */
const PARALLEL = 2;
/** Screenshots of at most this many failing pages per shard and width. */
const MAX_SHOTS = 6;
const PASS_TIMEOUT = 2_400_000;
const LOADS = 'loads';

/** Every page the pass visits: the sitemap's, the 404 page and every embed, each once. */
function visitedPages(): string[] {
  return [...new Set([...sitemapPaths(), '/404.html', ...embedPaths()])];
}

/** A check's outcome on a page: its problems, or why it could not run. */
async function runCheck(fn: () => Promise<string[]>): Promise<string[]> {
  try {
    return await fn();
  } catch (e) {
    return [`the check failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0] ?? ''}`];
  }
}

async function pass(browser: Browser, pages: string[], width: number) {
  const found = new Map<string, string[]>([
    [LOADS, []],
    ...PAGE_CHECKS.map((c) => [c.name, []] as [string, string[]]),
  ]);
  const failing = new Set<string>();
  const queue = [...pages];
  let visited = 0;
  // Several pages in one context: they share its cache and renderer, which on a 2-core machine
  // measured faster than one context per page (120 embeds: 14.7 s with 2 pages in one context,
  // 16.7 s with one page, 22.5 s with 2 contexts, 24.8 s with 4).
  const { context, watch } = await recordingContext(browser, { viewport: { width, height: 900 } });
  const worker = async () => {
    const page: Page = await context.newPage();
    const rec = watch(page);
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      rec.reset();
      const url = origin() + path;
      const loads = await runCheck(async () => {
        const res = await page.goto(url, { waitUntil: 'load' });
        // Let late console messages and CSP reports arrive before judging.
        await page.waitForTimeout(50);
        const status = res?.status() ?? 0;
        return [...(status === 200 ? [] : [`HTTP ${status}`]), ...rec.problems()];
      });
      const add = (name: string, problems: string[]) => {
        if (problems.length) failing.add(path);
        found.get(name)?.push(...problems.map((p) => `${path}: ${p}`));
      };
      add(LOADS, loads);
      for (const check of PAGE_CHECKS) add(check.name, await runCheck(() => check(page, url, width)));
      visited++;
    }
    await page.close();
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await context.close();
  }
  return { found, failing: [...failing].sort(), visited };
}

async function screenshots(browser: Browser, paths: string[], width: number): Promise<string[]> {
  const saved: string[] = [];
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    for (const path of paths.slice(0, MAX_SHOTS)) {
      const slug = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
      const file = `${SHOTS}/${slug}-${width}.png`;
      await page.goto(origin() + path, { waitUntil: 'load' });
      await page.screenshot({ path: file, fullPage: true });
      saved.push(file);
    }
  } finally {
    await context.close();
  }
  return saved;
}

export function visitSuite(shard: number, shards: number): void {
  const all = visitedPages();
  const pages = all.filter((_, i) => i % shards === shard);
  let browser: Browser;
  beforeAll(async () => {
    browser = await connect();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  if (shard === 0)
    test('the sitemap lists the site’s main pages and no embed; every embed is visited; checks have names', () => {
      const listed = sitemapPaths();
      for (const p of [...STATIC_PAGES, '/authorities/haringey/'])
        expect(listed, `sitemap lacks ${p}`).toContain(p);
      expectNone(
        listed.filter((p) => p.includes('/embed/')),
        'embeds must not be in the sitemap',
      );
      expect(embedPaths().length).toBeGreaterThan(0);
      // Each check's name names its test: two checks may not share one.
      const names = PAGE_CHECKS.map((c) => c.name);
      expect(new Set(names).size, names.join(', ')).toBe(names.length);
      expect(all).toEqual(expect.arrayContaining(embedPaths()));
    });

  for (const width of [NARROW, WIDE]) {
    describe(`${width}px`, () => {
      let found = new Map<string, string[]>();
      let visited = 0;
      beforeAll(async () => {
        const t0 = performance.now();
        const r = await pass(browser, pages, width);
        found = r.found;
        visited = r.visited;
        const shots = r.failing.length ? await screenshots(browser, r.failing, width) : [];
        const counts = [...found].map(([name, p]) => `${name} ${p.length}`).join(', ');
        console.log(
          `[visit ${shard + 1}/${shards} ${width}px] ${visited} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
            `${r.failing.length} with problems (${counts})${shots.length ? `; screenshots: ${shots.join(', ')}` : ''}`,
        );
      }, PASS_TIMEOUT);

      test(`every page of the shard visited (${pages.length})`, () => {
        expect(visited).toBe(pages.length);
      });
      test(`${LOADS}: HTTP 200, no console error, failed or foreign request, or CSP violation`, () => {
        expectNone(found.get(LOADS) ?? ['not run'], `${width}px: problems while loading`);
      });
      for (const check of PAGE_CHECKS)
        test(check.name, () => {
          expectNone(found.get(check.name) ?? ['not run'], `${width}px: ${check.name}`);
        });
    });
  }
}
