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
import type { AdoptionCountRow, Framework, Grade, GradeScale, JudgementKey, Region } from './types';

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

export const GRADES: readonly Grade[] = [
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
  'not-judged',
];
export const SCALES: readonly GradeScale[] = ['adequate-scale', 'ri-scale', 'ungraded'];
export const FRAMEWORKS: readonly Framework[] = [
  'jar',
  'progress-report',
  'slac',
  'slac-reinspection',
  'cpi',
  'cpri',
  'tlac',
  'sif',
  'sif-reinspection',
  'ilacs-standard',
  'ilacs-short',
  'focused-visit',
  'monitoring-visit',
];
export const REGIONS: readonly Region[] = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
];

/** CSV column name of each sub-judgement, in the order of `data/README.md`. */
export const JUDGEMENT_COLUMNS: readonly (readonly [string, JudgementKey])[] = [
  ['safeguarding', 'safeguarding'],
  ['looked_after_children', 'looked-after-children'],
  ['help_and_protection', 'help-and-protection'],
  ['looked_after_and_permanence', 'looked-after-and-permanence'],
  ['adoption', 'adoption'],
  ['care_leavers', 'care-leavers'],
  ['leadership', 'leadership'],
  ['lscb', 'lscb'],
  ['children_in_care_and_care_leavers', 'children-in-care-and-care-leavers'],
  ['children_in_care', 'children-in-care'],
];

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
  framework: oneOf(FRAMEWORKS),
  start_date: optional(isoDate),
  end_date: optional(isoDate),
  published: optional(isoDate),
  overall: grade,
  scale: oneOf(SCALES),
  ...Object.fromEntries(JUDGEMENT_COLUMNS.map(([col]) => [col, grade])),
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


// --- Adoption (ASGLB, LAIT), social work workforce, 2025 neighbours (issue 14) ----------------
// Rows for England, a region or councils: `authorities` lists every council a row covers (a joint
// return covers two), `region` names the region of a regional row.

const LEVEL = oneOf(['national', 'regional', 'authority'] as const);
/** A financial year written `2022-23`. */
const financialYear: FieldParser<string> = (raw) => {
  const m = /^(\d{4})-(\d{2})$/.exec(raw);
  return m && (Number(m[1]) + 1) % 100 === Number(m[2])
    ? { ok: true, value: raw }
    : { ok: false, expected: 'a financial year written yyyy-yy, such as 2022-23' };
};
/** The ASGLB workbook's symbols, and `too-few` where its rule withholds a time. */
export const ASGLB_SYMBOLS = ['c', '..', '.'] as const;
export const TOO_FEW = 'too-few';
/** The ASGLB's rule: A10 and A2 are published only for more than this many adopted children. */
export const ASGLB_MIN_ADOPTIONS = 10;
const asglbCount = measured(0, 1_000_000, ASGLB_SYMBOLS);
const asglbDays = measured(0, 10_000, [...ASGLB_SYMBOLS, TOO_FEW]);
const areaColumns = {
  level: LEVEL,
  la_code: optional(text),
  area_name: text,
  region: optional(oneOf(REGIONS)),
  authorities: slugList,
} satisfies Columns;

export const adoptionAsglbColumns = {
  period: financialYear,
  ...areaColumns,
  decisions: asglbCount,
  placement_orders: asglbCount,
  matches: asglbCount,
  placements: asglbCount,
  adoptions: asglbCount,
  a10_days: asglbDays,
  a2_days: asglbDays,
  note: optional(text),
  source: slug,
} satisfies Columns;

/** LAIT's symbol: suppressed or not available. */
export const LAIT_SYMBOLS = ['-'] as const;
const ADOPTION_COUNT_MEASURES = ['adopted', 'adopted-percent'] as const satisfies readonly AdoptionCountRow['measure'][];
export const adoptionCountColumns = {
  year: integer(2000, 2100),
  ...areaColumns,
  measure: oneOf(ADOPTION_COUNT_MEASURES),
  value: measured(0, 100_000, LAIT_SYMBOLS),
  note: optional(text),
  source: slug,
} satisfies Columns;

const count = measured(0, 10_000_000);
const rate = measured(0, 100);
export const workforceColumns = {
  year: integer(2000, 2100),
  level: LEVEL,
  area_code: text,
  la_code: optional(text),
  area_name: text,
  region: optional(oneOf(REGIONS)),
  authorities: slugList,
  inpost_fte: count,
  starters_fte: count,
  leavers_fte: count,
  turnover_rate_fte: rate,
  agency_fte: count,
  agency_rate_fte: rate,
  vacancy_fte: count,
  vacancy_rate_fte: rate,
  case_holders_fte: count,
  cases: count,
  caseload_fte: measured(0, 1_000),
  note: optional(text),
  source: slug,
} satisfies Columns;

/** The 2025 model's closeness bands, closest first. */
export const CLOSENESS_BANDS_2025 = ['Extremely close', 'Very close', 'Close', 'Somewhat close', 'Not close'] as const;
export const neighbour2025Columns = { ...neighbourColumns, closeness: oneOf(CLOSENESS_BANDS_2025) } satisfies Columns;

/** data/curated/grades.csv: an overall grade an editor supplies for an inspection, with its source. */
export const curatedGradeColumns = {
  inspection: slug,
  overall: oneOf(['outstanding', 'good', 'requires-improvement', 'inadequate'] as const),
  source: slug,
  note: optional(text),
} satisfies Columns;

/** data/curated/official-counts.csv: Ofsted's official "as at 31 March" counts and their cut-off. */
export const officialCountColumns = {
  as_at: isoDate,
  published_by: isoDate,
  also_counted: slugList,
  outstanding: integer(0, 200),
  good: integer(0, 200),
  requires_improvement: integer(0, 200),
  inadequate: integer(0, 200),
  source: slug,
  note: optional(text),
} satisfies Columns;

// --- Places (ONS lookup) and other names for councils (curated), issue 15 ---------------------
const englishArea: FieldParser<string> = (raw) =>
  /^E\d{8}$/.test(raw) ? { ok: true, value: raw } : { ok: false, expected: 'an ONS code of an English area, such as E07000073' };
export const placeColumns = { ltla_code: englishArea, ltla_name: text, utla_code: englishArea, utla_name: text, authority: slug, source: slug } satisfies Columns;
export const placeAliasColumns = { alias: text, authority: slug, source: slug, note: optional(text) } satisfies Columns;

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
