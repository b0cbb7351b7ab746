/**
 * Reading the DfE's CSV downloads for `import-dfe.ts`: a small RFC 4180 reader that keeps the
 * line number of every record (so problems can say `file:line:column`), strips a UTF-8 BOM, and
 * a collector that gathers every problem before throwing once.
 */
import { basename } from 'node:path';

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

/** Every problem found in one run, thrown together at the end. */
export class Problems {
  readonly list: string[] = [];

  /** `file:line:column: message (got "value", expected ...)`. */
  add(path: string, line: number, column: number, message: string, got?: string, expected?: string): void {
    const detail =
      got !== undefined || expected !== undefined
        ? ` (${[got !== undefined ? `got "${got}"` : '', expected !== undefined ? `expected ${expected}` : ''].filter(Boolean).join(', ')})`
        : '';
    this.list.push(`${basename(path)}:${line}:${column}: ${message}${detail}`);
  }

  throwIfAny(): void {
    if (this.list.length) {
      throw new Error(
        `DfE import failed with ${this.list.length} problem(s):\n` +
          this.list.map((p) => `  ${p}`).join('\n'),
      );
    }
  }
}

/**
 * Look up columns by name. Missing columns are reported once, at the header line, and the
 * returned index is -1 (callers then skip reading).
 */
export function columnIndex(
  path: string,
  header: readonly string[],
  names: readonly string[],
  problems: Problems,
): Record<string, number> | null {
  const out: Record<string, number> = {};
  const missing: string[] = [];
  for (const name of names) {
    const i = header.indexOf(name);
    if (i < 0) missing.push(name);
    out[name] = i;
  }
  if (missing.length) {
    problems.add(
      path,
      1,
      1,
      `missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}`,
      header.join(','),
      `a header with ${names.join(', ')}`,
    );
    return null;
  }
  return out;
}

/** The cell of `r` in column `i` (0-based), or '' when the record is short. */
export function at(r: CsvLine, i: number): string {
  return r.cells[i] ?? '';
}
