/**
 * Downloads safe in spreadsheets (OWASP CSV injection): every CSV the site offers goes through
 * src/data/csv.ts, which puts a single quote in front of a text cell beginning with =, +, -, @,
 * tab or carriage return, and leaves numbers such as -3.5 alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, formatCsv, parseCsv, spreadsheetSafe, spreadsheetSafeCsv } from '../../src/data/csv';
import { DATASETS, DATASET_KEYS } from '../../src/data/datasets';
import { downloadCsv } from '../../src/data/downloads';
import { CHART_MISSING_VALUES, tableToCsv } from '../../src/charts/figure';

const FORMULA = /^[=+\-@\t\r]/;

describe('spreadsheetSafe', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","click")', `'=HYPERLINK("https://evil.example","click")`],
    ['+cmd|" /C calc"!A0', `'+cmd|" /C calc"!A0`],
    ['-2+3+cmd|" /C calc"!A0', `'-2+3+cmd|" /C calc"!A0`],
    ['@SUM(1+1)', `'@SUM(1+1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['+44 20 7946 0000', `'+44 20 7946 0000`],
    ['-', `'-`],
    ['-x', `'-x`],
  ])('neutralises %j', (input, safe) => {
    expect(spreadsheetSafe(input)).toBe(safe);
  });

  it.each(['-3.5', '+2', '-0', '1e3', '-1.5E-2', '.5', '42', '', 'Haringey', 'a=b', ' =1', 'c', 'low'])(
    'leaves %j alone',
    (input) => {
      expect(spreadsheetSafe(input)).toBe(input);
    },
  );

  it('leaves a declared missing value alone (LAIT’s "-"), and nothing else that is not declared', () => {
    expect(spreadsheetSafe('-', ['', '-'])).toBe('-');
    expect(spreadsheetSafe('-', ['', 'c'])).toBe(`'-`);
    expect(spreadsheetSafe('=1+1', ['-'])).toBe(`'=1+1`);
    expect(spreadsheetSafeCsv('year,value\n2021,-\n2022,=1\n', ['', '-'])).toBe(
      `year,value\n2021,-\n2022,'=1\n`,
    );
    expect(spreadsheetSafeCsv('year,value\n2021,-\n2022,3\n', ['', '-'])).toBe(
      'year,value\n2021,-\n2022,3\n',
    );
  });

  it('never lets a text cell start a formula, and changes nothing else (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = spreadsheetSafe(s);
        expect(out === s || out === `'${s}`).toBe(true);
        if (FORMULA.test(out)) expect(Number.isFinite(Number(out))).toBe(true);
      }),
    );
  });
});

describe('CSV writer of downloads', () => {
  it('quotes where RFC 4180 needs it, after neutralising, and keeps numbers as numbers', () => {
    expect(csvField('=1+1')).toBe(`'=1+1`);
    expect(csvField('\r=1,2')).toBe(`"'\r=1,2"`);
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(null)).toBe('');
    expect(
      formatCsv([
        ['a', 'b'],
        ['-3.5', '@x'],
      ]),
    ).toBe(`a,b\n-3.5,'@x\n`);
  });

  it('round-trips any cells: parsing the output gives each cell, or it with a quote in front (property)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=1+1', '-3.5', '\t@', 'a,"b"\n', ''));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const parsed = parseCsv(formatCsv(rows));
          const back = [parsed.header, ...parsed.records.map((r) => r.cells)];
          expect(back.map((r) => r.length)).toEqual(rows.map(() => 2));
          rows.forEach((r, i) => r.forEach((c, j) => expect(back[i]?.[j]).toBe(spreadsheetSafe(c))));
        },
      ),
    );
  });

  it("neutralises a chart table's text cells (the chart CSV downloads) but not its numbers", () => {
    const csv = tableToCsv({
      columns: [
        { key: 'council', label: 'Council' },
        { key: 'change', label: 'Change' },
      ],
      rows: [
        { council: '=cmd|"/c calc"!A1', change: -3.5 },
        { council: 'Haringey', change: '-3.5' },
        { council: 'Havering', change: null },
      ],
    });
    expect(csv).toBe(`council,change\n"'=cmd|""/c calc""!A1",-3.5\nHaringey,-3.5\nHavering,\n`);
  });

  it('writes every missing value a chart may hold as it is (LAIT’s "-", the ASGLB’s ".." and ".")', () => {
    const csv = tableToCsv({
      columns: [{ key: 'value', label: 'Value' }],
      rows: CHART_MISSING_VALUES.map((value) => ({ value })),
    });
    expect(csv).toBe(['value', ...CHART_MISSING_VALUES].join('\n') + '\n');
    expect(CHART_MISSING_VALUES).toEqual(expect.arrayContaining(['-', '..', '.', 'c', 'too-few']));
  });
});

describe('data downloads (/data/*.csv)', () => {
  it('neutralise a committed file with a formula in a text cell, and nothing else in it', () => {
    const text = 'id,note,value\na,=1+1,-3.5\nb,"@x, y",2\nc,fine,\n';
    expect(spreadsheetSafeCsv(text)).toBe(`id,note,value\na,'=1+1,-3.5\nb,"'@x, y",2\nc,fine,\n`);
    const clean = 'id,note\na,"quoted by hand"\n';
    expect(spreadsheetSafeCsv(clean)).toBe(clean);
  });

  it.each(DATASET_KEYS)('serve %s as committed, with only risky text cells changed', (key) => {
    const { file, missingValues } = DATASETS[key];
    const text = readFileSync(join('data', file), 'utf8');
    const safe = (c: string) => spreadsheetSafe(c, missingValues);
    const before = parseCsv(text).records.map((r) => r.cells);
    const served = downloadCsv(key, 'data');
    expect(parseCsv(served).records.map((r) => r.cells)).toEqual(before.map((r) => r.map(safe)));
    // A file with nothing to neutralise (today, every committed file) is served byte for byte.
    if (before.every((r) => r.every((c) => safe(c) === c))) expect(served).toBe(text);
    else expect(served).not.toBe(text);
  });
});
