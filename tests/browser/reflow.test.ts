/**
 * WCAG 1.4.10 Reflow and 1.4.12 Text spacing at 320 CSS px: no sitemap page (and one embed of
 * each chart type) scrolls sideways, before or after the reader's text-spacing overrides are
 * applied (line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em).
 * Table boxes that scroll sideways inside the page are named, focusable regions, and boxes that
 * do not scroll take no tab stop (public/scroll-regions.js), also once their <details> opens.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, htmlFiles, origin, sitemapPaths } from './site';
import { expectNone } from './report';

const TEXT_SPACING = `*, *::before, *::after {
  line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;
}
p, li, dd, dt { margin-bottom: 2em !important; }`;

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** One embed page per chart type (the first of each), as site paths. */
function embedsByType(): string[] {
  const seen = new Map<string, string>();
  for (const f of htmlFiles()) {
    const m = /^embed\/([a-z]+(?:-[a-z]+)*?)(?:-[a-z0-9-]+)?\/index\.html$/.exec(f);
    const type = m?.[1]?.replace(/-(?:england|by)$/, '') ?? '';
    if (m && !seen.has(type)) seen.set(type, `/${f.replace(/index\.html$/, '')}`);
  }
  return [...seen.values()];
}

interface PageCheck {
  /** Pixels the page scrolls sideways, as loaded and with the text-spacing overrides. */
  plain: number;
  spaced: number;
  /** Scroll boxes whose tab stop and name do not match whether they scroll. */
  closed: string[];
  /** The same once every <details> (data tables) is open. */
  open: string[];
  /** Scroll boxes made focusable (with the details open). */
  regions: number;
}

/**
 * Everything the test asks of one page, in one round trip to the browser (the sitemap has about
 * a thousand pages; one call per page instead of eight keeps the test well inside its time under
 * load). Runs inside the page: it must not refer to anything outside its own body.
 */
function checkPage(spacing: string): Promise<PageCheck> {
  const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
  // Let the ResizeObserver (and the <details> toggle listener) of public/scroll-regions.js run.
  const frames = () =>
    new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const regionProblems = () =>
    [...document.querySelectorAll<HTMLElement>('.scroll-x')].flatMap((box) => {
      // A box in a closed <details> is not shown and cannot take focus.
      if (!box.checkVisibility()) return [];
      const scrolls = box.scrollWidth > box.clientWidth + 1;
      const cap = box.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? '(no caption)';
      const focusable = box.getAttribute('tabindex') === '0';
      const named = box.getAttribute('role') === 'region' && !!box.getAttribute('aria-label');
      if (scrolls && !(focusable && named)) return [`"${cap}" scrolls but is not a named, focusable region`];
      if (!scrolls && box.hasAttribute('tabindex')) return [`"${cap}" does not scroll but takes a tab stop`];
      return [];
    });
  return (async () => {
    const plain = overflow();
    await frames();
    const closed = regionProblems();
    // Open every <details> (data tables): their boxes must follow the same rule.
    for (const d of document.querySelectorAll('details')) d.open = true;
    await frames();
    const open = regionProblems();
    const regions = document.querySelectorAll('.scroll-x[tabindex="0"]').length;
    const style = document.createElement('style');
    style.textContent = spacing;
    document.head.append(style);
    const spaced = overflow();
    return { plain, spaced, closed, open, regions };
  })();
}

test('320px: no sideways scrolling, with and without text spacing; scroll boxes focusable only when they scroll', async () => {
  const paths = [...sitemapPaths(), ...embedsByType()];
  expect(paths.length).toBeGreaterThan(100);
  const context = await browser.newContext({ viewport: { width: 320, height: 800 }, bypassCSP: true });
  const problems: string[] = [];
  let regions = 0;
  const queue = [...paths];
  const worker = async () => {
    const page = await context.newPage();
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      await page.goto(origin() + p);
      const c = await page.evaluate(checkPage, TEXT_SPACING);
      if (c.plain > 0) problems.push(`${p}: ${c.plain}px wider than the screen`);
      for (const r of c.closed) problems.push(`${p}: ${r}`);
      for (const r of c.open) problems.push(`${p} (details open): ${r}`);
      regions += c.regions;
      if (c.spaced > 0) problems.push(`${p}: ${c.spaced}px wider than the screen with text spacing`);
    }
    await page.close();
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await context.close();
  console.log(`[reflow] ${paths.length} pages at 320px; ${regions} scroll regions made focusable`);
  expect(regions).toBeGreaterThan(0);
  expectNone(problems, `reflow at 320px (${paths.length} pages)`);
}, 600_000);
