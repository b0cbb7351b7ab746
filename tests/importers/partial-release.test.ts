/**
 * A partial release, end to end (issue 22, point 2): `npm run refresh` on a copy of the committed
 * data with a workforce file that adds a year (2026) for England, the North West and five councils
 * only (the DfE publishes late returns later). The 2017-2025 rows are the committed ones, written
 * back in the DfE's layout. Then:
 *
 * - ranks, the compare tables and /compare/councils.json keep ranking 2025 (the latest year with
 *   figures for at least 90% of current councils), with England's 2025 figure, and say that 2026
 *   is published so far for England, the North West and 5 councils;
 * - council pages' ranks stay (a council without 2026 is still ranked on 2025);
 * - a council's chart shows 2026 only where the council has it, and says which areas lack it;
 * - /data/ states the range with the partial year named;
 * - the summary and CHANGES.md list who has 2026 and count the councils that do not yet; the
 *   release no longer cited is bookkeeping, not a removal.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvFormatRows, csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { AreaIndex } from '../../scripts/import/area-codes';
import { DATASETS } from '../../scripts/import/columns';
import { readCouncilChanges } from '../../scripts/import/lib/council-changes';
import { ReleaseDates } from '../../scripts/import/lib/release-dates';
import { runRefresh, type RefreshDeps } from '../../scripts/import/refresh';
import { ProblemList } from '../../scripts/import/row-checks';
import { importWorkforce } from '../../scripts/import/workforce';
import { workforce } from '../../src/charts/workforce';
import { comparePeriodWords, compareJson } from '../../src/data/compare';
import { comparablePeriod, periodReach } from '../../src/data/comparable-period';
import { fileCoverage } from '../../src/data/coverage';
import { DataValidationError, buildDataset, readDataFiles } from '../../src/data/load';
import { allRanks, ranksOf } from '../../src/data/ranks';
import { formatProblem } from '../../src/data/schema';

const PROJECT_DATA = join(import.meta.dirname, '..', '..', 'data');
/** The councils with 2026 figures: four in the North West, and Camden (London has none yet). */
const EARLY = ['blackpool', 'bolton', 'bury', 'cumberland', 'camden'];

const MEASURES = [
  'inpost_fte',
  'starters_fte',
  'leavers_fte',
  'turnover_rate_fte',
  'agency_fte',
  'agency_rate_fte',
  'vacancy_fte',
  'vacancy_rate_fte',
  'case_holders_fte',
  'cases',
  'caseload_fte',
];
const HEADER = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
  'new_la_code',
  'la_name',
  ...MEASURES,
];

/**
 * The committed workforce.csv in the DfE's layout, with 2026 rows (the 2025 figures, the agency
 * rate one point higher) for England, the North West and the EARLY councils.
 */
function workforceDownload(): string {
  const rows = csvParse(readFileSync(join(PROJECT_DATA, 'workforce.csv'), 'utf8'));
  const regionCode = new Map(
    rows.filter((r) => r['level'] === 'regional').map((r) => [r['region'] ?? '', r['area_code'] ?? '']),
  );
  const regionOf = new Map(
    csvParse(readFileSync(join(PROJECT_DATA, 'authorities.csv'), 'utf8')).map((a) => [
      a['slug'] ?? '',
      a['region'] ?? '',
    ]),
  );
  const level = { national: 'National', regional: 'Regional', authority: 'Local authority' } as const;
  const line = (r: Record<string, string | undefined>, year: string) => {
    const lvl = r['level'] as keyof typeof level;
    const region =
      lvl === 'regional'
        ? (r['region'] ?? '')
        : lvl === 'authority'
          ? (regionOf.get((r['authorities'] ?? '').split(' ')[0] ?? '') ?? '')
          : '';
    return [
      year,
      'Reporting year',
      level[lvl],
      'E92000001',
      'England',
      lvl === 'national' ? '' : (regionCode.get(region) ?? ''),
      region,
      lvl === 'authority' ? (r['la_code'] ?? '') : '',
      lvl === 'authority' ? (r['area_code'] ?? '') : '',
      lvl === 'authority' ? (r['area_name'] ?? '') : '',
      ...MEASURES.map((m) => r[m] ?? ''),
    ];
  };
  const early = rows.filter(
    (r) =>
      r['year'] === '2025' &&
      (r['level'] === 'national' ||
        (r['level'] === 'regional' && r['region'] === 'North West') ||
        (r['level'] === 'authority' && EARLY.includes(r['authorities'] ?? ''))),
  );
  const next = early.map((r) => ({
    ...r,
    agency_rate_fte: String(Math.round((Number(r['agency_rate_fte']) + 1) * 10) / 10),
  }));
  // A revised figure, for the summary to word: Hackney's 2025 turnover rate.
  const revised = rows.map((r) =>
    r['year'] === '2025' && r['authorities'] === 'hackney' ? { ...r, turnover_rate_fte: '11.5' } : r,
  );
  return csvFormatRows([
    HEADER,
    ...revised.map((r) => line(r, r['year'] ?? '')),
    ...next.map((r) => line(r, '2026')),
  ]);
}

interface Run {
  code: number;
  out: string;
  err: string;
}

/** The refresh with the workforce step only (and sources.csv), on `dataDir`. */
function refresh(dataDir: string, path: string): Run {
  const out: string[] = [];
  const err: string[] = [];
  const deps: RefreshDeps = {
    steps: (inputs, opts) => [
      {
        name: 'Workforce',
        run: () => {
          const authorities = csvParse(readFileSync(join(opts.dataDir, 'authorities.csv'), 'utf8')).map(
            (a) => ({
              slug: a['slug'] ?? '',
              name: a['name'] ?? '',
              onsCode: a['ons_code'] ?? '',
              laNumber: Number(a['la_number']),
              current: a['current'] === 'yes',
            }),
          );
          const problems = new ProblemList();
          const r = importWorkforce(
            inputs.workforce,
            new AreaIndex(authorities, readCouncilChanges(opts.dataDir)),
            problems,
            { releases: ReleaseDates.fromDataDir(opts.dataDir, opts.released) },
          );
          problems.throwIfAny('Workforce import');
          // sources.csv as the sources step writes it: every release still cited, and the new one.
          const sources = csvParse(readFileSync(join(opts.dataDir, 'sources.csv'), 'utf8'))
            .filter((s) => s['id'] !== 'dfe-csww-2025')
            .concat(r.source ? [r.source as never] : [])
            .sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
          return [r.output, { ...DATASETS.sources, rows: sources, read: sources.length, skipped: [] }];
        },
      },
    ],
    check: (dir) => {
      try {
        buildDataset(readDataFiles(dir));
        return [];
      } catch (e) {
        if (e instanceof DataValidationError) return e.problems.map(formatProblem);
        throw e;
      }
    },
    build: (_data, target) => {
      cpSync(PROJECT_DATA, target, { recursive: true }); // a stand-in for the site
      return true;
    },
  };
  const root = mkdtempSync(join(tmpdir(), 'partial-'));
  const code = runRefresh(
    [
      `--workforce=${path}`,
      '--released=dfe-csww-2026:2026-11-26',
      `--data-dir=${dataDir}`,
      `--out-dir=${join(root, 'dist')}`,
    ],
    { log: (l) => out.push(l), error: (l) => err.push(l), today: '2026-12-01' },
    deps,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('a partial release: 2026 workforce figures for England, the North West and five councils', () => {
  const root = mkdtempSync(join(tmpdir(), 'partial-project-'));
  const dataDir = join(root, 'data');
  cpSync(PROJECT_DATA, dataDir, { recursive: true });
  const before = buildDataset(readDataFiles(dataDir));
  const download = join(root, 'csww_indicators_2017_to_2026.csv');
  writeFileSync(download, workforceDownload());
  const r = refresh(dataDir, download);
  const data = buildDataset(readDataFiles(dataDir));
  const name = (slug: string) => data.authorities.get(slug)?.name ?? slug;
  const current = [...data.authorities.values()].filter((a) => a.current).length;
  const lacking = current - EARLY.length;

  it('refreshes, and the data holds 2026 for those areas only', () => {
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const in2026 = data.workforce.filter((w) => w.year === 2026);
    expect(in2026.map((w) => w.areaName).sort()).toEqual(
      ['England', 'North West', ...EARLY.map(name)].sort(),
    );
    expect(periodReach(data, 'workforce')).toMatchObject({
      comparable: '2025',
      newer: [
        {
          period: '2026',
          england: true,
          regions: ['North West'],
          councils: ['blackpool', 'bolton', 'bury', 'camden', 'cumberland'],
          lacking,
        },
      ],
    });
    expect(comparablePeriod(data, 'workforce')).toBe('2025');
  });

  it('ranks 2025, as before, with England’s 2025 figure, and says who has 2026 so far', () => {
    const ranks = allRanks(data).filter((m) => m.measure.id.startsWith('workforce-'));
    const was = allRanks(before).filter((m) => m.measure.id.startsWith('workforce-'));
    expect(ranks.map((m) => m.measure.id)).toEqual(was.map((m) => m.measure.id));
    for (const [i, m] of ranks.entries()) {
      expect(m.measure.period).toBe('year to 30 September 2025');
      expect(m.ranked.length).toBe(was[i]?.ranked.length);
      expect(m.ranked.length).toBeGreaterThan(140);
      expect(m.england).toBe(was[i]?.england);
      expect(m.measure.newer.map((n) => n.period)).toEqual(['2026']);
    }
    const agency = ranks.find((m) => m.measure.id === 'workforce-agency');
    const england2025 = data.workforce.find((w) => w.level === 'national' && w.year === 2025);
    expect(agency?.england).toBe(
      england2025 && 'value' in england2025.agencyRateFte ? england2025.agencyRateFte.value : 'none',
    );
  });

  it('council pages: a council without 2026 is ranked on 2025, with the reason in words', () => {
    const hackney = ranksOf(data, 'hackney').filter((l) => l.measure.id.startsWith('workforce-'));
    expect(hackney).toHaveLength(4);
    for (const l of hackney) expect(l.entry).not.toBeNull();
    const camden = ranksOf(data, 'camden').find((l) => l.measure.id === 'workforce-agency');
    // Camden's rank is on its 2025 figure, like every other council's.
    const camden2025 = data.workforce.find((w) => w.year === 2025 && w.authorities.includes('camden'));
    expect(camden?.entry?.value).toBe(
      camden2025 && 'value' in camden2025.agencyRateFte ? camden2025.agencyRateFte.value : 'none',
    );
  });

  it('compare tables and councils.json keep every council’s 2025 figures and say which year', () => {
    const json = compareJson(data, (p) => p);
    const old = compareJson(before, (p) => p);
    expect(json.headings).toEqual(old.headings);
    // Every council's cells as before, but Hackney's revised 2025 turnover rate.
    const hackney = json.headings.indexOf('Social workers leaving in the year (%)') - 1;
    const revised = old.councils.map((c) =>
      c.slug === 'hackney' ? { ...c, cells: c.cells.map((x, i) => (i === hackney ? '11.5' : x)) } : c,
    );
    expect(json.councils).toEqual(revised);
    const dashes = json.councils.filter((c) => c.cells.slice(-6, -2).every((x) => x === '–'));
    expect(dashes.length).toBeLessThan(10);
    const words = comparePeriodWords(data, allRanks(data));
    expect(words).toContain('year to 30 September 2025');
    expect(words).toContain(
      `2026 figures are published so far for England, North West and 5 councils (Blackpool, Bolton, Bury, Camden and Cumberland); ${lacking} current councils do not have them yet.`,
    );
    expect(comparePeriodWords(before, allRanks(before))).not.toContain('so far');
  });

  it('charts: 2026 only where the council has it; the areas that lack it named in words', () => {
    const yearsOf = (slug: string, area: string) =>
      workforce(data, { authority: slug })
        .table.rows.filter((x) => x['area'] === area)
        .map((x) => x['year']);
    // Bolton has 2026, and so have the North West and England.
    expect(yearsOf('bolton', 'Bolton').at(-1)).toBe(2026);
    expect(yearsOf('bolton', 'North West').at(-1)).toBe(2026);
    expect(yearsOf('bolton', 'England').at(-1)).toBe(2026);
    // Camden has 2026, London has not: a gap, said so.
    const camden = workforce(data, { authority: 'camden' });
    expect(yearsOf('camden', 'London').at(-1)).toBe(2025);
    expect(camden.notes).toContain('London: no 2026 figures published yet; shown as a gap.');
    expect(camden.alt).toContain('London: no 2026 figures published yet');
    // Hackney has no 2026: its chart stops at 2025, England's 2026 point too, and says why.
    const hackney = workforce(data, { authority: 'hackney' });
    expect(yearsOf('hackney', 'England').at(-1)).toBe(2025);
    expect(hackney.subtitle).toContain('2017 to 2025');
    const notYet =
      '2026 figures are published so far for England, North West and 5 councils (Blackpool, Bolton, Bury, Camden and Cumberland); not yet for Hackney, so this chart stops before 2026.';
    expect(hackney.notes).toContain(notYet);
    expect(hackney.alt).toContain(notYet);
  });

  it('/data/ states the whole range and names the partial year', () => {
    expect(fileCoverage(data, 'workforce')).toBe(
      'Years to 30 September: 2017 to 2026. 2026 so far for England, North West and 5 councils.',
    );
  });

  it('the summary and CHANGES.md list the areas with 2026 and count those without', () => {
    const areas = `England, North West and 5 councils (${EARLY.map(name)
      .sort()
      .join(', ')
      .replace(/, ([^,]+)$/, ' and $1')})`;
    expect(r.out).toContain(
      `New years:\n  - Children’s social workers (workforce.csv): 2026, so far for ${areas}; not yet for ${lacking} other current councils`,
    );
    const changes = readFileSync(join(dataDir, 'CHANGES.md'), 'utf8');
    const entry = changes.split(/^## /m)[1] ?? '';
    expect(entry).toContain(
      `- Children’s social workers: 2026, so far for ${areas}; not yet for ${lacking} other current councils`,
    );
    // The release the rows no longer cite is bookkeeping: not a removal, and not in readers' words.
    expect(r.out).not.toContain('Removed:');
    expect(r.out).toContain(
      "Releases no longer cited by any row (sources.csv):\n  - Department for Education, Children's social work workforce: reporting year 2025",
    );
    expect(entry).not.toContain('Removed');
    expect(entry).not.toContain('sources.csv');
    // Readers get the file's title and the columns' words, not file or column names.
    expect(entry).not.toMatch(/workforce\.csv|_fte/);
    expect(entry).toContain(
      '- Hackney, 2025, leavers as a percentage of social workers in post: 10.5 → 11.5',
    );
    expect(r.out).toContain('Hackney, 2025, turnover_rate_fte: 10.5 → 11.5 [workforce:authority/204//2025]');
  });
});
