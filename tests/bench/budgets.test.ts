import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, failures, formatValue } from '../../scripts/bench/budgets';
import {
  pageResources,
  pageType,
  parseAstroOutput,
  parseStepLines,
  routeOf,
  type PageType,
} from '../../scripts/bench/measure';

const GOOD = {
  readingJs: 0,
  pageTransfer: 40 * 1024,
  chartMedian: 2.5,
  realBuild: 20,
  growth: 1.1,
  peakMemory10x: 1.5 * 1024 ** 3,
  peakMemoryArchive: 1.8 * 1024 ** 3,
  archiveGrowth: 1.05,
  searchFirstQueryBytes: 124 * 1024,
  searchFirstQueryMs: 800,
};

describe('budget checker', () => {
  it('passes figures within every budget, including exactly at the limit', () => {
    expect(failures(checkBudgets(GOOD))).toEqual([]);
    expect(failures(checkBudgets({ ...GOOD, pageTransfer: 60 * 1024, growth: 1.2, chartMedian: 5 }))).toEqual(
      [],
    );
  });

  it('fails and names each missed budget', () => {
    const results = checkBudgets({ ...GOOD, readingJs: 1, realBuild: 31.2 });
    expect(failures(results).map((r) => r.budget.id)).toEqual(['readingJs', 'realBuild']);
    expect(failures(results).map((r) => r.message)).toEqual([
      'FAIL JavaScript needed to read a story or council page: 1 B (budget <= 0 B)',
      'FAIL full build of the real site (2-core machine): 31.2 s (budget <= 30.0 s)',
    ]);
  });

  it('fails a budget that was not measured', () => {
    const results = checkBudgets({ ...GOOD, growth: null, chartMedian: NaN });
    expect(failures(results).map((r) => [r.budget.id, r.message])).toEqual([
      ['chartMedian', 'FAIL chart rendering, median per chart: not measured (budget 5.00 ms)'],
      ['growth', 'FAIL growth: time at 10x / (10 × time at 1x): not measured (budget 1.20)'],
    ]);
  });

  it('checks only the budgets it is given, with details', () => {
    const only = BUDGETS.filter((b) => b.id === 'peakMemory10x');
    const [r] = checkBudgets({ peakMemory10x: 2.5 * 1024 ** 3 }, { peakMemory10x: 'at 10x' }, only);
    expect(r).toMatchObject({
      pass: false,
      detail: 'at 10x',
      message: 'FAIL peak memory of the build at 10x (process tree): 2.50 GB (budget <= 2.00 GB)',
    });
  });

  it('fails the story archive budgets: memory over 2 GB, growth worse than linear by 20%', () => {
    const results = checkBudgets({ ...GOOD, peakMemoryArchive: 2.1 * 1024 ** 3, archiveGrowth: 1.3 });
    expect(failures(results).map((r) => r.budget.id)).toEqual(['peakMemoryArchive', 'archiveGrowth']);
  });

  it('fails a search whose first query downloads over 250 KB or takes over 3 s', () => {
    expect(
      failures(checkBudgets({ ...GOOD, searchFirstQueryBytes: 250 * 1024, searchFirstQueryMs: 3000 })),
    ).toEqual([]);
    const results = checkBudgets({ ...GOOD, searchFirstQueryBytes: 251 * 1024, searchFirstQueryMs: 3001 });
    expect(failures(results).map((r) => r.budget.id)).toEqual([
      'searchFirstQueryBytes',
      'searchFirstQueryMs',
    ]);
  });

  it('formats values', () => {
    expect(formatValue(61_440, 'bytes')).toBe('60.0 KB');
    expect(formatValue(900 * 1024 * 1024, 'bytes')).toBe('900 MB');
    expect(formatValue(1.234, 'ratio')).toBe('1.23');
  });
});

describe('page measurement helpers', () => {
  it('finds what a page loads: stylesheets, scripts (not JSON-LD), images and icons', () => {
    const html = `<html><head><link rel="stylesheet" href="/assets/a.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="canonical" href="https://x.org/"><script type="application/ld+json">{"a":1}</script>
<!-- <script src="/commented.js"></script> -->
<script type="module" src="/search.js"></script><script>console.log(1)</script></head>
<body><img src="/a.png" alt=""><picture><source srcset="/b.webp 1x, /c.webp 2x"></picture></body></html>`;
    expect(pageResources(html)).toEqual({
      css: ['/assets/a.css'],
      js: ['/search.js'],
      inlineJs: ['console.log(1)'],
      images: ['/favicon.svg', '/a.png', '/b.webp', '/c.webp'],
    });
  });

  it('classifies pages and routes', () => {
    const types: Record<string, PageType> = {
      'index.html': 'home',
      'stories/x/index.html': 'story',
      'stories/2/index.html': 'stories index',
      'authorities/haringey/index.html': 'council',
      'authorities/region/london/index.html': 'council filter view',
      'authorities/index.html': 'councils index',
      'embed/trajectory-haringey/index.html': 'embed',
      'compare/index.html': 'compare',
      'compare/haringey/index.html': 'compare',
    };
    for (const [page, type] of Object.entries(types)) expect(pageType(page), page).toBe(type);
    const routes = {
      '/stories/12/index.html': '/stories/[...page]/',
      '/stories/x-copy-12/index.html': '/stories/[slug]/',
      '/og/authorities/haringey.png': '/og/authorities/[slug].png',
      '/about/index.html': '/about/',
    };
    for (const [path, route] of Object.entries(routes)) expect(routeOf(path), path).toBe(route);
  });

  it("sums Astro's per-page times by route", () => {
    const t = parseAstroOutput([
      { at: 1, line: '04:33:18   ├─ /authorities/haringey/index.html (+120ms)' },
      { at: 2, line: '04:33:18   ├─ /authorities/havering/index.html (+80ms)' },
      { at: 3, line: '04:33:19   └─ /og/stories/a.png (+1.5s)' },
      { at: 4, line: '04:34:18 [build] 818 page(s) built in 1m 13s' },
      { at: 6, line: '04:34:18 [build] Complete!' },
    ]);
    expect(t.routes).toEqual([
      { route: '/og/stories/[slug].png', pages: 1, ms: 1500 },
      { route: '/authorities/[slug]/', pages: 2, ms: 200 },
    ]);
    expect(t.pagesBuiltSeconds).toBe(73);
    expect(t.marks.map((m) => m.at)).toEqual([4, 6]);
    expect(parseAstroOutput([{ at: 1, line: '[build] 9 page(s) built in 12.5s' }]).pagesBuiltSeconds).toBe(
      12.5,
    );
  });

  it("reads build-site's step times", () => {
    const log = [
      'build-site: content check done in 3.2 s',
      '06:02:50 [build] Complete!',
      'build-site: pagefind done in 11.0 s',
      'build-site: post-build check done in 1.5 s',
      'build-site: charts done in 7.5 s (CPU 12.3 s)',
      'build-site: astro build failed (exit 1); dist/ is unchanged',
    ].join('\n');
    expect(parseStepLines(log)).toEqual({
      'content check': 3.2,
      pagefind: 11,
      'post-build check': 1.5,
      charts: 7.5,
    });
  });
});
