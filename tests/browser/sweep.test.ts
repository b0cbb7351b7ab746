/**
 * The sweep: every sitemap URL and every /embed/ page, at 320 px (WCAG 1.4.10 Reflow) and at
 * 1280 px, in Chromium. Each view fails on
 * - a page wider than the viewport (it scrolls sideways);
 * - visible chart text rendered under 12 CSS px (at 320 px);
 * - two visible texts in one SVG whose boxes overlap by more than 2 px in both directions;
 * - chart text reaching outside its SVG's box;
 * - at 320 px, a table's heading row taller than MAX_HEADING_LINES lines (long headings wrapped
 *   a word to a line), charts' data tables opened;
 * - any problem a page check in checks/ reports (PAGE_CHECKS: a comparison table whose council
 *   names scroll out of view; an embed over 1,000 px tall at 320 px or without its sources in view;
 *   hex map links under 24 px with no equivalent, no skip link).
 * Pages are visited in parallel (several pages of one browser context on the shared Chromium,
 * and the one static server of setup.ts). The worst views are printed, and screenshots of the
 * worst failing views are saved in test-results/sweep/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connect, origin, sitemapPaths } from './site';
import { embedPaths } from './built';
import { expectNone } from './report';
import { measureView, type MeasureOptions, type ViewMeasure } from './sweep-measure';
import { compareNamesVisible } from './checks/compare-names-visible';
import { embedPageProblems } from './checks/embed-page';
import { hexTargetProblems } from './checks/hex-targets';

/** Checks run on every page view (tests/browser/checks/): each returns its problems as strings. */
const PAGE_CHECKS: ((page: Page, url: string, width: number) => Promise<string[]>)[] = [
  compareNamesVisible,
  embedPageProblems,
  hexTargetProblems,
];

const SHOTS = 'test-results/sweep';
const WIDTHS = [320, 1280] as const;
const MIN_CHART_TEXT_PX = 12;
const MAX_HEADING_LINES = 7;
/** Pages visiting the site at once (in one browser context). */
const PARALLEL = 2;
/** Screenshots of at most this many failing views per width (the worst first). */
const MAX_SHOTS = 12;
const SWEEP_TIMEOUT = 1_200_000;

interface View extends ViewMeasure {
  path: string;
  width: number;
  /** What the page checks found. */
  checks: string[];
}

function failures(v: View): number {
  return (
    (v.scrollWidth > v.viewportWidth ? 1 : 0) +
    v.small.length +
    v.overlaps.length +
    v.outside.length +
    v.tallHeadings.length +
    v.checks.length
  );
}

/** Worst first: most chart text problems, then the widest sideways scroll. */
function worstFirst(a: View, b: View): number {
  return failures(b) - failures(a) || b.scrollWidth - b.viewportWidth - (a.scrollWidth - a.viewportWidth);
}

function fileName(v: View): string {
  const slug = v.path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
  return `${SHOTS}/${slug}-${v.width}.png`;
}

let browser: Browser;
const results = new Map<number, View[]>();
const seconds = new Map<number, number>();

function paths(): string[] {
  return [...new Set([...sitemapPaths(), ...embedPaths()])];
}

async function sweep(width: number): Promise<View[]> {
  const queue = paths();
  const total = queue.length;
  const out: View[] = [];
  const options: MeasureOptions = {
    minPx: width === 320 ? MIN_CHART_TEXT_PX : 0,
    overlapPx: 2,
    outsidePx: 0.5,
    maxHeadingLines: width === 320 ? MAX_HEADING_LINES : 0,
  };
  // Several pages in one context: they share its cache and renderer, which on a 2-core machine
  // measured faster than one context per page (120 embeds: 14.7 s with 2 pages in one context,
  // 16.7 s with one page, 22.5 s with 2 contexts, 24.8 s with 4).
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const worker = async () => {
    const page = await context.newPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await page.goto(origin() + path, { waitUntil: 'load' });
      const checks: string[] = [];
      for (const check of PAGE_CHECKS) checks.push(...(await check(page, path, width)));
      out.push({ path, width, checks, ...(await page.evaluate(measureView, options)) });
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await context.close();
  }
  if (out.length !== total) throw new Error(`swept ${out.length} of ${total} pages at ${width}px`);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

async function screenshots(views: View[]): Promise<string[]> {
  const worst = views
    .filter((v) => failures(v) > 0)
    .sort(worstFirst)
    .slice(0, MAX_SHOTS);
  const saved: string[] = [];
  for (const v of worst) {
    const context = await browser.newContext({ viewport: { width: v.width, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(origin() + v.path, { waitUntil: 'load' });
      await page.screenshot({ path: fileName(v), fullPage: true });
      saved.push(fileName(v));
    } finally {
      await context.close();
    }
  }
  return saved;
}

function summary(width: number, views: View[]): string {
  const failing = views.filter((v) => failures(v) > 0);
  const sum = (f: (v: View) => number) => views.reduce((s, v) => s + f(v), 0);
  const lines = [
    `[sweep ${width}px] ${views.length} page views in ${(seconds.get(width) ?? 0).toFixed(1)} s; ` +
      `${failing.length} fail; ${sum((v) => v.svgs)} chart SVGs, ${sum((v) => v.texts)} texts`,
    `  wider than the viewport: ${views.filter((v) => v.scrollWidth > v.viewportWidth).length} pages` +
      ` (by up to ${Math.max(0, ...views.map((v) => v.scrollWidth - v.viewportWidth))} px)`,
    `  chart text under ${MIN_CHART_TEXT_PX}px: ${sum((v) => v.small.length)} texts on ${views.filter((v) => v.small.length).length} pages`,
    `  overlapping text pairs: ${sum((v) => v.overlaps.length)} on ${views.filter((v) => v.overlaps.length).length} pages`,
    `  text outside its SVG: ${sum((v) => v.outside.length)} on ${views.filter((v) => v.outside.length).length} pages`,
    `  table heading rows over ${MAX_HEADING_LINES} lines: ${sum((v) => v.tallHeadings.length)} on ${views.filter((v) => v.tallHeadings.length).length} pages`,
    `  page check problems: ${sum((v) => v.checks.length)} on ${views.filter((v) => v.checks.length).length} pages`,
  ];
  const worst = [...failing].sort(worstFirst).slice(0, 10);
  if (worst.length) lines.push('  worst pages:');
  for (const v of worst)
    lines.push(
      `    ${v.path}: ${v.scrollWidth > v.viewportWidth ? `+${v.scrollWidth - v.viewportWidth}px wide, ` : ''}` +
        `${v.small.length} small, ${v.overlaps.length} overlaps, ${v.outside.length} outside, ${v.tallHeadings.length} tall headings`,
    );
  return lines.join('\n');
}

beforeAll(async () => {
  browser = await connect();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

for (const width of WIDTHS) {
  describe(`sweep at ${width}px`, () => {
    let views: View[] = [];
    beforeAll(async () => {
      const t0 = performance.now();
      views = await sweep(width);
      seconds.set(width, (performance.now() - t0) / 1000);
      results.set(width, views);
      const shots = await screenshots(views);
      console.log(summary(width, views) + (shots.length ? `\n  screenshots: ${shots.join(', ')}` : ''));
    }, SWEEP_TIMEOUT);

    test('no page is wider than the viewport', () => {
      expectNone(
        views
          .filter((v) => v.scrollWidth > v.viewportWidth)
          .map(
            (v) =>
              `${v.path}: ${v.scrollWidth}px wide in a ${v.viewportWidth}px viewport: ${v.wideElements.join(', ') || '(no single element)'}`,
          ),
        `${width}px: pages that scroll sideways`,
      );
    });

    if (width === 320)
      test(`no table heading row over ${MAX_HEADING_LINES} lines tall`, () => {
        expectNone(
          views.flatMap((v) => v.tallHeadings.map((s) => `${v.path} ${s.where}: ${s.detail}`)),
          `${width}px: table heading rows too tall`,
        );
      });

    if (width === 320)
      test(`no visible chart text under ${MIN_CHART_TEXT_PX}px`, () => {
        expectNone(
          views.flatMap((v) => v.small.map((s) => `${v.path} ${s.where}: ${s.detail}`)),
          `${width}px: chart text under ${MIN_CHART_TEXT_PX}px`,
        );
      });

    test('no two texts in one chart overlap by more than 2px', () => {
      expectNone(
        views.flatMap((v) => v.overlaps.map((s) => `${v.path} ${s.where}: ${s.detail}`)),
        `${width}px: overlapping chart texts`,
      );
    });

    test('every page check passes (comparison names in view, embed height and sources, hex map targets and skip link)', () => {
      expectNone(
        views.flatMap((v) => v.checks),
        `${width}px: page checks`,
      );
    });

    test('no chart text reaches outside its SVG', () => {
      expectNone(
        views.flatMap((v) => v.outside.map((s) => `${v.path} ${s.where}: ${s.detail}`)),
        `${width}px: chart text outside its SVG`,
      );
    });
  });
}
