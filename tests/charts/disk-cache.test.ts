/**
 * The chart cache kept between builds (src/charts/disk-cache.ts): a figure read back from a warm
 * cache is exactly the figure drawn cold (one chart of each type on the real data), the key moves
 * with anything the drawing depends on, the pages' chartFigure reads the cache, and a figure that
 * would not read back exactly is not stored.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartFigure } from '../../src/charts/cache';
import {
  cacheKeyFor,
  chartCacheDir,
  chartCodeFiles,
  chartCacheKey,
  readCachedFigure,
  writeCachedFigure,
} from '../../src/charts/disk-cache';
import { renderFigureHtml } from '../../src/charts/figure';
import { allChartSpecs, renderChart, type ChartSpec } from '../../src/charts/registry';
import { loadDataset, loadedDataHash } from '../../src/data/load';
import { fixtureDataset } from './fixtures';

const links = (id: string) => ({ base: '/', csvHref: `/charts/${id}.csv`, embedHref: `/embed/${id}/` });
const saved = process.env['INSPECTED_CHART_CACHE'];
let cache = '';

beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'inspected-chart-cache-'));
  process.env['INSPECTED_CHART_CACHE'] = cache;
});
afterAll(() => {
  if (saved === undefined) delete process.env['INSPECTED_CHART_CACHE'];
  else process.env['INSPECTED_CHART_CACHE'] = saved;
});

/** A copy of data/ in a folder of its own, so its dataset is a fresh one (and `edit` changes it). */
function dataCopy(edit?: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'inspected-data-'));
  cpSync('data', dir, { recursive: true });
  edit?.(dir);
  return dir;
}

describe('chart cache on disk', () => {
  it('is on only when INSPECTED_CHART_CACHE names a folder', () => {
    expect(chartCacheDir({})).toBeNull();
    expect(chartCacheDir({ INSPECTED_CHART_CACHE: 'off' })).toBeNull();
    expect(chartCacheDir({ INSPECTED_CHART_CACHE: '/tmp/x' })).toBe('/tmp/x');
  });

  it('gives back, warm, exactly what is drawn cold: one chart of each type on the real data', () => {
    const data = loadDataset(dataCopy());
    const oneOfEach = new Map<string, ChartSpec>();
    for (const s of allChartSpecs(data)) if (!oneOfEach.has(s.type)) oneOfEach.set(s.type, s);
    expect(oneOfEach.size).toBeGreaterThanOrEqual(10);
    for (const s of oneOfEach.values()) {
      const key = cacheKeyFor(data, s.type, s.options);
      expect(key, s.id).not.toBeNull();
      expect(readCachedFigure(cache, key ?? ''), `${s.id} cached before it was drawn`).toBeNull();
      const cold = chartFigure(data, s.type, s.options); // drawn, and stored
      const warm = readCachedFigure(cache, key ?? '');
      expect(warm, `${s.id} was not stored`).not.toBeNull();
      const drawn = renderChart(data, s.type, s.options);
      for (const fig of [cold, warm]) {
        expect(fig).toEqual(drawn);
        if (fig) expect(renderFigureHtml(fig, links(fig.id))).toBe(renderFigureHtml(drawn, links(drawn.id)));
        expect(fig?.csv).toBe(drawn.csv);
      }
    }
  });

  it('is what chartFigure reads: a figure under the right key is used without drawing', () => {
    const data = loadDataset(dataCopy());
    const s = allChartSpecs(data).find((x) => x.type === 'trajectory');
    if (!s) throw new Error('no trajectory chart in the data');
    const key = cacheKeyFor(data, s.type, s.options) ?? '';
    writeCachedFigure(cache, key, { ...renderChart(data, s.type, s.options), title: 'Read from the cache' });
    expect(chartFigure(data, s.type, s.options).title).toBe('Read from the cache');
    // Options are still checked when the figure comes from the cache.
    expect(() => chartFigure(data, 'trajectory', { authority: 'nowhere' })).toThrow(/unknown council/);
  });

  it('keys on the data files, the chart code, the type and every option', () => {
    const data = loadDataset(dataCopy());
    const hash = loadedDataHash(data) ?? '';
    const key = chartCacheKey('code', hash, 'trajectory', { authority: 'haringey' });
    expect(chartCacheKey('code', hash, 'trajectory', { authority: 'haringey' })).toBe(key);
    expect(chartCacheKey('code2', hash, 'trajectory', { authority: 'haringey' })).not.toBe(key);
    expect(chartCacheKey('code', `${hash}x`, 'trajectory', { authority: 'haringey' })).not.toBe(key);
    expect(chartCacheKey('code', hash, 'neighbours', { authority: 'haringey' })).not.toBe(key);
    expect(chartCacheKey('code', hash, 'trajectory', { authority: 'havering' })).not.toBe(key);
    expect(chartCacheKey('code', hash, 'trajectory', { authority: 'haringey', highlight: 'x' })).not.toBe(
      key,
    );
    // The same data in another folder has the same hash; one changed byte gives another.
    expect(loadedDataHash(loadDataset(dataCopy()))).toBe(hash);
    const edited = loadDataset(
      dataCopy((dir) => {
        const f = join(dir, 'sources.csv');
        writeFileSync(f, `${readFileSync(f, 'utf8')}\n`);
      }),
    );
    expect(loadedDataHash(edited)).not.toBe(hash);
  });

  it('keys on the chart code only: the registry and what it imports, not pages or layouts', () => {
    const files = chartCodeFiles().map((f) => f.slice(process.cwd().length + 1));
    for (const f of [
      'src/charts/registry.ts',
      'src/charts/svg.ts',
      'src/charts/trajectory.ts',
      'src/data/format.ts',
    ])
      expect(files).toContain(f);
    expect(files.filter((f) => !/^src\/(charts|data|config)\//.test(f))).toEqual([]);
    expect(files).not.toContain('src/components/term-links.ts');
  });

  it('never caches a dataset that loadDataset did not load (a test fixture)', () => {
    expect(cacheKeyFor(fixtureDataset(), 'trajectory', { authority: 'haringey' })).toBeNull();
  });

  it('does not store a figure that would not read back exactly (NaN in its table)', () => {
    const data = fixtureDataset();
    const fig = renderChart(data, 'trajectory', { authority: 'haringey' });
    const bad = { ...fig, table: { ...fig.table, rows: [{ x: NaN }] } };
    expect(writeCachedFigure(cache, 'not-stored', bad)).toBe(false);
    expect(existsSync(join(cache, 'not-stored.json'))).toBe(false);
    expect(writeCachedFigure(cache, 'stored', fig)).toBe(true);
    expect(readCachedFigure(cache, 'stored')).toEqual(fig);
  });
});
