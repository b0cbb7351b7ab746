/**
 * The import's budget (IMPORT_BUDGET, scripts/import/lib/budget.ts) against the hostile files of
 * issue 24: a few kilobytes that declare a billion empty cells, a row numbered 2000000000 or
 * Infinity, a negative repeat, a part that inflates to gigabytes. Each is refused with the file's
 * name and the row reached, as an ImportError (what the CLI prints), never a crash.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReadBudget } from '../../scripts/import/lib/budget';
import { readOds } from '../../scripts/import/lib/ods';
import { ImportError } from '../../scripts/import/lib/problems';
import { readXlsxSheet } from '../../scripts/import/lib/xlsx';
import { IMPORT_BUDGET } from '../../src/config/limits';
import { odsBytes, odsCell, odsContent, patchPart, saved, xlsxBytes, xlsxRow } from './hostile-files';

/** The message of the ImportError `read` throws (fails the test when it returns). */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).message;
  }
  throw new Error('the file was read, not refused');
}

const ods = (rows: string, parts?: Record<string, Uint8Array>) =>
  saved('hostile.ods', odsBytes(odsContent(rows), parts));
const xlsx = (rows: string, parts?: Record<string, Uint8Array>) =>
  saved('hostile.xlsx', xlsxBytes(rows, parts));

describe('ODS reader within the budget', () => {
  it('refuses an empty cell repeated a billion times before a full one, naming file, sheet and row', () => {
    const path = ods(
      `<table:table-row>${odsCell('a')}</table:table-row><table:table-row><table:table-cell table:number-columns-repeated="1000000000"/>${odsCell('b')}</table:table-row>`,
    );
    expect(refusal(() => readOds(path))).toBe(
      `Import failed: hostile.ods, sheet "S", row 2: refused: a cell’s repeat count is "1000000000"; expected a whole number from 1 to ${IMPORT_BUDGET.columns} (the import's limits are in src/config/limits.ts)`,
    );
  });

  it.each(['-3', '0', '2.5', 'Infinity', '1e3', ''])(
    'refuses a row repeat count of %j (a row is never dropped without a word)',
    (count) => {
      const path = ods(
        `<table:table-row>${odsCell('a')}</table:table-row><table:table-row table:number-rows-repeated="${count}">${odsCell('b')}</table:table-row>`,
      );
      expect(refusal(() => readOds(path))).toContain(
        `hostile.ods, sheet "S", row 2: refused: a row’s repeat count is "${count}"; expected a whole number`,
      );
    },
  );

  it.each(['-1', '0', '1.5'])('refuses a cell repeat count of %j', (count) => {
    const path = ods(
      `<table:table-row>${odsCell('a', ` table:number-columns-repeated="${count}"`)}</table:table-row>`,
    );
    expect(refusal(() => readOds(path))).toContain(
      'hostile.ods, sheet "S", row 1: refused: a cell’s repeat count',
    );
  });

  it('refuses a full row repeated past the repeat limit, a full cell too, and a run of a billion spaces', () => {
    const over = IMPORT_BUDGET.repeat + 1;
    expect(
      refusal(() =>
        readOds(
          ods(`<table:table-row table:number-rows-repeated="${over}">${odsCell('x')}</table:table-row>`),
        ),
      ),
    ).toContain(`row 1: refused: a non-empty row repeated ${over} times`);
    expect(
      refusal(() =>
        readOds(
          ods(
            `<table:table-row>${odsCell('x', ` table:number-columns-repeated="${over}"`)}</table:table-row>`,
          ),
        ),
      ),
    ).toContain(`row 1: refused: a non-empty cell repeated ${over} times`);
    expect(
      refusal(() =>
        readOds(ods(`<table:table-row>${odsCell('a<text:s text:c="1000000000"/>b')}</table:table-row>`)),
      ),
    ).toContain('row 1: refused: a run of spaces is "1000000000"');
  });

  it('refuses a full row past the last row a sheet may have, after a billion blank rows', () => {
    const path = ods(
      `<table:table-row table:number-rows-repeated="${IMPORT_BUDGET.rows}"><table:table-cell/></table:table-row><table:table-row>${odsCell('late')}</table:table-row>`,
    );
    expect(refusal(() => readOds(path))).toContain(
      `sheet "S", row ${IMPORT_BUDGET.rows + 1}: refused: a non-empty row numbered ${IMPORT_BUDGET.rows + 1}`,
    );
  });

  it('keeps what LibreOffice writes: trailing empty repeats to the last row and column', () => {
    const path = ods(
      `<table:table-row>${odsCell('a')}<table:table-cell table:number-columns-repeated="16383"/></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`,
    );
    expect(readOds(path)[0]?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['a']]);
  });

  it('stops at the clock: a file still being read after the time budget is refused', () => {
    // A clock at 0 when the reading starts, and a minute past the budget at every later look.
    let looks = 0;
    const budget = new ReadBudget(IMPORT_BUDGET, () =>
      looks++ === 0 ? 0 : (IMPORT_BUDGET.seconds + 1) * 1000,
    );
    const rows = Array.from(
      { length: 5000 },
      () => `<table:table-row>${odsCell('x')}</table:table-row>`,
    ).join('');
    expect(refusal(() => readOds(ods(rows), undefined, budget))).toContain(
      `refused: reading it took longer than ${IMPORT_BUDGET.seconds} s`,
    );
  });
});

describe('XLSX reader within the budget', () => {
  it.each(['2000000000', 'Infinity', '-1', '0', '1.5'])('refuses a row numbered %j', (r) => {
    const path = xlsx(xlsxRow('1', ['a']) + xlsxRow(r, ['b']));
    expect(refusal(() => readXlsxSheet(path))).toBe(
      `Import failed: hostile.xlsx, sheet "S", the row after row 1: refused: a row number is "${r}"; expected a whole number from 1 to ${IMPORT_BUDGET.rows} (the import's limits are in src/config/limits.ts)`,
    );
  });

  it('refuses rows that go back up the sheet, and a cell past column XFD', () => {
    expect(refusal(() => readXlsxSheet(xlsx(xlsxRow('5', ['a']) + xlsxRow('3', ['b']))))).toContain(
      'sheet "S", row 3: refused: row 3 comes after row 5',
    );
    const far = `<row r="2"><c r="XFE2" t="inlineStr"><is><t>x</t></is></c></row>`;
    expect(refusal(() => readXlsxSheet(xlsx(xlsxRow('1', ['a']) + far)))).toContain(
      'sheet "S", row 2: refused: a cell at "XFE2", past column XFD',
    );
    const farther = `<row r="2"><c r="ZZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>`;
    expect(refusal(() => readXlsxSheet(xlsx(farther)))).toContain('past column XFD');
  });

  it('never inflates a part it does not need (a part declaring 1.5 GB beside the sheet)', () => {
    const zip = xlsxBytes(xlsxRow('1', ['a']), { 'xl/media/bomb.bin': strToU8('not deflate data at all') });
    const bomb = patchPart(
      patchPart(zip, 'xl/media/bomb.bin', { size: 1_500_000_000 }),
      'xl/media/bomb.bin',
      {
        method: 8,
      },
    );
    expect(readXlsxSheet(saved('bomb.xlsx', bomb))).toEqual([['a']]);
  });

  it('refuses a needed part that declares more than the budget, or inflates past what it declares', () => {
    const zip = xlsxBytes(xlsxRow('1', ['a'.repeat(1000)]));
    const huge = patchPart(zip, 'xl/worksheets/sheet1.xml', { size: IMPORT_BUDGET.inflatedBytes + 1 });
    expect(refusal(() => readXlsxSheet(saved('huge.xlsx', huge)))).toContain(
      `huge.xlsx: refused: xl/worksheets/sheet1.xml inflates past ${IMPORT_BUDGET.inflatedBytes} bytes`,
    );
    const liar = patchPart(zip, 'xl/worksheets/sheet1.xml', { size: 100 });
    expect(refusal(() => readXlsxSheet(saved('liar.xlsx', liar)))).toContain(
      'liar.xlsx: not a readable Excel workbook (.xlsx); the file may be truncated or corrupt (xl/worksheets/sheet1.xml inflates past the 100 bytes its archive declares)',
    );
  });

  it('refuses an .ods whose content.xml inflates past its declared size', () => {
    const zip = patchPart(
      odsBytes(odsContent(`<table:table-row>${odsCell('a')}</table:table-row>`)),
      'content.xml',
      {
        size: 10,
      },
    );
    expect(refusal(() => readOds(saved('liar.ods', zip)))).toContain(
      'content.xml inflates past the 10 bytes',
    );
  });
});
