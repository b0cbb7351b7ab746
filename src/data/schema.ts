/**
 * Reading one CSV file against its dataset's columns (`datasets.ts`): `readTable` turns a file's
 * text into typed rows, collecting every problem with its line and column instead of stopping at
 * the first.
 */
import { parseCsv } from './csv';
import type { Columns } from './datasets';
import type { ParsedRow } from './dataset-rows';

export interface Problem {
  file: string;
  line: number;
  column: number;
  field: string;
  value: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const field = p.field ? `${p.field}: ` : '';
  const got = p.value !== '' || p.field ? ` (got "${p.value}")` : '';
  return `${where} ${field}${p.message}${got}`;
}

/** Raw cells of rows that failed validation, so cross-references to them do not cascade. */
export type RejectedRow = Record<string, string>;

export interface TableRow<C extends Columns> {
  line: number;
  row: ParsedRow<C>;
  /** 1-based column index of each field, for cross-reference messages. */
  col: Record<keyof C, number>;
}

/**
 * Parse one CSV file against its columns. Rows with any bad cell are reported and left out of
 * the result (so cross-reference checks do not repeat the same problem).
 */
export function readTable<C extends Columns>(
  file: string,
  textContent: string,
  columns: C,
  problems: Problem[],
  rejected: RejectedRow[] = [],
): TableRow<C>[] {
  const csv = parseCsv(textContent);
  for (const p of csv.problems)
    problems.push({ file, line: p.line, column: p.column, field: '', value: '', message: p.message });
  const expected = Object.keys(columns);
  const headerProblems: string[] = [];
  for (const name of expected)
    if (!csv.header.includes(name)) headerProblems.push(`missing column "${name}"`);
  for (const name of csv.header)
    if (!expected.includes(name)) headerProblems.push(`unknown column "${name}"`);
  if (headerProblems.length) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: 'header',
      value: csv.header.join(','),
      message: `${headerProblems.join('; ')}; expected columns: ${expected.join(', ')}`,
    });
    return [];
  }
  const index = Object.fromEntries(expected.map((name) => [name, csv.header.indexOf(name)])) as Record<
    keyof C,
    number
  >;
  const col = Object.fromEntries(expected.map((name) => [name, csv.header.indexOf(name) + 1])) as Record<
    keyof C,
    number
  >;
  const out: TableRow<C>[] = [];
  for (const rec of csv.records) {
    if (rec.cells.length !== csv.header.length) continue; // already reported
    const row: Record<string, unknown> = {};
    let good = true;
    for (const name of expected) {
      const i = index[name] ?? 0;
      const raw = rec.cells[i] ?? '';
      const parsed = (columns[name] as Columns[string]).parse(raw);
      if (parsed.ok) row[name] = parsed.value;
      else {
        good = false;
        problems.push({
          file,
          line: rec.line,
          column: i + 1,
          field: name,
          value: raw,
          message: `expected ${parsed.expected}`,
        });
      }
    }
    if (good) out.push({ line: rec.line, row: row as ParsedRow<C>, col });
    else rejected.push(Object.fromEntries(expected.map((name) => [name, rec.cells[index[name] ?? 0] ?? ''])));
  }
  return out;
}
