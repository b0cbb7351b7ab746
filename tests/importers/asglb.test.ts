import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAsglb, importAsglbBytes, type AsglbOptions } from '../../scripts/import/asglb';
import {
  areas,
  asglbWorkbook,
  FIXTURE_FILE,
  fixtureDir,
  type AreaFigures,
} from '../fixtures/asglb/build-fixture';
import { changeBetween, csvOf, withProblems } from '../helpers/import-runs';
import { LA_REFS } from '../helpers/la-refs';

const PATH = join(fixtureDir, FIXTURE_FILE);

const run = (bytes: Uint8Array, options?: AsglbOptions) =>
  withProblems(LA_REFS, (areas, problems) => importAsglbBytes(PATH, bytes, areas, problems, options));
const rowOf = (rows: Record<string, unknown>[], laCode: string) => rows.find((r) => r['la_code'] === laCode);
/** The areas with one changed: `f` returns the replacement. */
const withArea = (name: string, f: (a: AreaFigures) => AreaFigures) =>
  areas().map((a) => (a && a.name === name ? f(a) : a));

describe('ASGLB importer: the Quarter 4 workbook as shipped', () => {
  const { output, source, problems } = run(asglbWorkbook());

  it('reads the committed fixture file the same way as the builder makes it', () => {
    const shipped = withProblems(LA_REFS, (areas, p) => importAsglb(PATH, areas, p));
    expect(shipped.output.rows).toEqual(output.rows);
    expect(shipped.problems).toEqual([]);
  });

  it('accounts for every row below the headers: written, or skipped with its reason', () => {
    expect(problems).toEqual([]);
    expect(output.read).toBe(output.rows.length + output.skipped.length);
    const reasons: Record<string, number> = {};
    for (const s of output.skipped) reasons[s.reason] = (reasons[s.reason] ?? 0) + 1;
    expect(reasons).toEqual({
      'blank row': 7,
      'counted in another row: see Bi-Borough': 2,
      'counted in another row: see Cornwall': 1,
      'Inner or Outer London: not used (London is one region here, as in authorities.csv)': 2,
    });
    // England, four regions and nine council rows (one of them the Bi-Borough).
    expect(output.rows).toHaveLength(1 + 4 + 9);
  });

  it('keeps England’s A10 and A2 unrounded, and the year’s counts from the Q1-Q4 columns', () => {
    const england = output.rows.find((r) => r['level'] === 'national');
    expect(england).toMatchObject({
      period: '2022-23',
      area_name: 'ALL LOCAL AUTHORITIES IN ENGLAND',
      decisions: '4224',
      placement_orders: '3311',
      matches: '3124',
      placements: '3146',
      adoptions: '3278',
      a10_days: '486.0861702417432',
      a2_days: '199.162818310357',
      source: 'asglb-2022-23-q4',
    });
    expect(output.rows.filter((r) => r['level'] === 'regional').map((r) => r['region'])).toEqual([
      'East Midlands',
      'London',
      'North West',
      'South West',
    ]);
  });

  it('follows the publisher’s rule: A10 and A2 only for more than 10 published adoptions', () => {
    expect(rowOf(output.rows, '344')).toMatchObject({
      authorities: 'wirral',
      adoptions: '27',
      a10_days: '660.0302799999998',
    });
    // Havering's adoptions are suppressed but the workbook shows A10 = 336: never published here.
    expect(rowOf(output.rows, '311')).toMatchObject({
      adoptions: 'c',
      a10_days: 'too-few',
      a2_days: 'too-few',
    });
    expect(rowOf(output.rows, '876')).toMatchObject({ adoptions: '9', a10_days: 'too-few' });
    expect(JSON.stringify(output.rows)).not.toContain('336');
    // City of London: not applicable stays "." (nothing to withhold).
    expect(rowOf(output.rows, '201')).toMatchObject({ adoptions: '0', a10_days: '.', a2_days: '.' });
  });

  it('names every council a joint or re-coded row covers, and says so', () => {
    expect(rowOf(output.rows, '213B')).toMatchObject({
      authorities: 'kensington-and-chelsea westminster',
      a10_days: 'too-few',
    });
    expect(String(rowOf(output.rows, '213B')?.['note'])).toContain('Bi-Borough');
    expect(rowOf(output.rows, '908')).toMatchObject({ authorities: 'cornwall isles-of-scilly' });
    expect(rowOf(output.rows, '837')).toMatchObject({ authorities: 'bournemouth-christchurch-and-poole' });
    expect(rowOf(output.rows, '835')).toMatchObject({ authorities: 'dorset' });
    expect(rowOf(output.rows, '928')).toMatchObject({
      authorities: 'north-northamptonshire west-northamptonshire',
    });
  });

  it('takes its source from the workbook: year from the title, date from its properties', () => {
    expect(source).toMatchObject({
      id: 'asglb-2022-23-q4',
      title: 'Adoption and Special Guardianship Data Collection: agency-level data, Quarter 4 2022/23',
      date: '2024-05-21',
    });
  });

  it('writes byte-identical CSV on a second run', () => {
    const again = run(asglbWorkbook()).output;
    expect(csvOf(again)).toBe(csvOf(output));
  });
});

describe('ASGLB importer: newer and changed workbooks', () => {
  it('reads a next year’s workbook with moved columns by their header text', () => {
    const next = asglbWorkbook({ year: '2023/24', extraColumn: true }, '2025-06-01T09:00:00Z');
    const { output, source, problems } = run(next, { url: 'https://example.org/asglb-q4-2023-24.xlsx' });
    expect(problems).toEqual([]);
    expect(source).toMatchObject({ id: 'asglb-2023-24-q4', date: '2025-06-01' });
    expect(rowOf(output.rows, '344')).toMatchObject({
      period: '2023-24',
      a10_days: '660.0302799999998',
      a2_days: '337.0476111111111',
    });
  });

  it('asks for the address of a year it does not know, rather than citing a stale one', () => {
    const { problems } = run(asglbWorkbook({ year: '2023/24' }));
    expect(problems).toEqual([
      `${FIXTURE_FILE}:1:1: no address known for the 2023-24 workbook (got "2023-24", expected its URL in ASGLB_URLS (scripts/import/asglb.ts))`,
    ]);
  });

  it('writes a replaced row’s new figures and reports it as one changed row', () => {
    const before = run(asglbWorkbook()).output;
    const revised = withArea('Wirral', (a) => ({ ...a, a10: '640.5' }));
    const after = run(asglbWorkbook({ rows: revised })).output;
    expect(rowOf(after.rows, '344')?.['a10_days']).toBe('640.5');
    expect(after.rows.filter((r) => r['la_code'] === '344')).toHaveLength(1);
    expect(changeBetween(before, after)).toEqual({
      added: 0,
      changed: 1,
      removed: 0,
      unchanged: before.rows.length - 1,
    });
  });

  it('stops at a new or re-coded council, naming the file, sheet row and cell', () => {
    const rows = withArea('Wirral', (a) => ({ ...a, code: '999', name: 'Newtown' }));
    const recoded = withArea('Halton', (a) => ({ ...a, code: '344' }));
    expect(run(asglbWorkbook({ rows })).problems).toEqual([
      `${FIXTURE_FILE}[Adoption LAs]:13:1: LA number 999 (Newtown) is not in authorities.csv: a new or re-coded council (cell A13) (got "999", expected an old LA number from authorities.csv; if it is a new council, or a council whose ONS code or LA number changed, add it to data/curated/council-changes.csv (docs/editing.md, "A new or re-coded council"))`,
    ]);
    expect(run(asglbWorkbook({ rows: recoded })).problems[0]).toContain(
      '[Adoption LAs]:12:1: the file gives Halton the LA number 344, but authorities.csv gives Halton 876 and 344 to Wirral: a re-coded council? (cell A12)',
    );
  });

  it('reports every bad value at once, at its row and column', () => {
    const rows = withArea('Wirral', (a) => ({
      ...a,
      a10: 'n/a',
      progress: a.progress.map((v, i) => (i === 4 ? '1 234' : v)),
    }));
    expect(run(asglbWorkbook({ rows })).problems).toEqual([
      `${FIXTURE_FILE}[Adoption LAs]:13:12: decisions is not a published value (cell L13) (got "1 234", expected a whole number from 0 to 1000000, or a symbol (c, .., .))`,
      `${FIXTURE_FILE}[Adoption LAs]:13:37: a10_days is not a published value (cell AK13) (got "n/a", expected a number from 0 to 10000, or a symbol (c, .., .))`,
    ]);
  });

  it('refuses a workbook for part of a year', () => {
    expect(run(asglbWorkbook({ quarter: 2 })).problems[0]).toContain(
      'a Quarter 2 workbook covers part of a year',
    );
  });

  it('says which sheet is missing', () => {
    expect(run(new Uint8Array([1, 2, 3])).problems[0]).toMatch(
      /^Local-Level-ASG-Agency-Level-Data-Q4-2022-2023\.xlsx:1:1: cannot read the workbook/,
    );
  });
});
