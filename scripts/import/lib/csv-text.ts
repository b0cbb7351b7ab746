/**
 * Reading the DfE's CSV downloads: a small RFC 4180 reader that keeps the line number of every
 * record (so problems can say `file:line:column`) and strips a UTF-8 BOM, and the strict check of
 * a file's header row.
 */
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

/** Parse CSV text. Quoted fields may hold commas, doubled quotes and newlines. */
export function readCsvText(text: string): CsvText {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvLine[] = [];
  let line = 1;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let endOfRecord = false;
    while (i < n && !endOfRecord) {
      const ch = src[i];
      if (ch === '"' && cell === '') {
        // Quoted field.
        i++;
        while (i < n) {
          const c = src[i];
          if (c === '"') {
            if (src[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          cell += c;
          i++;
        }
      } else if (ch === ',') {
        cells.push(cell);
        cell = '';
        i++;
      } else if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && src[i + 1] === '\n') i++;
        i++;
        line++;
        endOfRecord = true;
      } else {
        cell += ch;
        i++;
      }
    }
    cells.push(cell);
    rows.push({ line: start, cells });
  }
  const [head, ...records] = rows;
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
    if (!(k in out)) out[k] = i;
  });
  return out;
}

/** The cell of `r` in column `i` (0-based), or '' when the record is short. */
export function at(r: CsvLine, i: number): string {
  return r.cells[i] ?? '';
}
