/**
 * Strict input checks: a header with two columns swapped, one missing or one extra is an error
 * naming the file, the expected and the found header; a truncated or corrupt spreadsheet is an
 * error naming the file. Variants of the fixtures are made on the fly in a temporary folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDfe, type DfeInputs } from '../../scripts/import/dfe';
import { INPUT_HEADERS } from '../../scripts/import/headers';
import { matchHeader } from '../../scripts/import/lib/header-check';
import { importOfsted } from '../../scripts/import/ofsted';
import {
  COMMUNITY_DATE,
  FIXTURE_FILES,
  odsBytes,
  sheets2023,
  sheets2025,
  type RowSpec,
} from '../fixtures/ofsted/build-fixtures';
import { DFE_AUTHORITIES } from '../helpers/la-refs';
import { DFE_FIXTURE_INPUTS } from '../helpers/import-inputs';
import { importFailure } from '../helpers/import-runs';
import { FIXTURE_RELEASES } from '../helpers/releases';

const dfeInputs = DFE_FIXTURE_INPUTS;
const authorities = DFE_AUTHORITIES;
const releases = { releases: FIXTURE_RELEASES };

/** A copy of a CSV fixture (same file name, in a temporary folder) with every row changed by `edit`. */
function csvVariant(path: string, edit: (row: string[], index: number) => string[]): string {
  const text = readFileSync(path, 'utf8');
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const rows = csvParseRows(text.slice(bom.length)).map(edit);
  const out = join(mkdtempSync(join(tmpdir(), 'headers-')), basename(path));
  writeFileSync(out, bom + csvFormatRows(rows) + '\n');
  return out;
}
const swap = (i: number, j: number) => (r: string[]) => {
  const c = [...r];
  [c[i], c[j]] = [r[j] ?? '', r[i] ?? ''];
  return c;
};
const drop = (i: number) => (r: string[]) => r.filter((_, k) => k !== i);
/** A new column at `i`: `header` in the header row, `x` below. */
const insert = (i: number, header: string) => (r: string[], index: number) => {
  const c = [...r];
  c.splice(i, 0, index === 0 ? header : 'x');
  return c;
};

describe('DfE files: the header must be the publisher layout, names and order', () => {
  const cases: {
    input: keyof DfeInputs;
    variant: string;
    edit: (r: string[], index: number) => string[];
    column: number;
    differences: string;
  }[] = [
    {
      input: 'careLeavers',
      variant: 'two columns swapped',
      edit: swap(12, 13),
      column: 13,
      differences: 'columns 13 and 14 swapped ("care_leaver_percent" and "care_leaver_count")',
    },
    {
      input: 'careLeavers',
      variant: 'a column missing',
      edit: drop(1),
      column: 2,
      differences: 'missing "time_identifier"',
    },
    {
      input: 'adoptionStages',
      variant: 'two columns swapped',
      edit: swap(7, 8),
      column: 8,
      differences: 'columns 8 and 9 swapped ("number" and "age_start_poc")',
    },
    {
      input: 'adoptionStages',
      variant: 'an extra column',
      edit: insert(5, 'la_name'),
      column: 6,
      differences: 'extra "la_name"',
    },
    {
      input: 'neighbours',
      variant: 'two columns swapped',
      edit: swap(1, 2),
      column: 2,
      differences: 'columns 2 and 3 swapped ("LA number" and "LA Name")',
    },
    {
      input: 'neighbours',
      variant: 'a column missing',
      edit: drop(3),
      column: 4,
      differences: 'missing "GOInd"',
    },
  ];

  it.each(cases)('$input with $variant: an error naming the file, expected and found header', (c) => {
    const path = csvVariant(dfeInputs[c.input], c.edit);
    const found = csvParseRows(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))[0] ?? [];
    const expected = INPUT_HEADERS[c.input][0].columns;
    const message = importFailure(() => importDfe({ ...dfeInputs, [c.input]: path }, authorities, releases));
    expect(message).toBe(
      [
        'DfE import failed with 1 problem(s):',
        `  ${basename(path)}:1:${c.column}: unexpected header (got "${found.join(',')}", expected "${expected.join(',')}"; ${c.differences})`,
      ].join('\n'),
    );
  });

  it('reports a bad header in every file at once', () => {
    const message = importFailure(() =>
      importDfe(
        {
          careLeavers: csvVariant(dfeInputs.careLeavers, drop(13)),
          adoptionStages: csvVariant(dfeInputs.adoptionStages, swap(0, 1)),
          neighbours: dfeInputs.neighbours,
        },
        authorities,
        releases,
      ),
    );
    expect(message).toMatch(/^DfE import failed with 2 problem\(s\):/);
    expect(message).toContain('missing "care_leaver_percent"');
    expect(message).toContain('columns 1 and 2 swapped ("time_identifier" and "time_period")');
  });
});

type Sheets = Record<string, RowSpec[]>;
/** The fixture workbooks with one header row changed, written to a temporary folder. */
function odsVariant(which: 'outcomes2025' | 'history2023', edit: (sheets: Sheets) => void): string {
  // A deep copy: the fixture's sheets share their header rows with every other test.
  const sheets = structuredClone(which === 'outcomes2025' ? sheets2025() : sheets2023());
  edit(sheets);
  const out = join(mkdtempSync(join(tmpdir(), 'headers-')), basename(FIXTURE_FILES[which]));
  writeFileSync(out, odsBytes(sheets));
  return out;
}
/** The rows of a sheet whose first cell is "Web link" (header rows). */
const headerRows = (rows: RowSpec[] | undefined): string[][] =>
  (rows ?? []).filter((r): r is string[] => Array.isArray(r) && r[0] === 'Web link');

describe('Ofsted files: the header must be one of the known layouts', () => {
  it('two columns swapped in the ILACS history: an error with sheet, row, column and both headers', () => {
    let expected: string[] = [];
    const path = odsVariant('outcomes2025', (s) => {
      const head = headerRows(s['ILACS_inspection_history'])[0]!;
      expected = [...head];
      [head[5], head[6]] = [head[6]!, head[5]!];
    });
    const found = [...expected];
    [found[5], found[6]] = [expected[6]!, expected[5]!];
    const message = importFailure(() =>
      importOfsted({ ...FIXTURE_FILES, outcomes2025: path }, { communityDate: COMMUNITY_DATE }),
    );
    expect(message).toBe(
      [
        'Ofsted import failed with 1 problem:',
        `  - outcomes-2025.ods, sheet "ILACS_inspection_history", row 3, column F: unexpected header: columns F and G swapped ("Publication date" and "Inspection date"); expected "${expected.join(' | ')}", found "${found.join(' | ')}"`,
      ].join('\n'),
    );
  });

  it('a column missing from the 2023 former councils table: compared with the closest known layout', () => {
    const path = odsVariant('history2023', (s) => {
      const former = headerRows(s['LA_inspections_2009-2023'])[1]!;
      former.splice(3, 1); // LA Authority Type
    });
    const message = importFailure(() =>
      importOfsted({ ...FIXTURE_FILES, history2023: path }, { communityDate: COMMUNITY_DATE }),
    );
    expect(message).toContain(
      'history-2023.ods, sheet "LA_inspections_2009-2023", row 14, column D: unexpected header: missing "LA Authority Type"; expected (closest of 2 known layouts: former councils (Table 11)) "Web link | Local authority name | LA region | LA Authority Type |',
    );
  });

  it('an extra column in the community file', () => {
    const path = csvVariant(FIXTURE_FILES.community, insert(20, 'extra_col'));
    const message = importFailure(() =>
      importOfsted({ ...FIXTURE_FILES, community: path }, { communityDate: COMMUNITY_DATE }),
    );
    expect(message).toContain(
      'community.csv, row 1, column U: unexpected header: extra "extra_col"; expected "urn |',
    );
  });

  it('accepts each known layout and describes other orders', () => {
    for (const layout of INPUT_HEADERS.history2023)
      expect(matchHeader(layout.columns, INPUT_HEADERS.history2023)).toMatchObject({ ok: true, layout });
    const rotated = ['b', 'c', 'a'];
    expect(matchHeader(rotated, [{ name: 'x', columns: ['a', 'b', 'c'] }])).toEqual({
      ok: false,
      expected: { name: 'x', columns: ['a', 'b', 'c'] },
      differences: 'columns in another order from column 1 ("b" where "a" was expected)',
      firstColumn: 0,
    });
    // Whitespace inside and around a header cell is not a difference; case is.
    expect(matchHeader([' a\n b ', 'c'], [{ name: 'x', columns: ['a b', 'c'] }]).ok).toBe(true);
    expect(matchHeader(['A b', 'c'], [{ name: 'x', columns: ['a b', 'c'] }]).ok).toBe(false);
  });
});

describe('a truncated or corrupt spreadsheet is an error naming the file', () => {
  const copy = (name: string, bytes: Uint8Array) => {
    const out = join(mkdtempSync(join(tmpdir(), 'corrupt-')), name);
    writeFileSync(out, bytes);
    return out;
  };
  const truncated = (path: string) => {
    const bytes = readFileSync(path);
    return copy(basename(path), bytes.subarray(0, Math.floor(bytes.length / 2)));
  };

  it('a truncated .ods', () => {
    const message = importFailure(() =>
      importOfsted(
        { ...FIXTURE_FILES, outcomes2025: truncated(FIXTURE_FILES.outcomes2025) },
        { communityDate: COMMUNITY_DATE },
      ),
    );
    expect(message).toMatch(
      /^Ofsted import failed with 1 problem:\n {2}- outcomes-2025\.ods: not a readable OpenDocument spreadsheet \(\.ods\); the file may be truncated or corrupt \(.+\)$/,
    );
    expect(message).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a file that is not a zip at all, and a zip whose content.xml is cut short', () => {
    const notZip = copy('history-2023.ods', strToU8('time_period,geographic_level\n2025,National\n'));
    const badXml = copy(
      'outcomes-2025.ods',
      zipSync({ 'content.xml': strToU8('<office:document-content><office:body><table:table') }),
    );
    const message = importFailure(() =>
      importOfsted(
        { ...FIXTURE_FILES, history2023: notZip, outcomes2025: badXml },
        { communityDate: COMMUNITY_DATE },
      ),
    );
    expect(message).toMatch(/^Ofsted import failed with 2 problems:/);
    expect(message).toContain('- outcomes-2025.ods: not a readable OpenDocument spreadsheet (.ods)');
    expect(message).toContain('- history-2023.ods: not a readable OpenDocument spreadsheet (.ods)');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('a truncated .xlsx', () => {
    const xlsx = zipSync({
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>urn</t></is></c></row></sheetData></worksheet>',
      ),
    });
    const path = copy('ofsted_csc_ilacs_overview.xlsx', xlsx.subarray(0, xlsx.length - 30));
    const message = importFailure(() =>
      importOfsted({ ...FIXTURE_FILES, community: path }, { communityDate: COMMUNITY_DATE }),
    );
    expect(message).toContain(
      '- ofsted_csc_ilacs_overview.xlsx: not a readable Excel workbook (.xlsx); the file may be truncated or corrupt',
    );
  });
});
