/**
 * Property tests of the ODS and XLSX readers under a small budget: whatever repeat counts, row
 * numbers, columns and sizes a file declares (negative, zero, fractional, Infinity, billions), the
 * reader either returns no more than the budget allows, exactly the rows a model of the file
 * expects, or refuses the file with its name, sheet and row. Never a crash, never a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReadBudget } from '../../scripts/import/lib/budget';
import { readOds } from '../../scripts/import/lib/ods';
import { ImportError } from '../../scripts/import/lib/problems';
import { readXlsxSheet } from '../../scripts/import/lib/xlsx';
import { IMPORT_BUDGET } from '../../src/config/limits';
import { odsBytes, odsCell, odsContent, saved, xlsxBytes } from './hostile-files';

const LIMITS = { ...IMPORT_BUDGET, cells: 3000, rows: 400, columns: 60, repeat: 20 };
const budget = () => new ReadBudget(LIMITS);

/** A count as a file may write it: usually small and valid, sometimes anything at all. */
const count = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 30 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 0 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 31, max: 2_000_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('Infinity', '1.5', '1e3', '', 'NaN', '-0') },
);

const REFUSAL = (file: string) =>
  new RegExp(
    `^Import failed: ${file}, (sheet "S", )?(row \\d+|the row after row \\d+): refused: .+ \\(the import's limits are in src/config/limits\\.ts\\)$`,
  );

/** Run `read`: its result, or the refusal's message (anything else thrown fails the property). */
function attempt<T>(read: () => T): { ok: T } | { refused: string } {
  try {
    return { ok: read() };
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    return { refused: e.message };
  }
}

const valid = (c: string) => /^\d+$/.test(c) && Number(c) >= 1;

describe('ODS reader (property)', () => {
  const cell = fc.record({ full: fc.boolean(), repeat: fc.option(count, { nil: undefined }) });
  const row = fc.record({
    repeat: fc.option(count, { nil: undefined }),
    cells: fc.array(cell, { maxLength: 6 }),
  });

  it('returns what the file holds within the budget, or refuses it with file, sheet and row', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const xml = rows
          .map((r) => {
            const rr = r.repeat === undefined ? '' : ` table:number-rows-repeated="${r.repeat}"`;
            const cells = r.cells
              .map((c, i) => {
                const cr = c.repeat === undefined ? '' : ` table:number-columns-repeated="${c.repeat}"`;
                return c.full ? odsCell(`v${i}`, cr) : `<table:table-cell${cr}/>`;
              })
              .join('');
            return `<table:table-row${rr}>${cells}</table:table-row>`;
          })
          .join('');
        const got = attempt(() => readOds(saved('p.ods', odsBytes(odsContent(xml))), undefined, budget()));
        if ('refused' in got) {
          expect(got.refused).toMatch(REFUSAL('p\\.ods'));
          return;
        }
        const sheet = got.ok[0];
        const kept = sheet?.rows ?? [];
        expect(kept.reduce((n, r) => n + r.cells.length, 0)).toBeLessThanOrEqual(LIMITS.cells);
        for (const r of kept) {
          expect(r.row).toBeLessThanOrEqual(LIMITS.rows);
          expect(r.cells.length).toBeLessThanOrEqual(LIMITS.columns);
        }
        // A model of the file: every count was valid, so each row with a full cell is kept.
        const expected: { row: number; texts: string[] }[] = [];
        let at = 0;
        for (const r of rows) {
          const times = Number(r.repeat ?? 1);
          const texts: string[] = [];
          let pending = 0;
          r.cells.forEach((c, i) => {
            const n = Number(c.repeat ?? 1);
            if (!c.full) pending += n;
            else {
              texts.push(...Array<string>(pending).fill(''), ...Array<string>(n).fill(`v${i}`));
              pending = 0;
            }
          });
          for (let k = 0; k < times; k++) {
            at++;
            if (texts.length) expected.push({ row: at, texts });
          }
        }
        expect(kept.map((r) => ({ row: r.row, texts: r.cells.map((c) => c.text) }))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses every invalid count it has to use', () => {
    fc.assert(
      fc.property(count, (c) => {
        const xml = `<table:table-row table:number-rows-repeated="${c}">${odsCell('x')}</table:table-row>`;
        const got = attempt(() => readOds(saved('p.ods', odsBytes(odsContent(xml))), undefined, budget()));
        if (valid(c) && Number(c) <= LIMITS.repeat) expect(got).toHaveProperty('ok');
        else
          expect('refused' in got && got.refused).toMatch(
            /^Import failed: p\.ods, sheet "S", row 1: refused: /,
          );
      }),
      { numRuns: 100 },
    );
  });
});

describe('XLSX reader (property)', () => {
  const column = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom('A', 'B', 'J', 'Z', 'AB', 'BH') },
    { weight: 1, arbitrary: fc.constantFrom('BI', 'XFD', 'XFE', 'ZZZZ', 'AAAAAAAA') },
  );
  const row = fc.record({
    r: fc.option(count, { nil: undefined }),
    cells: fc.array(fc.option(column, { nil: undefined }), { maxLength: 5 }),
  });

  it('returns rows within the budget, numbered as the file numbers them, or refuses with file and row', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 10 }), (rows) => {
        const xml = rows
          .map(
            (r) =>
              `<row${r.r === undefined ? '' : ` r="${r.r}"`}>${r.cells
                .map((c) => `<c${c ? ` r="${c}${r.r ?? ''}"` : ''} t="inlineStr"><is><t>x</t></is></c>`)
                .join('')}</row>`,
          )
          .join('');
        const got = attempt(() => readXlsxSheet(saved('p.xlsx', xlsxBytes(xml)), undefined, budget()));
        if ('refused' in got) {
          expect(got.refused).toMatch(REFUSAL('p\\.xlsx'));
          return;
        }
        expect(got.ok.length).toBeLessThanOrEqual(LIMITS.rows);
        expect(got.ok.reduce((n, r) => n + r.length, 0)).toBeLessThanOrEqual(LIMITS.cells);
        for (const r of got.ok) expect(r.length).toBeLessThanOrEqual(LIMITS.columns);
        // Each row given lands at its number (the last one read is the last of the sheet).
        let at = 0;
        for (const r of rows) at = r.r === undefined ? at + 1 : Number(r.r);
        expect(got.ok.length).toBe(at);
      }),
      { numRuns: 150 },
    );
  });
});
