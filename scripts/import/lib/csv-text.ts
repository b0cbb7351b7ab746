/**
 * Reading the DfE's CSV downloads: records with the line number each starts on (so problems can
 * say `file:line:column`), a UTF-8 BOM stripped, and the strict check of a file's header row.
 */
import { csvRecords } from '../../../src/data/csv';
import { expectedHeader, matchHeader, type HeaderLayout } from './header-check';
import type { CsvProblems } from './problems';
import { normaliseHeader } from './sheet-tables';

export interface CsvLine {
  /** 1-based line of the file on which the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvText {
  header: string[];
  records: CsvLine[];
}

/**
 * Parse CSV text with the site's own reader (`csvRecords`): quoted fields may hold commas, doubled
 * quotes and newlines, and a blank line is a record too, so that it is skipped with a reason.
 */
export function readCsvText(text: string): CsvText {
  const [head, ...records] = csvRecords(text).rows;
  return { header: head?.cells ?? [], records };
}

/** True when every cell of a record is empty (a spacer row). */
export function isBlank(r: CsvLine): boolean {
  return r.cells.every((c) => c.trim() === '');
}

/** The records that are not blank, in order; `blank` is given the line of each blank one as it is passed. */
export function* nonBlank(records: readonly CsvLine[], blank: (line: number) => void): Generator<CsvLine> {
  for (const r of records) {
    if (isBlank(r)) blank(r.line);
    else yield r;
  }
}

/**
 * Check a CSV file's header against its known layouts (`../headers.ts`). Returns the column of
 * each header name, or null after reporting the mismatch at line 1 (the file is then not read).
 */
export function checkCsvHeader(
  path: string,
  header: readonly string[],
  layouts: readonly HeaderLayout[],
  problems: CsvProblems,
): Record<string, number> | null {
  const m = matchHeader(header, layouts);
  if (!m.ok) {
    problems.add(
      path,
      1,
      m.firstColumn + 1,
      'unexpected header',
      header.join(','),
      `${expectedHeader(m, layouts.length, ',')}; ${m.differences}`,
    );
    return null;
  }
  const out: Record<string, number> = {};
  header.forEach((h, i) => {
    const k = normaliseHeader(h);
    if (!Object.hasOwn(out, k)) out[k] = i;
  });
  return out;
}

/** A CSV file read, with the column of each header name (null when the header is not a known layout: a problem). */
export interface CheckedCsv {
  path: string;
  csv: CsvText;
  columns: Record<string, number> | null;
}

/** Read `text`, the file at `path`, and check its header against its known layouts. */
export function readCheckedCsv(
  path: string,
  text: string,
  layouts: readonly HeaderLayout[],
  problems: CsvProblems,
): CheckedCsv {
  const csv = readCsvText(text);
  return { path, csv, columns: checkCsvHeader(path, csv.header, layouts, problems) };
}

/** The cell of `r` in column `i` (0-based), or '' when the record is short. */
export function at(r: CsvLine, i: number): string {
  return r.cells[i] ?? '';
}
