/**
 * The schema of every CSV file in `data/`: which columns it has and how each cell is parsed.
 * `readTable` turns a file's text into typed rows, collecting every problem with its line and
 * column instead of stopping at the first.
 */
import { parseCsv } from './csv';
import {
  decimal,
  httpsUrl,
  integer,
  isoDate,
  measured,
  oneOf,
  optional,
  slug,
  slugList,
  text,
  yesNo,
  type FieldParser,
} from './fields';
import { FRAMEWORK_CODES, GRADES, JUDGEMENT, REGIONS, SCALES, SUB_JUDGEMENTS } from './vocabulary';

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

const grade = optional(oneOf(GRADES));

export type Columns = Record<string, FieldParser<unknown>>;

export const sourceColumns = {
  id: slug,
  publisher: text,
  title: text,
  url: httpsUrl,
  date: isoDate,
  licence: text,
} satisfies Columns;

export const authorityColumns = {
  slug,
  name: text,
  ons_code: (raw: string) =>
    /^E\d{8}$/.test(raw)
      ? { ok: true as const, value: raw }
      : { ok: false as const, expected: 'an ONS code such as E09000014' },
  la_number: integer(100, 999),
  region: oneOf(REGIONS),
  type: text,
  ofsted_url: httpsUrl,
  current: yesNo,
  successors: slugList,
  predecessors: slugList,
  source: slug,
} satisfies Columns;

export const neighbourColumns = {
  authority: slug,
  rank: integer(1, 10),
  neighbour: slug,
  closeness: text,
  source: slug,
} satisfies Columns;

export const inspectionColumns = {
  id: slug,
  authority: slug,
  framework: oneOf(FRAMEWORK_CODES),
  start_date: optional(isoDate),
  end_date: optional(isoDate),
  published: optional(isoDate),
  overall: grade,
  scale: oneOf(SCALES),
  ...Object.fromEntries(SUB_JUDGEMENTS.map((k) => [JUDGEMENT[k].column, grade])),
  theme: optional(text),
  report_url: httpsUrl,
  source: slug,
  note: optional(text),
} satisfies Columns;

export const careLeaverColumns = {
  year: integer(2000, 2100),
  level: oneOf(['national', 'regional', 'authority'] as const),
  area_code: text,
  area_name: text,
  authority: optional(slug),
  age: oneOf(['17-18', '19-21'] as const),
  eet_count: measured(0, 1_000_000),
  cohort: measured(0, 1_000_000),
  eet_percent: measured(0, 100),
  source: slug,
} satisfies Columns;

export const adoptionStageColumns = {
  year: integer(2000, 2100),
  stage: integer(1, 6),
  stage_label: text,
  age: text,
  raw: text,
  months: optional(decimal(0, 600)),
  source: slug,
} satisfies Columns;

export const reportedFigureColumns = {
  id: slug,
  authority: slug,
  measure: slug,
  label: text,
  period: text,
  value: decimal(0, 1_000_000),
  unit: oneOf(['percent', 'days', 'weeks', 'months'] as const),
  benchmark_value: optional(decimal(0, 1_000_000)),
  benchmark_label: optional(text),
  inspection: optional(slug),
  source: slug,
  note: optional(text),
} satisfies Columns;

type ParsedRow<C extends Columns> = {
  [K in keyof C]: C[K] extends FieldParser<infer T> ? T : never;
};

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
  for (const p of csv.problems) problems.push({ file, line: p.line, column: p.column, field: '', value: '', message: p.message });
  const expected = Object.keys(columns);
  const headerProblems: string[] = [];
  for (const name of expected) if (!csv.header.includes(name)) headerProblems.push(`missing column "${name}"`);
  for (const name of csv.header) if (!expected.includes(name)) headerProblems.push(`unknown column "${name}"`);
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
      const parsed = (columns[name] as FieldParser<unknown>)(raw);
      if (parsed.ok) row[name] = parsed.value;
      else {
        good = false;
        problems.push({ file, line: rec.line, column: i + 1, field: name, value: raw, message: `expected ${parsed.expected}` });
      }
    }
    if (good) out.push({ line: rec.line, row: row as ParsedRow<C>, col });
    else rejected.push(Object.fromEntries(expected.map((name) => [name, rec.cells[index[name] ?? 0] ?? ''])));
  }
  return out;
}
