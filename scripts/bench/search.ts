/**
 * How heavy the search is for a phone, on a built site: the one measurement behind both
 * `npx tsx scripts/measure-search.ts` and `npm run bench` (which runs it on its 1x build).
 *
 * - The Pagefind index on disk: every file under pagefind/ (raw and gzip level 6; Pagefind's index
 *   chunks are compressed already, so gzip saves little), and the part a search may load
 *   (everything but Pagefind's unused UI bundles); the place index /search/places.json.
 * - The first query in a fresh browser (empty cache): the bytes fetched from typing to results
 *   (as transferred, gzip where the server compresses) and the time from submitting the query to
 *   the results being shown, median and range over N runs, in Chromium served by the browser
 *   tests' static server.
 *
 * Nothing here passes or fails; the bench compares the figures with its budgets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/browser/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/paths';

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface SearchIndexSize {
  files: number;
  /** Every file under pagefind/. */
  bytes: number;
  gzip: number;
  /** The files a search may load (not Pagefind's UI bundles). */
  searchBytes: number;
  searchGzip: number;
  places: { bytes: number; gzip: number };
}

interface FirstQuery {
  query: string;
  runs: number;
  /** Bytes transferred from typing the query to the results (headers and bodies). */
  fetchedBytes: Spread;
  /** Milliseconds from submitting the query to the results being shown. */
  ms: Spread;
}

export interface SearchMeasurement {
  index: SearchIndexSize;
  firstQuery: FirstQuery;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const gz = (b: Buffer) => gzipSync(b, { level: 6 }).length;

export function spread(xs: readonly number[]): Spread {
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

/** Pagefind's UI bundles, which the site's own search page never loads. */
export const isPagefindUi = (file: string) =>
  /pagefind-(component-|modular-)?ui\.|pagefind-highlight\./.test(file);

/** The index on disk of the site built in `dist`. */
export function searchIndexSize(dist: string): SearchIndexSize {
  const all = files(join(dist, 'pagefind')).map((f) => ({ f, b: readFileSync(f) }));
  const search = all.filter((x) => !isPagefindUi(x.f));
  const places = readFileSync(join(dist, 'search', 'places.json'));
  const sum = (xs: typeof all, size: (b: Buffer) => number) => xs.reduce((s, x) => s + size(x.b), 0);
  return {
    files: all.length,
    bytes: sum(all, (b) => b.length),
    gzip: sum(all, gz),
    searchBytes: sum(search, (b) => b.length),
    searchGzip: sum(search, gz),
    places: { bytes: places.length, gzip: gz(places) },
  };
}

/** The first query of a fresh browser, `runs` times, on the site built in `dist` (served at /). */
async function firstQuery(dist: string, query = 'Harlow', runs = 7): Promise<FirstQuery> {
  const server = await serveStatic({ mounts: [{ prefix: '/', dir: dist }] });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const times: number[] = [];
  const bytes: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/search/`);
      await page.waitForLoadState('networkidle');
      let fetched = 0;
      const pending: Promise<void>[] = [];
      page.on('requestfinished', (req) => {
        pending.push(
          req.sizes().then(
            (s) => void (fetched += s.responseBodySize + s.responseHeadersSize),
            () => undefined,
          ),
        );
      });
      await page.locator('#q').fill(query);
      const t0 = Date.now();
      await page.locator('#search-form button[type="submit"]').click();
      await page.waitForFunction(
        (q) => (document.getElementById('search-status')?.textContent ?? '').endsWith(`“${q}”`),
        query,
      );
      times.push(Date.now() - t0);
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      bytes.push(fetched);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { query, runs, fetchedBytes: spread(bytes), ms: spread(times) };
}

export async function measureSearch(dist: string, query?: string, runs?: number): Promise<SearchMeasurement> {
  return { index: searchIndexSize(dist), firstQuery: await firstQuery(dist, query, runs) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The figures in words, one line each, for the console and the bench report. */
export function searchLines(m: SearchMeasurement): string[] {
  const { index: i, firstQuery: q } = m;
  return [
    `Pagefind index on disk: ${kb(i.bytes)} (${kb(i.gzip)} gzip) in ${i.files} files; loaded by searches: ${kb(i.searchBytes)} (${kb(i.searchGzip)} gzip)`,
    `Place index /search/places.json: ${kb(i.places.bytes)} (${kb(i.places.gzip)} gzip)`,
    `First query "${q.query}", fresh browser, ${q.runs} runs: fetched ${kb(q.fetchedBytes.median)} (median; ${kb(q.fetchedBytes.min)}-${kb(q.fetchedBytes.max)}); ` +
      `results shown after ${q.ms.median} ms (median; ${q.ms.min}-${q.ms.max} ms)`,
  ];
}
