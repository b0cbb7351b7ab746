import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isPagefindUi, searchIndexSize, searchLines, spread } from '../../scripts/bench/search';
import { markdown } from '../../scripts/bench/report';

const dist = mkdtempSync(join(tmpdir(), 'inspected-search-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('search measurement (scripts/bench/search.ts, shared by measure-search and the bench)', () => {
  it('sizes the index on disk: all of it, the part a search loads (not the UI bundles), the place index', () => {
    const text = (n: number) => 'pagefind '.repeat(n);
    const files: Record<string, string> = {
      'pagefind/pagefind.js': text(100),
      'pagefind/index/en_1.pf_index': text(50),
      'pagefind/pagefind-ui.js': text(400),
      'pagefind/pagefind-component-ui.css': text(10),
      'search/places.json': '[{"name":"Harlow"}]',
    };
    for (const [f, body] of Object.entries(files)) {
      mkdirSync(join(dist, f, '..'), { recursive: true });
      writeFileSync(join(dist, f), body);
    }
    const gz = (s: string) => gzipSync(s, { level: 6 }).length;
    const size = (fs: string[], m: (s: string) => number) => fs.reduce((n, f) => n + m(files[f] ?? ''), 0);
    const all = Object.keys(files).filter((f) => f.startsWith('pagefind/'));
    const search = all.filter((f) => !isPagefindUi(f));
    expect(search).toEqual(['pagefind/pagefind.js', 'pagefind/index/en_1.pf_index']);
    expect(searchIndexSize(dist)).toEqual({
      files: 4,
      bytes: size(all, (s) => s.length),
      gzip: size(all, gz),
      searchBytes: size(search, (s) => s.length),
      searchGzip: size(search, gz),
      places: { bytes: 19, gzip: gz('[{"name":"Harlow"}]') },
    });
  });

  it('gives median and range, and reports them in the bench report', () => {
    expect(spread([900, 300, 500])).toEqual({ median: 500, min: 300, max: 900 });
    const m = {
      index: searchIndexSize(dist),
      firstQuery: {
        query: 'Harlow',
        runs: 3,
        fetchedBytes: spread([2048, 2048, 4096]),
        ms: spread([900, 300, 500]),
      },
    };
    const lines = searchLines(m);
    expect(lines[2]).toBe(
      'First query "Harlow", fresh browser, 3 runs: fetched 2.0 KB (median; 2.0 KB-4.0 KB); results shown after 500 ms (median; 300-900 ms)',
    );
    const md = markdown({
      when: 'now',
      machine: 'test',
      scales: [],
      archives: [],
      archiveGrowth: null,
      chart: null,
      growth: null,
      cpuGrowth: null,
      budgets: [],
      search: m,
      skipped: [],
    });
    expect(md).toContain('## Search');
    for (const line of lines) expect(md).toContain(`- ${line}`);
  });
});
