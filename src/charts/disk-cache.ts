/**
 * The chart cache on disk, kept between builds: each rendered figure is stored as JSON under a
 * key that hashes everything its drawing depends on — the data files the dataset was loaded
 * from, the chart code (every source file the chart registry imports, directly or not; the
 * locked dependency versions; the Node version, whose Intl formats dates), the chart type and its
 * options. A chart whose inputs did
 * not change is read back instead of drawn again; any change gives a new key, so a stale figure
 * is never read. `scripts/prerender-charts.ts` fills it across the cores before `astro build`;
 * the pages read it through `chartFigure` (cache.ts).
 *
 * On only when INSPECTED_CHART_CACHE names a folder (`npm run build` sets it to
 * node_modules/.cache/inspected-charts unless it is set; `off` turns it off), and only for the
 * dataset loadDataset loaded: tests' fixtures are never cached.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Dataset } from '../data/types';
import { loadedDataHash } from '../data/load';
import type { ChartFigure } from './figure';
import type { ChartOptions } from './registry';

/** The cache folder, or null when the cache is off. */
export function chartCacheDir(env: Record<string, string | undefined> = process.env): string | null {
  const v = env['INSPECTED_CHART_CACHE'];
  return v && v !== 'off' ? resolve(process.cwd(), v) : null;
}

/** Where the chart code starts: every chart type is drawn from here. */
const CHART_ENTRY = 'src/charts/registry.ts';
const IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The chart code's source files: the entry and every file it imports, directly or not, through
 * relative imports (`./x`, `../data/y`), sorted. An edit anywhere else in src/ (a page, a layout)
 * leaves the charts cached.
 */
export function chartCodeFiles(root = process.cwd()): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1] ?? '');
      const found = [target, `${target}.ts`, join(target, 'index.ts')].find(
        (f) => existsSync(f) && statSync(f).isFile(),
      );
      if (found) visit(found);
    }
  };
  visit(join(root, CHART_ENTRY));
  return [...seen].sort();
}

const memo = globalThis as { __inspectedChartCode?: string };

/**
 * The version of the chart code: a hash of its source files (chartCodeFiles), package-lock.json
 * (Plot, d3, linkedom) and the Node version (its Intl formats dates). Once per process.
 */
function chartCodeVersion(root = process.cwd()): string {
  if (memo.__inspectedChartCode) return memo.__inspectedChartCode;
  const h = createHash('sha256').update(`node ${process.version}\0`);
  for (const f of [...chartCodeFiles(root), join(root, 'package-lock.json')]) {
    const text = existsSync(f) ? readFileSync(f) : Buffer.alloc(0);
    h.update(`${f.slice(root.length)}\0${text.length}\0`).update(text);
  }
  return (memo.__inspectedChartCode = h.digest('hex'));
}

/** The cache key of one chart: hash of the code version, the data, the type and the options. */
export function chartCacheKey(code: string, dataHash: string, type: string, options: ChartOptions): string {
  const sorted = Object.fromEntries(Object.entries(options).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256')
    .update(JSON.stringify([code, dataHash, type, sorted]))
    .digest('hex');
}

/** The key of a chart of `data` in the disk cache, or null when `data` cannot be cached. */
export function cacheKeyFor(data: Dataset, type: string, options: ChartOptions): string | null {
  const dataHash = loadedDataHash(data);
  return dataHash ? chartCacheKey(chartCodeVersion(), dataHash, type, options) : null;
}

const fileOf = (dir: string, key: string) => join(dir, `${key}.json`);

/** The cached figure under `key`, or null. */
export function readCachedFigure(dir: string, key: string): ChartFigure | null {
  try {
    return JSON.parse(readFileSync(fileOf(dir, key), 'utf8')) as ChartFigure;
  } catch {
    return null;
  }
}

/**
 * Store a figure under `key` (written beside and renamed into place, so a reader never sees half
 * a file). A figure that would not read back exactly as it is (a NaN or an undefined in it) is
 * not stored: it is drawn each time instead. Returns whether it was stored.
 */
export function writeCachedFigure(dir: string, key: string, fig: ChartFigure): boolean {
  const text = JSON.stringify(fig);
  if (!isDeepStrictEqual(JSON.parse(text), fig)) return false;
  mkdirSync(dir, { recursive: true });
  const tmp = `${fileOf(dir, key)}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, fileOf(dir, key));
  return true;
}

/** Whether the cache holds `key` (without reading it). */
export function hasCachedFigure(dir: string, key: string): boolean {
  return existsSync(fileOf(dir, key));
}
