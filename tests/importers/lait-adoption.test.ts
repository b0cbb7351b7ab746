import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLaitAdoptionText, type LaitOptions } from '../../scripts/import/lait-adoption';
import {
  changeBetween,
  csvOf,
  expectRows,
  firstRowBy,
  linesReversed,
  replaced,
  withProblems,
} from '../helpers/import-runs';
import { LA_REFS } from '../helpers/la-refs';
import { FIXTURE_RELEASES } from '../helpers/releases';

const FILE = 'la_adoption_counts_2016_to_2025.csv';
const PATH = join(import.meta.dirname, '..', 'fixtures', 'lait', FILE);
const TEXT = readFileSync(PATH, 'utf8');

const run = (text: string, options?: LaitOptions) =>
  withProblems(LA_REFS, (areas, problems) =>
    importLaitAdoptionText(PATH, text, areas, problems, { releases: FIXTURE_RELEASES, ...options }),
  );
const value = (rows: Record<string, unknown>[], code: string, year: number, measure: string) =>
  rows.find((r) => r['la_code'] === code && r['year'] === year && r['measure'] === measure)?.['value'];

describe('LAIT adoption counts importer', () => {
  const { output, source, problems } = run(TEXT);

  it('writes or skips every row, with each reason counted', () => {
    expect(problems).toEqual([]);
    expect(output.read).toBe(42);
    expect(output.read).toBe(output.rows.length + output.skipped.length);
    expect(output.skipped.map((s) => s.reason)).toEqual([
      'Inner or Outer London: not used (London is one region here, as in authorities.csv)',
      'Inner or Outer London: not used (London is one region here, as in authorities.csv)',
      'Inner or Outer London: not used (London is one region here, as in authorities.csv)',
      'Inner or Outer London: not used (London is one region here, as in authorities.csv)',
      'measure not used: LACnum_Adopt_AppUnop',
    ]);
    expect(output.skipped[4]?.where).toBe(`${FILE} line 42`);
  });

  it('keeps England, regions under our names, and councils with their figures', () => {
    expect(value(output.rows, '970', 2025, 'adopted')).toBe('3345');
    expect(value(output.rows, '970', 2025, 'adopted-percent')).toBe('10');
    expectRows(firstRowBy(output.rows, 'la_code'), {
      '982': {
        level: 'regional',
        area_name: 'Yorkshire and the Humber',
        region: 'Yorkshire and The Humber',
        authorities: '',
      },
      '344': {
        level: 'authority',
        authorities: 'wirral',
        region: '',
      },
    });
  });

  it('keeps "-" as published and never reads it as 0', () => {
    expect(value(output.rows, '311', 2025, 'adopted')).toBe('-');
    expect(value(output.rows, '311', 2024, 'adopted')).toBe('0');
    expect(value(output.rows, '207', 2025, 'adopted-percent')).toBe('-');
  });

  it('maps "(Pre LG)" councils to the former councils, and names with commas to ours', () => {
    expect(output.rows.find((r) => r['la_code'] === '837' && r['year'] === 2016)).toMatchObject({
      authorities: 'bournemouth',
      value: '30',
    });
    expect(output.rows.find((r) => r['la_code'] === '835')?.['authorities']).toBe('dorset-county-council');
    expect(output.rows.find((r) => r['la_code'] === '839')?.['authorities']).toBe(
      'bournemouth-christchurch-and-poole',
    );
  });

  it('cites a source made from the file: its years and the release of its last year', () => {
    expect(source).toMatchObject({ id: 'dfe-lait-adoption-2025', date: '2025-11-20' });
    expect(source?.['title']).toContain('2016 to 2025');
    expect(new Set(output.rows.map((r) => r['source']))).toEqual(new Set(['dfe-lait-adoption-2025']));
  });

  it('is byte-identical on a second run, whatever the row order of the file', () => {
    const again = run(linesReversed(TEXT)).output;
    expect(csvOf(again)).toBe(csvOf(output));
  });

  it('adds a next year, citing it, once its release date is known', () => {
    const next = TEXT + 'No_of LAC Adopted,2026,Wirral,344,North West,17\n';
    expect(run(next).problems).toEqual([
      `${FILE}:1:1: no publication date known for the year to 31 March 2026 (dfe-lait-adoption-2026) (got "2026", expected its publication date, given once with --released=dfe-lait-adoption-2026:yyyy-mm-dd (then kept in data/sources.csv))`,
    ]);
    const { output: out, source: src } = run(next, { released: '2026-11-19' });
    expect(value(out.rows, '344', 2026, 'adopted')).toBe('17');
    expect(src).toMatchObject({ id: 'dfe-lait-adoption-2026', date: '2026-11-19' });
    expect(src?.['title']).toContain('2016 to 2026');
  });

  it('writes a replaced row’s new value, reported as one change', () => {
    const after = run(
      replaced(
        TEXT,
        'No_of LAC Adopted,2025,Wirral,344,North West,20',
        'No_of LAC Adopted,2025,Wirral,344,North West,22',
      ),
    ).output;
    expect(value(after.rows, '344', 2025, 'adopted')).toBe('22');
    expect(changeBetween(output, after)).toMatchObject({ added: 0, changed: 1, removed: 0 });
  });

  it('stops at an unknown or re-coded council with the file, line and column', () => {
    const text = TEXT.replace(
      'No_of LAC Adopted,2024,Wirral,344,',
      'No_of LAC Adopted,2024,Wirral,999,',
    ).replace('%_of LAC Adopted,2025,Wirral,344,', '%_of LAC Adopted,2025,Halton,344,');
    const { problems: p } = run(text);
    expect(p).toHaveLength(2);
    expect(p[0]).toBe(
      `${FILE}:7:4: the file gives Wirral the LA number 999, but authorities.csv gives Wirral 344: a re-coded council? (got "999", expected Wirral's LA number 344; if the publisher now numbers it 999, a "recoded" row for it in data/curated/council-changes.csv (docs/editing.md, "A new or re-coded council"), never a change to the code)`,
    );
    expect(p[1]).toContain(
      `${FILE}:37:4: the file gives Halton the LA number 344, but authorities.csv gives Halton 876 and 344 to Wirral: a re-coded council?`,
    );
  });

  it('reports every bad value at once, never writing them', () => {
    const text = TEXT.replace('North West,20\n', 'North West,n/a\n')
      .replace(
        '%_of LAC Adopted,2025,Wirral,344,North West,8',
        '%_of LAC Adopted,2025,Wirral,344,North West,120',
      )
      .replace(
        'No_of LAC Adopted,2024,Wirral,344,North West,21',
        'No_of LAC Adopted,2024,Wirral,344,North West,1 234',
      )
      .replace('No_of LAC Adopted,2016,', 'No_of LAC Adopted,16,');
    expect(run(text).problems).toEqual([
      `${FILE}:7:6: No_of LAC Adopted is not a published value (got "1 234", expected a whole number from 0 to 100000, or a symbol (-))`,
      `${FILE}:17:6: No_of LAC Adopted is not a published value (got "n/a", expected a whole number from 0 to 100000, or a symbol (-))`,
      `${FILE}:37:6: %_of LAC Adopted is not a published value (got "120", expected a number from 0 to 100, or a symbol (-))`,
      `${FILE}:43:2: not a year (got "16", expected a year ending 31 March, such as 2025)`,
    ]);
  });

  it('stops at a measure it does not know rather than skipping it', () => {
    const text = TEXT.replace('LACnum_Adopt_AppUnop,', 'LACnum_Adopt_New,');
    expect(run(text).problems[0]).toContain(`${FILE}:42:1: unknown measure (got "LACnum_Adopt_New"`);
  });
});
