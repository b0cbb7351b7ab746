/**
 * A small RFC 4180 CSV reader that remembers where each record starts, so that a validation
 * error can name the file, line and column an editor must fix.
 */

interface CsvRecordAt {
  /** 1-based line number of the record's first character in the file. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  records: CsvRecordAt[];
  /** Structural problems (unterminated quote, wrong number of cells). */
  problems: { line: number; column: number; message: string }[];
}

/**
 * Every line's record, a blank line too (one empty cell), in order, with the unterminated quoted
 * cells. A leading UTF-8 BOM is dropped; quoted cells may hold commas, doubled quotes and newlines.
 */
export function csvRecords(text: string): { rows: CsvRecordAt[]; problems: ParsedCsv['problems'] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRecordAt[] = [];
  const problems: ParsedCsv['problems'] = [];
  let line = 1;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      if (i < n && src[i] === '"') {
        // Quoted cell.
        i++;
        let closed = false;
        while (i < n) {
          const ch = src[i];
          if (ch === '"') {
            if (src[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === '\n') line++;
          cell += ch;
          i++;
        }
        if (!closed) {
          problems.push({ line: startLine, column: cells.length + 1, message: 'unterminated quoted cell' });
        }
      }
      while (i < n && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') cell += src[i++];
      cells.push(cell);
      cell = '';
      if (i >= n) endOfRecord = true;
      else if (src[i] === ',') i++;
      else {
        if (src[i] === '\r') i++;
        if (src[i] === '\n') i++;
        line++;
        endOfRecord = true;
      }
    }
    rows.push({ line: startLine, cells });
  }
  return { rows, problems };
}

export function parseCsv(text: string): ParsedCsv {
  const { rows: all, problems } = csvRecords(text);
  // A blank line is not a record.
  const rows = all.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
  const headerRow = rows.shift();
  const header = headerRow?.cells ?? [];
  for (const r of rows) {
    if (r.cells.length !== header.length) {
      problems.push({
        line: r.line,
        column: Math.min(r.cells.length, header.length) + 1,
        message: `row has ${r.cells.length} cells, expected ${header.length} (the header's columns)`,
      });
    }
  }
  return { header, records: rows, problems };
}

// ---------------------------------------------------------------------------------------------
// Writing CSV for downloads

/** A value a spreadsheet reads as a number (e.g. `-3.5`, `+2`, `1e3`): never changed. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** First characters that make Excel or LibreOffice read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet (OWASP, CSV injection): a cell that begins with
 * `=`, `+`, `-`, `@`, tab or carriage return gets a single quote in front, so it is shown as text
 * and never run as a formula. Left alone: a value that parses as a number (`-3.5`), and a missing
 * value the file declares (`missing`: LAIT's `-`), which a spreadsheet shows as text and data tools
 * read as missing only when it is published as declared.
 */
export function spreadsheetSafe(value: string, missing: readonly string[] = []): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) && !missing.includes(value) ? `'${value}` : value;
}

/** One CSV field of a download: spreadsheet-safe text, quoted (RFC 4180) only where needed. */
export function csvField(value: string | number | null | undefined, missing: readonly string[] = []): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : spreadsheetSafe(value, missing);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV text of a download: every row through csvField (cells in `missing` are missing values,
 * written as they are), `\n` line endings, a final newline.
 */
export function formatCsv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  missing: readonly string[] = [],
): string {
  return rows.map((r) => r.map((c) => csvField(c, missing)).join(',')).join('\n') + '\n';
}

/**
 * A committed CSV file as a download: the same records, with text cells made spreadsheet-safe
 * apart from the dataset's declared missing values (`missing`, its schema's `missingValues`). A
 * file with nothing to neutralise is returned byte for byte as committed; one with something to
 * neutralise is written again by formatCsv (tests/data/csv-safe.test.ts).
 */
export function spreadsheetSafeCsv(text: string, missing: readonly string[] = []): string {
  const parsed = parseCsv(text);
  const rows = [parsed.header, ...parsed.records.map((r) => r.cells)];
  return rows.some((r) => r.some((c) => spreadsheetSafe(c, missing) !== c)) ? formatCsv(rows, missing) : text;
}
