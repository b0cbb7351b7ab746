/**
 * Finding tables inside a spreadsheet sheet. Official statistics sheets put title and
 * description rows above a table, and sometimes several tables in one sheet separated by blank
 * rows, each with its own header row. A table here is: a header row (recognised by a predicate,
 * e.g. "first cell is `Web link`"), then the data rows that follow it up to the first blank row,
 * the next header row or the end of the sheet.
 */
import { cellAt, type OdsRow, type OdsSheet } from './ods';

export interface SheetTable {
  sheet: string;
  /** 1-based row number of the header row. */
  headerRow: number;
  /** The non-empty title row just above the header, if any (e.g. `Table 11: ...`). */
  title: string | null;
  /** Header texts, whitespace-normalised (see `normaliseHeader`). */
  headers: string[];
  rows: OdsRow[];
}

/** Collapse whitespace (including newlines inside a header cell) and trim. */
export function normaliseHeader(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function blank(row: OdsRow): boolean {
  return row.cells.every((c) => c.text.trim() === '' && c.value === null);
}

/** A predicate for the usual case: the header row's first cell reads `first` (case-insensitive). */
export function firstCellIs(first: string): (row: OdsRow) => boolean {
  const want = first.toLowerCase();
  return (row) => normaliseHeader(cellAt(row, 0).text).toLowerCase() === want;
}

export function findTables(sheet: OdsSheet, isHeader: (row: OdsRow) => boolean): SheetTable[] {
  const tables: SheetTable[] = [];
  let current: SheetTable | null = null;
  let previous: OdsRow | null = null;
  for (const row of sheet.rows) {
    const gap = previous !== null && row.row !== previous.row + 1; // blank rows are not stored
    if (isHeader(row)) {
      const above =
        previous && previous.row === row.row - 1 && !blank(previous)
          ? normaliseHeader(previous.cells.map((c) => c.text).join(' '))
          : null;
      current = {
        sheet: sheet.name,
        headerRow: row.row,
        title: above,
        headers: row.cells.map((c) => normaliseHeader(c.text)),
        rows: [],
      };
      tables.push(current);
    } else if (current) {
      if (gap || blank(row)) current = null;
      else current.rows.push(row);
    }
    previous = row;
  }
  return tables;
}

/**
 * Column lookup by header text. `index(...names)` returns the column of the first header that
 * matches one of the names (whitespace-normalised, case-insensitive), or -1.
 */
export class Columns {
  private readonly byName = new Map<string, number>();
  constructor(headers: readonly string[]) {
    headers.forEach((h, i) => {
      const k = normaliseHeader(h).toLowerCase();
      if (k && !this.byName.has(k)) this.byName.set(k, i);
    });
  }
  index(...names: string[]): number {
    for (const n of names) {
      const i = this.byName.get(normaliseHeader(n).toLowerCase());
      if (i !== undefined) return i;
    }
    return -1;
  }
}

export function cellText(row: OdsRow, col: number): string {
  return col < 0 ? '' : cellAt(row, col).text.trim();
}
