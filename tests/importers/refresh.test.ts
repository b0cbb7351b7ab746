/**
 * `npm run refresh`, run as an editor runs it, on a data folder and an output folder of its own:
 * a first refresh from the fixtures (publishers' layouts), then a next year of care-leaver
 * figures and a newer community overview in which one council's row is replaced. The earlier
 * inspection is kept, the summary names the new year, the new inspection and the grade change,
 * and data/ and dist/ are replaced together only when the check and the build pass. The check is
 * the dataset's (stories name councils the fixtures do not hold); the build is a stand-in that
 * records what it was given.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { importSteps, type StepOptions } from '../../scripts/import/index';
import type { Inputs } from '../../scripts/import/lib/paths';
import { runRefresh, swapFolders, type RefreshDeps } from '../../scripts/import/refresh';
import { coverage, fileCoverage } from '../../src/data/coverage';
import { FILES } from '../../src/data/dictionary';
import { DataValidationError, buildDataset, readDataFiles } from '../../src/data/load';
import { formatProblem } from '../../src/data/schema';
import { columnsOf } from '../../src/data/dataset-rows';
import { CARE_LEAVERS_CSV, COMMUNITY_CSV } from '../fixtures/ofsted/build-fixtures';
import { FIXTURE_INPUTS, importArgs } from '../helpers/import-inputs';

/** A folder of new downloads, in the publishers' layouts, as an editor saves them. */
function downloads(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'downloads-'));
  return Object.fromEntries(
    Object.entries(files).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return [name, join(dir, name)];
    }),
  );
}

/** The care-leaver file with a next year (2026) for every council; Haringey's figures moved. */
const NEXT_YEAR_CARE_LEAVERS =
  CARE_LEAVERS_CSV +
  CARE_LEAVERS_CSV.split('\n')
    .filter((l) => l.startsWith('2025,'))
    .map((l) =>
      l
        .replace(/^2025,/, '2026,')
        .replace(
          /Haringey,E09000014,19 to 21 years,Total,240,/,
          'Haringey,E09000014,19 to 21 years,Total,250,',
        )
        .replace(
          /(Haringey,E09000014,19 to 21 years,"Total in education, employment or training"),120,50/,
          '$1,135,54',
        ),
    )
    .join('\n') +
  '\n';

/** The community overview a year on: Haringey's row now holds its newer inspection. */
const NEWER_COMMUNITY = COMMUNITY_CSV.replace(
  /^80498,309,.*$/m,
  '80498,309,GL,E09000014,"320, 308, 204","[(320, \'good\')]",haringey,https://files.ofsted.gov.uk/v1/file/50310000,good,standard,inspector three,07/09/2026,11/09/2026,30/09/26,0,good,good,good,good,1',
);

/** The outputs of the adoption, workforce and 2025 neighbours step, left out here, by their columns. */
const LEFT_OUT_FILES: Record<string, string> = {
  'adoption-asglb.csv': columnsOf('adoptionAsglb').join(','),
  'adoption-counts.csv': columnsOf('adoptionCounts').join(','),
  'workforce.csv': columnsOf('workforce').join(','),
  'neighbours-2025.csv': columnsOf('neighbours2025').join(','),
};

interface Run {
  code: number;
  out: string;
  err: string;
  builds: { dataDir: string; outDir: string }[];
}

/** The refresh on `dataDir` and `outDir`, the adoption and workforce step left out (its fixtures name other councils). */
function refresh(argv: string[], dataDir: string, outDir: string, opts: { buildOk?: boolean } = {}): Run {
  const out: string[] = [];
  const err: string[] = [];
  const builds: Run['builds'] = [];
  const deps: RefreshDeps = {
    steps: (i: Inputs, o: StepOptions) =>
      importSteps(i, o).filter((s) => s.name !== 'Adoption, workforce and 2025 neighbours'),
    check: (dir) => {
      try {
        buildDataset(readDataFiles(dir));
        return [];
      } catch (e) {
        if (e instanceof DataValidationError) return e.problems.map(formatProblem);
        throw e;
      }
    },
    build: (data, target) => {
      builds.push({ dataDir: data, outDir: target });
      if (opts.buildOk === false) return false;
      mkdirSync(target, { recursive: true });
      writeFileSync(
        join(target, 'index.html'),
        `built from ${readFileSync(join(data, 'care-leavers.csv'), 'utf8').length} bytes`,
      );
      return true;
    },
  };
  const code = runRefresh(
    [...argv, `--data-dir=${dataDir}`, `--out-dir=${outDir}`],
    { log: (l) => out.push(l), error: (l) => err.push(l), today: '2026-12-01' },
    deps,
  );
  return { code, out: out.join('\n'), err: err.join('\n'), builds };
}

/** Every file under a folder, with its text. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const f of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (f.isDirectory()) walk(join(d, f.name), `${prefix}${f.name}/`);
      else out[`${prefix}${f.name}`] = readFileSync(join(d, f.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

const BASE_ARGS = importArgs(FIXTURE_INPUTS);

/** A project-like folder with data/ and dist/ after a first refresh from the fixtures. */
function published(): { root: string; data: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'project-'));
  const data = join(root, 'data');
  const dist = join(root, 'dist');
  // The files of the step left out, empty: the dataset is complete, and no refresh here writes them.
  mkdirSync(data);
  for (const [file, columns] of Object.entries(LEFT_OUT_FILES))
    writeFileSync(join(data, file), `${columns}\n`);
  const r = refresh(BASE_ARGS, data, dist);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return { root, data, dist };
}

/** The next year's care leavers and the newer overview as downloads, and the refresh's arguments naming them. */
function nextYear(): { files: Record<string, string>; args: string[] } {
  const files = downloads({
    'la_care_leavers_activity.csv': NEXT_YEAR_CARE_LEAVERS,
    'ofsted_csc_ilacs_overview.csv': NEWER_COMMUNITY,
  });
  const args = [
    ...BASE_ARGS,
    `--careLeavers=${files['la_care_leavers_activity.csv']}`,
    `--community=${files['ofsted_csc_ilacs_overview.csv']}`,
    '--released=dfe-cla-2026:2026-11-19',
  ];
  return { files, args };
}

const rows = (dir: string, file: string) => csvParse(readFileSync(join(dir, file), 'utf8'));

describe('npm run refresh: a next year and a newer community overview, in one command', () => {
  const p = published();
  const first = readFileSync(join(p.data, 'CHANGES.md'), 'utf8');
  const args = [...nextYear().args, '--communityDate=2026-12-01'];
  const r = refresh(args, p.data, p.dist);

  it('succeeds, builds once from the staged data into a staged folder, and replaces data/ and dist/', () => {
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.builds).toHaveLength(1);
    expect(r.builds[0]?.dataDir).not.toBe(p.data);
    expect(r.builds[0]?.outDir).not.toBe(p.dist);
    expect(readFileSync(join(p.dist, 'index.html'), 'utf8')).toBe(
      `built from ${readFileSync(join(p.data, 'care-leavers.csv'), 'utf8').length} bytes`,
    );
    // No staging folder is left beside data/ or dist/.
    expect(readdirSync(p.root).sort()).toEqual(['data', 'dist']);
    expect(Object.keys(snapshot(p.data)).sort()).toEqual([
      'CHANGES.md',
      'adoption-asglb.csv',
      'adoption-counts.csv',
      'adoption-stages.csv',
      'authorities.csv',
      'care-leavers.csv',
      'hexes.csv',
      'inspections.csv',
      'neighbours-2025.csv',
      'neighbours.csv',
      'places.csv',
      'sources.csv',
      'workforce.csv',
    ]);
  });

  it('keeps the earlier inspection the newer overview no longer lists, beside the new one', () => {
    const haringey = rows(p.data, 'inspections.csv').filter((x) => x['authority'] === 'haringey');
    expect(haringey.map((x) => `${x['id']} ${x['overall']}`).slice(-2)).toEqual([
      'haringey-2026-02-24-ilacs-short outstanding',
      'haringey-2026-09-30-ilacs-standard good',
    ]);
    // The kept row still cites its report, and the report is still in sources.csv.
    const sources = rows(p.data, 'sources.csv').map((s) => s['id']);
    expect(sources).toContain('ofsted-report-50295650');
    expect(sources).toContain('ofsted-report-50310000');
  });

  it('names the new year, the new inspection, the grade change and the kept row in the summary', () => {
    expect(r.out).toContain(
      'New inspections:\n  - Haringey: ILACS standard inspection, published 30 September 2026: Good (before: Outstanding, published 24 February 2026) [haringey-2026-09-30-ilacs-standard]',
    );
    expect(r.out).toContain('Current grade changed:\n  - Haringey: Outstanding → Good');
    expect(r.out).toContain(
      'New years:\n  - Care leavers in education, employment or training (care-leavers.csv): 2026',
    );
    expect(r.out).toContain(
      'Kept, though the newer files lack them:\n  - inspections.csv: Haringey: ILACS short inspection, published 24 February 2026 (to remove it: --allow-removal haringey-2026-02-24-ilacs-short)',
    );
    expect(r.out).toContain(
      'New releases cited:\n  - Department for Education, Children looked after in England including adoptions: reporting year 2026, 19 November 2026',
    );
    expect(r.out).toContain(
      'care-leavers.csv: 5 rows now cite “Children looked after in England including adoptions: reporting year 2026” (dfe-cla-2026), before “Children looked after in England including adoptions: reporting year 2025” (dfe-cla-2025)',
    );
    expect(r.out).toContain(
      '  care-leavers.csv: read 20 = written 20 (10 rows, each from a "Total" and an EET record) + skipped 0',
    );
  });

  it('writes the summary for readers as the newest entry of CHANGES.md, the first refresh below it', () => {
    const changes = readFileSync(join(p.data, 'CHANGES.md'), 'utf8');
    expect(changes).toMatch(/^# Changes to the data\n/);
    const entries = changes.split(/^## /m).slice(1);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('1 December 2026');
    expect(entries[0]).toContain(
      '- Haringey: ILACS standard inspection, published 30 September 2026: Good (before: Outstanding, published 24 February 2026)',
    );
    expect(entries[0]).toContain('### Kept from earlier files');
    // Readers get names and dates, not ids or options.
    expect(entries[0]).not.toContain('--allow-removal');
    expect(entries[0]).not.toContain('haringey-2026');
    expect(changes.endsWith(first.slice(first.indexOf('## ')))).toBe(true);
  });

  it('cites each row’s source from the file it was read from: its year, its date, its snapshot', () => {
    const care = rows(p.data, 'care-leavers.csv');
    expect(new Set(care.map((x) => x['source']))).toEqual(new Set(['dfe-cla-2026']));
    expect(rows(p.data, 'sources.csv').find((s) => s['id'] === 'dfe-cla-2026')).toMatchObject({
      title: 'Children looked after in England including adoptions: reporting year 2026',
      date: '2026-11-19',
    });
    const inspections = rows(p.data, 'inspections.csv');
    expect(inspections.find((x) => x['id'] === 'haringey-2026-09-30-ilacs-standard')?.['note']).toContain(
      'snapshot (1 December 2026)',
    );
    // The kept row keeps the snapshot it was taken from.
    expect(inspections.find((x) => x['id'] === 'haringey-2026-02-24-ilacs-short')?.['note']).toContain(
      'snapshot (29 June 2026)',
    );
  });

  it('a second run with the same files changes nothing, byte for byte', () => {
    const before = snapshot(p.data);
    const again = refresh(args, p.data, p.dist);
    expect(again.code).toBe(0);
    expect(again.out).toContain('No change to the data.');
    expect(again.out).toContain('refresh: no change to the data');
    expect(again.builds).toHaveLength(0);
    expect(snapshot(p.data)).toEqual(before);
  });
});

describe('npm run refresh: nothing is lost, nothing half-built', () => {
  const { files, args: next } = nextYear();

  it('--dry-run prints the summary and writes nothing, not even a staging folder', () => {
    const p = published();
    const before = { data: snapshot(p.data), dist: snapshot(p.dist) };
    const r = refresh([...next, '--dry-run'], p.data, p.dist);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'New years:\n  - Care leavers in education, employment or training (care-leavers.csv): 2026',
    );
    expect(r.out).toContain('refresh --dry-run: the refreshed data passed the check; nothing was written.');
    expect(r.builds).toHaveLength(0);
    expect({ data: snapshot(p.data), dist: snapshot(p.dist) }).toEqual(before);
    expect(readdirSync(p.root).sort()).toEqual(['data', 'dist']);
  });

  it('a row goes only with --allow-removal, and the summary names it', () => {
    const p = published();
    const r = refresh([...next, '--allow-removal', 'haringey-2026-02-24-ilacs-short'], p.data, p.dist);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Removed:\n  - inspections.csv: Haringey: ILACS short inspection, published 24 February 2026 [haringey-2026-02-24-ilacs-short]',
    );
    expect(rows(p.data, 'inspections.csv').map((x) => x['id'])).not.toContain(
      'haringey-2026-02-24-ilacs-short',
    );
    const unknown = refresh([...next, '--allow-removal', 'haringey-2099-01-01-jar'], p.data, p.dist);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('--allow-removal haringey-2099-01-01-jar: no published row of that name');
  });

  it('a failed build replaces nothing', () => {
    const p = published();
    const before = { data: snapshot(p.data), dist: snapshot(p.dist) };
    const r = refresh(next, p.data, p.dist, { buildOk: false });
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'refresh: the site build failed (its messages are above).\nNothing was replaced: data/ and dist/ are as they were.',
    );
    expect({ data: snapshot(p.data), dist: snapshot(p.dist) }).toEqual(before);
    expect(readdirSync(p.root).sort()).toEqual(['data', 'dist']);
  });

  it('a council whose ONS code changed without its LA number stops the refresh, until it is re-coded', () => {
    const p = published();
    // The next year's file gives Haringey a new ONS code and no LA number.
    const recoded = NEXT_YEAR_CARE_LEAVERS.replace(
      /^(2026,.*),309,Haringey,E09000014,/gm,
      '$1,,Haringey,E09000099,',
    );
    const { 'la_care_leavers_activity.csv': path = '' } = downloads({
      'la_care_leavers_activity.csv': recoded,
    });
    const args = [...next, `--careLeavers=${path}`];
    const before = snapshot(p.data);
    const r = refresh(args, p.data, p.dist);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'la_care_leavers_activity.csv:12:10: council Haringey (ONS E09000099, LA none) matches no council; authorities.csv has Haringey as ONS E09000014, LA 309: a re-coded council? (got "E09000099", expected the ONS code or old LA number of a council in authorities.csv; if it is a new council, or a council whose ONS code or LA number changed, add it to data/curated/council-changes.csv (docs/editing.md, "A new or re-coded council"))',
    );
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(snapshot(p.data)).toEqual(before);
    // The editor records the new code; the refresh then follows Haringey instead of losing it.
    mkdirSync(join(p.data, 'curated'), { recursive: true });
    writeFileSync(
      join(p.data, 'curated', 'council-changes.csv'),
      readFileSync(join(import.meta.dirname, '..', '..', 'data', 'curated', 'council-changes.csv'), 'utf8') +
        'haringey,recoded,E09000099,,,,A new ONS code in the DfE file (test)\n',
    );
    const ok = refresh(args, p.data, p.dist);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(
      rows(p.data, 'care-leavers.csv')
        .filter((x) => x['authority'] === 'haringey')
        .map((x) => `${x['year']} ${x['area_code']}`),
    ).toEqual(['2025 E09000014', '2026 E09000099']);
  });

  it('bad values stop the refresh at the publisher’s file, line and column, all at once', () => {
    const p = published();
    const bad = CARE_LEAVERS_CSV.replace(',Total,240,100', ',Total,n/a,100').replace(
      '"Total in education, employment or training",110,52',
      '"Total in education, employment or training",1 234,52',
    );
    const { 'la_care_leavers_activity.csv': path = '' } = downloads({ 'la_care_leavers_activity.csv': bad });
    const r = refresh([...BASE_ARGS, `--careLeavers=${path}`], p.data, p.dist);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'la_care_leavers_activity.csv:2:13: care_leaver_count is not a published figure (got "n/a", expected a whole number from 0 to 1000000 or a suppression symbol (c, z, x, low, k, u))',
    );
    expect(r.err).toContain(
      'la_care_leavers_activity.csv:5:13: care_leaver_count is not a published figure (got "1 234", expected a whole number from 0 to 1000000 or a suppression symbol (c, z, x, low, k, u))',
    );
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a new release without its date stops the refresh and says which option gives it', () => {
    const p = published();
    const r = refresh(
      [...BASE_ARGS, `--careLeavers=${files['la_care_leavers_activity.csv']}`],
      p.data,
      p.dist,
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'no publication date known for the release of reporting year 2026 (dfe-cla-2026) (got "2026", expected its publication date, given once with --released=dfe-cla-2026:yyyy-mm-dd (then kept in data/sources.csv))',
    );
  });
});

describe('replacing data/ and dist/ together', () => {
  it('puts the first folder back when the second cannot be replaced', () => {
    const root = mkdtempSync(join(tmpdir(), 'swap-'));
    const make = (name: string, text: string) => {
      mkdirSync(join(root, name), { recursive: true });
      writeFileSync(join(root, name, 'f.txt'), text);
      return join(root, name);
    };
    const data = make('data', 'old data');
    const dist = make('dist', 'old site');
    const stagedData = make('staged-data', 'new data');
    expect(() =>
      swapFolders([
        { live: data, staged: stagedData, aside: join(root, 'data.old') },
        { live: dist, staged: join(root, 'missing'), aside: join(root, 'dist.old') },
      ]),
    ).toThrow();
    expect(readFileSync(join(data, 'f.txt'), 'utf8')).toBe('old data');
    expect(readFileSync(join(dist, 'f.txt'), 'utf8')).toBe('old site');
    expect(existsSync(dirname(data))).toBe(true);
  });
});

/**
 * A file's statements, each with its first line: one a line, except in an .astro page's markup,
 * where consecutive lines of prose (not starting with a tag) are one statement, as the formatter
 * wraps a sentence over several lines. A framework's own dates (SLAC, 2009-2012) are history, not
 * coverage, and are told apart by the framework named in the same statement.
 */
function statements(path: string, text: string): { line: number; text: string }[] {
  const lines = text.split('\n');
  const markupFrom = path.endsWith('.astro') ? lines.indexOf('---', 1) + 1 : lines.length;
  const out: { line: number; text: string }[] = [];
  let prose = false;
  lines.forEach((raw, i) => {
    const t = raw.trim();
    const isProse = i >= markupFrom && t !== '' && !t.startsWith('<') && !t.startsWith('{');
    const last = out[out.length - 1];
    if (isProse && prose && last) last.text += ` ${t}`;
    else out.push({ line: i + 1, text: t });
    prose = isProse;
  });
  return out;
}

describe('after a refresh that adds a year, no page, dictionary or datapackage text states the old range', () => {
  /** datapackage.json as the site serves it, from a data folder. */
  async function datapackage(dir: string): Promise<string> {
    const store = globalThis as { __inspectedDataset?: unknown };
    delete store.__inspectedDataset; // the same folder, refreshed: read it again
    process.env['INSPECTED_DATA_DIR'] = dir;
    try {
      const { GET } = await import('../../src/pages/data/datapackage.json');
      return await (GET as () => Response)().text();
    } finally {
      delete process.env['INSPECTED_DATA_DIR'];
      delete store.__inspectedDataset;
    }
  }
  /** Every coverage text the pages show, from a data folder. */
  const pageTexts = (dir: string) => {
    const data = buildDataset(readDataFiles(dir));
    const c = coverage(data);
    return [
      c.careLeaverYears,
      c.temporal,
      String(c.firstYear),
      c.officialStatistics,
      ...FILES.map((f) => `${f.description} ${fileCoverage(data, f.key)}`),
    ].join('\n');
  };

  it('states the new range wherever it stated the old one', async () => {
    const p = published();
    const oldPackage = await datapackage(p.data);
    const oldPages = pageTexts(p.data);
    expect(oldPackage).toContain('Reporting years: 2025.');
    expect(oldPages).toContain('Reporting years: 2025.');
    expect(oldPages).toContain('2011/2026');

    const files = downloads({
      'la_care_leavers_activity.csv': NEXT_YEAR_CARE_LEAVERS.replace(/^2026,/gm, '2027,'),
    });
    const r = refresh(
      [
        ...BASE_ARGS,
        `--careLeavers=${files['la_care_leavers_activity.csv']}`,
        '--released=dfe-cla-2027:2027-11-18',
      ],
      p.data,
      p.dist,
    );
    expect(r.err).toBe('');
    const newPackage = await datapackage(p.data);
    const newPages = pageTexts(p.data);
    for (const text of [newPackage, newPages]) {
      expect(text).toContain('Reporting years: 2025 to 2027.');
      expect(text).not.toContain('Reporting years: 2025.');
    }
    expect(newPages).toContain('2011/2027');
    expect(newPages).not.toContain('2011/2026');
    const pkg = JSON.parse(newPackage) as { sources: { title: string }[] };
    expect(pkg.sources.map((s) => s.title)).toContain(
      'Department for Education: Children looked after in England including adoptions: reporting year 2027',
    );
  });

  it('the dictionary and the pages hold no year range or source date of their own', () => {
    const src = join(import.meta.dirname, '..', '..', 'src');
    const files = [
      join(src, 'data', 'dictionary.ts'),
      ...readdirSync(join(src, 'pages'), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(astro|ts)$/.test(f))
        .map((f) => join(src, 'pages', f)),
    ];
    const stale =
      /since 20\d\d|20\d\d-20\d\d|20\d\d\/20\d\d|temporalCoverage: '|(January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d/;
    const found = files.flatMap((f) =>
      statements(f, readFileSync(f, 'utf8'))
        .map(({ line, text }) => `${f.slice(src.length + 1)}:${line}: ${text}`)
        .filter((l) => stale.test(l) && !/\b(SLAC|SIF|ILACS|CPI|framework)\b/.test(l)),
    );
    expect(found).toEqual([]);
  });
});
