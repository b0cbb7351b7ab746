/**
 * Deterministic CSV text for the importers (written by `../write.ts`), and the "what changed"
 * summary against the file that was there before. Same rows in, byte-identical file out: fixed column order,
 * `\n` line endings, a trailing newline, RFC 4180 quoting only where needed.
 */
import { csvFormatRows, csvParse } from 'd3-dsv';
import { serialiseCell, type CellValue } from '../../../src/data/dataset-rows';

type CsvValue = CellValue;
export type CsvRecord = Record<string, CsvValue>;

/**
 * Serialise rows to CSV text with exactly `columns` (a dataset's `columnsOf`), in that order,
 * each cell written as the schema writes it (`serialiseCell`).
 */
export function toCsv(columns: readonly string[], rows: readonly CsvRecord[]): string {
  const body = rows.map((r) => columns.map((c) => serialiseCell(r[c])));
  return csvFormatRows([[...columns], ...body]) + '\n';
}

export interface ChangeSummary {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** The columns that identify a row: one name, or several for a composite key. */
export type RowKey = string | readonly string[];

/** Compare old and new CSV text row by row, keyed by `key` (a column, or several). */
export function summariseChange(oldText: string | null, newText: string, key: RowKey): ChangeSummary {
  const cols = typeof key === 'string' ? [key] : key;
  const index = (text: string) => {
    const m = new Map<string, string>();
    for (const r of csvParse(text)) m.set(cols.map((c) => r[c] ?? '').join('\u0000'), JSON.stringify(r));
    return m;
  };
  const before = oldText === null ? new Map<string, string>() : index(oldText);
  const after = index(newText);
  const s: ChangeSummary = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const [k, v] of after) {
    const old = before.get(k);
    if (old === undefined) s.added++;
    else if (old === v) s.unchanged++;
    else s.changed++;
  }
  for (const k of before.keys()) if (!after.has(k)) s.removed++;
  return s;
}

/** Plain code-unit comparison for sorting rows: the same on every machine and locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
