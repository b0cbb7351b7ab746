import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWorkforceText, type WorkforceOptions } from '../../scripts/import/workforce';
import { changeBetween, csvOf, linesReversed, withProblems } from '../helpers/import-runs';
import { LA_REFS } from '../helpers/la-refs';
import { FIXTURE_RELEASES } from '../helpers/releases';

const FILE = 'csww_indicators_2017_to_2025.csv';
const PATH = join(import.meta.dirname, '..', 'fixtures', 'dfe', FILE);
const TEXT = readFileSync(PATH, 'utf8');
const LINES = TEXT.trimEnd().split('\n');

const run = (text: string, options?: WorkforceOptions) =>
  withProblems(LA_REFS, (areas, problems) =>
    importWorkforceText(PATH, text, areas, problems, { releases: FIXTURE_RELEASES, ...options }),
  );
/** The fixture with line `n` (1-based) changed by `f` on its cells. */
function withLine(n: number, f: (cells: string[]) => string[], text = TEXT): string {
  const lines = text.trimEnd().split('\n');
  lines[n - 1] = f((lines[n - 1] ?? '').split(',')).join(',');
  return lines.join('\n') + '\n';
}
const header = (LINES[0] ?? '').split(',');
const col = (name: string) => header.indexOf(name);
const set = (name: string, v: string) => (cells: string[]) => cells.map((c, i) => (i === col(name) ? v : c));
const lineOf = (needle: string) => LINES.findIndex((l) => l.includes(needle)) + 1;

describe('social work workforce importer', () => {
  const { output, source, problems } = run(TEXT);
  const of = (slug: string, year: number) =>
    output.rows.find((r) => r['authorities'] === slug && r['year'] === year);

  it('writes or skips every row; Inner and Outer London are skipped, with the reason', () => {
    expect(problems).toEqual([]);
    expect(output.read).toBe(LINES.length - 1);
    expect(output.read).toBe(output.rows.length + output.skipped.length);
    expect(output.skipped).toEqual([
      {
        where: `${FILE} line 6`,
        reason: 'Inner or Outer London: not used (London is one region here, as in authorities.csv)',
      },
    ]);
  });

  it('keeps caseload, agency, turnover and vacancy rates with their counts, for England, regions and councils', () => {
    expect(output.rows.find((r) => r['level'] === 'national' && r['year'] === 2025)).toMatchObject({
      area_code: 'E92000001',
      area_name: 'England',
      caseload_fte: '16.3',
      agency_rate_fte: '14.3',
    });
    expect(output.rows.find((r) => r['level'] === 'regional' && r['area_name'] === 'London')).toMatchObject({
      region: 'London',
      authorities: '',
    });
    expect(of('havering', 2023)).toMatchObject({ agency_rate_fte: '26.9', la_code: '311' });
    expect(of('havering', 2025)).toMatchObject({ agency_rate_fte: '43', inpost_fte: '158.5' });
  });

  it('keeps suppression symbols as published, never 0', () => {
    expect(of('kensington-and-chelsea', 2025)).toMatchObject({
      inpost_fte: 'x',
      agency_rate_fte: 'x',
      caseload_fte: 'x',
    });
  });

  it('gives a joint return once, naming both councils, and says so', () => {
    const joint = output.rows.filter((r) => String(r['la_code']).includes(' / '));
    expect(joint.map((r) => r['authorities'])).toEqual([
      'kingston-upon-thames richmond-upon-thames',
      'north-northamptonshire west-northamptonshire',
    ]);
    expect(joint[1]?.['note']).toBe(
      'North Northamptonshire and West Northamptonshire make one joint return: the figures cover both councils.',
    );
  });

  it('follows a council whose ONS code changed (Barnsley, 2025) by its LA number', () => {
    expect(of('barnsley', 2024)?.['area_code']).toBe('E08000016');
    expect(of('barnsley', 2025)?.['area_code']).toBe('E08000038');
    // One council, one run of years: the rows sort together by LA number.
    const order = output.rows
      .filter((r) => r['level'] === 'authority')
      .map((r) => `${String(r['la_code'])} ${String(r['year'])}`);
    expect(order.indexOf('370 2025') - order.indexOf('370 2024')).toBe(1);
  });

  it('writes former councils under their own slugs', () => {
    expect(of('dorset-county-council', 2017)?.['la_code']).toBe('835');
  });

  it('cites its release by the file’s last year', () => {
    expect(source).toMatchObject({
      id: 'dfe-csww-2025',
      title: "Children's social work workforce: reporting year 2025",
    });
    expect(new Set(output.rows.map((r) => r['source']))).toEqual(new Set(['dfe-csww-2025']));
  });

  it('is byte-identical on a second run, whatever the row order', () => {
    const again = run(linesReversed(TEXT)).output;
    expect(csvOf(again)).toBe(csvOf(output));
  });

  it('adds a next year with its own source, once the release date is given', () => {
    const havering = LINES[lineOf('Havering,158.5') - 1] ?? '';
    const next = TEXT + havering.replace(/^2025,/, '2026,') + '\n';
    expect(run(next).problems[0]).toContain('no publication date known for reporting year 2026');
    const { output: out, source: src } = run(next, { released: '2027-02-25' });
    expect(out.rows.filter((r) => r['authorities'] === 'havering').map((r) => r['year'])).toEqual([
      2023, 2024, 2025, 2026,
    ]);
    expect(src).toMatchObject({ id: 'dfe-csww-2026', date: '2027-02-25' });
  });

  it('writes a replaced row’s figures, reported as one change', () => {
    const replaced = withLine(lineOf('Havering,158.5'), set('agency_rate_fte', '44.1'));
    const after = run(replaced).output;
    expect(
      after.rows.find((r) => r['authorities'] === 'havering' && r['year'] === 2025)?.['agency_rate_fte'],
    ).toBe('44.1');
    expect(changeBetween(output, after)).toMatchObject({ added: 0, changed: 1, removed: 0 });
  });

  it('stops at a re-coded or unknown council, naming the file, line and column', () => {
    const line = lineOf('Havering,158.5');
    const recoded = withLine(line, set('old_la_code', '999'));
    expect(run(recoded).problems).toEqual([
      `${FILE}:${line}:8: the file gives Havering the LA number 999, but authorities.csv gives Havering 311: a re-coded council? (got "999", expected Havering's LA number 311; if the publisher now numbers it 999, a "recoded" row for it in data/curated/council-changes.csv (docs/editing.md, "A new or re-coded council"), never a change to the code)`,
    ]);
    const renamed = withLine(line, set('la_name', 'Newham'));
    expect(run(renamed).problems[0]).toContain(
      `${FILE}:${line}:10: LA number 311 is Havering in authorities.csv, but the file names it "Newham", which matches no council (got "Newham", expected the name of a council in authorities.csv; if it is a new council`,
    );
    // A misspelt name: the closest council, at the name's column, and never the code's.
    const misspelt = withLine(line, set('la_name', 'Havring'));
    expect(run(misspelt).problems).toEqual([
      `${FILE}:${line}:10: LA number 311 is Havering in authorities.csv, but the file names it "Havring": did you mean "Havering"? (got "Havring", expected the council's name as authorities.csv spells it ("Havering"); correct the name in the file)`,
    ]);
    expect(run(misspelt).problems.join('\n')).not.toContain('area-codes.ts');
  });

  it('reports every bad value at once, at its line and column', () => {
    const line = lineOf('Havering,158.5');
    let text = withLine(line, set('caseload_fte', 'n/a'));
    text = withLine(line, set('agency_rate_fte', '141.7'), text);
    text = withLine(2, set('cases', '1 234'), text);
    expect(run(text).problems).toEqual([
      `${FILE}:2:29: cases is not a published value (got "1 234", expected a number from 0 to 10000000, or a symbol (c, z, x, low, k, u))`,
      `${FILE}:${line}:21: agency_rate_fte is not a published value (got "141.7", expected a number from 0 to 100, or a symbol (c, z, x, low, k, u))`,
      `${FILE}:${line}:30: caseload_fte is not a published value (got "n/a", expected a number from 0 to 1000, or a symbol (c, z, x, low, k, u))`,
    ]);
  });
});
