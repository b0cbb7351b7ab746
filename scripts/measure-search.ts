/**
 * `npx tsx scripts/measure-search.ts [--runs=N] [--query=Harlow]`: how heavy the search is for a
 * phone, on the built `dist/` (run `npm run build` first). Prints
 * - the Pagefind index on disk (every file under dist/pagefind/, and the part a search loads:
 *   everything but the unused UI bundles) and the place index /search/places.json (raw and gzip);
 * - for the first query in a fresh browser (empty cache): the bytes fetched from typing to results
 *   (as transferred, gzip where the server compresses) and the time from submitting the query to
 *   the results being shown, median and range over N runs, in Chromium served by the same static
 *   server as the browser tests.
 * A measurement to quote in docs/performance.md, not a test: nothing here passes or fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/browser/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DIST } from '../tests/browser/paths';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(arg('runs', '7'));
const query = arg('query', 'Harlow');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const pagefind = files(join(DIST, 'pagefind'));
const total = pagefind.reduce((s, f) => s + statSync(f).size, 0);
const searchPart = pagefind
  .filter((f) => !/pagefind-(component-|modular-)?ui\.|pagefind-highlight\./.test(f))
  .reduce((s, f) => s + statSync(f).size, 0);
const places = readFileSync(join(DIST, 'search', 'places.json'));

const server = await serveStatic({ mounts: [{ prefix: '/', dir: DIST }] });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
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

console.log(
  `Pagefind index on disk: ${kb(total)} in ${pagefind.length} files; loaded by searches: ${kb(searchPart)}`,
);
console.log(
  `Place index /search/places.json: ${kb(places.length)} (${kb(gzipSync(places, { level: 6 }).length)} gzip)`,
);
console.log(
  `First query "${query}", fresh browser, ${runs} runs: fetched ${kb(median(bytes))} (median; ${kb(Math.min(...bytes))}-${kb(Math.max(...bytes))}); ` +
    `results shown after ${median(times)} ms (median; ${Math.min(...times)}-${Math.max(...times)} ms)`,
);
