/**
 * Reader for Ofsted's "Local authority inspection outcomes as at 31 March <year>"
 * (LA_Inspection_Outcomes_as_at_31_March_2025.ods). Sheets, each one table below two title rows,
 * its header row starting "Web link" (checked against `../headers.ts`):
 * - `Inspections_as_at_31_March`: the current councils (name, ONS code, and the LA number from the
 *   `HYPERLINK` target of the Web link cell) with their latest ILACS judgements;
 * - `ILACS_inspection_history`: every ILACS inspection, with inspection and publication dates,
 *   for current councils and those that no longer exist;
 * - `In-year_inspections`: the year's inspections, focused visits and monitoring visits.
 * Every cell is parsed here (grades, dates, types); problems are recorded against their cells.
 * Which rows become inspections is decided in `../reconcile/`.
 */
import type { Framework, Grade } from '../../../src/data/vocabulary';
import { INPUT_HEADERS } from '../headers';
import { ILACS_TYPE_EXPECTED, ilacsFramework, type IlacsGrades } from '../lib/ilacs';
import type { HeaderLayout } from '../lib/header-check';
import type { OdsRow, OdsSheet } from '../lib/ods';
import type { SheetProblems } from '../lib/problems';
import { findTables, firstCellIs } from '../lib/sheet-tables';
import { TableReader, checkTableHeader, sheetByName, type CoverInfo } from '../lib/table-reader';
import { openOfstedWorkbook } from './ofsted-workbook';

/** What every row of the three tables gives. */
interface OutcomeRow {
  /** `file#sheet row N`, for skip reasons and messages. */
  where: string;
  onsCode: string;
  name: string;
  start: string | null;
  published: string | null;
  overall: Grade | null;
  grades: IlacsGrades;
  /** Report a problem with the row's ONS code cell. */
  codeProblem(expected: string): void;
}

interface LatestRow extends OutcomeRow {
  /** From the Web link's `HYPERLINK` target; null when it is not a provider/44/<LA number> link. */
  laNumber: number | null;
}

interface HistoryRow extends OutcomeRow {
  status: 'current' | 'former' | null;
  framework: Framework | null;
}

interface InYearRow extends OutcomeRow {
  typeText: string;
  framework: Framework | null;
  visit: boolean;
  theme: string | null;
}

export interface Outcomes2025 {
  file: string;
  cover: CoverInfo;
  latest: LatestRow[];
  history: HistoryRow[];
  inYear: InYearRow[];
}

const GRADE_HEADERS = {
  overall: 'Overall effectiveness',
  leaders: 'The impact of leaders on social work practice with children and families',
  help: 'The experiences and progress of children who need help and protection',
  inCare: 'The experiences and progress of children in care',
  careLeavers: 'The experiences and progress of care leavers',
} as const;

function laNumberFromHref(href: string | null): number | null {
  const m = href ? /^https?:\/\/reports\.ofsted\.gov\.uk\/provider\/44\/(\d{3})\/?$/.exec(href) : null;
  return m ? Number(m[1]) : null;
}

/** The one table of a sheet, its header checked; null (with a problem) when absent or unexpected. */
function oneTable(
  sheets: OdsSheet[],
  file: string,
  name: string,
  layouts: readonly HeaderLayout[],
  problems: SheetProblems,
): TableReader | null {
  const sheet = sheetByName(sheets, file, problems, name);
  if (!sheet) return null;
  const t = findTables(sheet, firstCellIs('Web link'));
  if (t.length !== 1)
    problems.add(
      `${file}, sheet "${sheet.name}": expected one table with a "Web link" header row, found ${t.length}`,
    );
  const table = t[0];
  if (!table || !checkTableHeader(file, table, layouts, problems)) return null;
  return new TableReader(file, table, problems);
}

/** The columns every table shares. */
function commonColumns(t: TableReader, dateHeader: string) {
  const g = (k: keyof typeof GRADE_HEADERS) => t.col(true, GRADE_HEADERS[k]);
  return {
    code: t.col(true, 'Local authority area code'),
    name: t.col(true, 'Local authority name'),
    start: t.col(true, dateHeader),
    published: t.col(true, 'Publication date'),
    overall: g('overall'),
    leaders: g('leaders'),
    help: g('help'),
    inCare: g('inCare'),
    careLeavers: g('careLeavers'),
  };
}

/** The fields every table shares, read in column order. */
function common(t: TableReader, c: ReturnType<typeof commonColumns>, row: OdsRow): OutcomeRow {
  return {
    where: t.where(row),
    onsCode: t.text(row, c.code),
    name: t.text(row, c.name),
    start: t.date(row, c.start),
    published: t.date(row, c.published),
    overall: t.grade(row, c.overall),
    grades: {
      leaders: t.grade(row, c.leaders),
      help: t.grade(row, c.help),
      inCare: t.grade(row, c.inCare),
      careLeavers: t.grade(row, c.careLeavers),
    },
    codeProblem: (expected) => t.problem(row, c.code, expected),
  };
}

function readLatest(t: TableReader): LatestRow[] {
  const cLink = t.col(true, 'Web link');
  const c = commonColumns(t, 'Inspection date');
  return t.table.rows.map((row) => {
    const href = row.cells[cLink]?.href ?? null;
    const laNumber = laNumberFromHref(href);
    if (laNumber === null)
      t.problem(
        row,
        cLink,
        'expected a HYPERLINK to https://reports.ofsted.gov.uk/provider/44/<LA number>',
        href ?? '(no link)',
      );
    const r = common(t, c, row);
    if (!/^E\d{8}$/.test(r.onsCode)) r.codeProblem('expected an ONS code such as E09000014');
    return { ...r, laNumber };
  });
}

function readHistory(t: TableReader): HistoryRow[] {
  const cStatus = t.col(true, 'Local authority status');
  const cType = t.col(true, 'Inspection type');
  const c = commonColumns(t, 'Inspection date');
  return t.table.rows.map((row) => {
    const statusText = t.text(row, cStatus).toLowerCase();
    const status = statusText === 'current' ? 'current' : statusText === 'no longer exists' ? 'former' : null;
    if (!status) t.problem(row, cStatus, 'expected "Current" or "No longer exists"');
    const r = common(t, c, row);
    const framework = ilacsFramework(t.text(row, cType));
    if (!framework) t.problem(row, cType, ILACS_TYPE_EXPECTED);
    return { ...r, status, framework };
  });
}

function readInYear(t: TableReader): InYearRow[] {
  const cType = t.col(true, 'Inspection/Visit type');
  const cTheme = t.col(true, 'Visit Theme');
  const c = commonColumns(t, 'Inspection/Visit date');
  return t.table.rows.map((row) => {
    const r = common(t, c, row);
    const typeText = t.text(row, cType);
    const visitFramework: Framework | null = /focused visit/i.test(typeText)
      ? 'focused-visit'
      : /monitoring visit/i.test(typeText)
        ? 'monitoring-visit'
        : null;
    const framework = visitFramework ?? ilacsFramework(typeText);
    if (!framework)
      t.problem(
        row,
        cType,
        'expected an ILACS Standard or Short Inspection, an ILACS Focused Visit or an LA Monitoring visit',
      );
    const theme = t.text(row, cTheme) || null;
    return { ...r, typeText, framework, visit: visitFramework !== null, theme };
  });
}

/** Read the file; null when it cannot be read (the problems say why). */
export function readOutcomes2025(path: string, problems: SheetProblems): Outcomes2025 | null {
  const workbook = openOfstedWorkbook(path, problems);
  if (!workbook) return null;
  const { file, sheets, cover } = workbook;
  const latest = oneTable(sheets, file, 'Inspections_as_at_31_March', INPUT_HEADERS.outcomesLatest, problems);
  const inYear = oneTable(sheets, file, 'In-year_inspections', INPUT_HEADERS.outcomesInYear, problems);
  const history = oneTable(sheets, file, 'ILACS_inspection_history', INPUT_HEADERS.outcomesHistory, problems);
  if (!latest || !inYear || !history) return null;
  return {
    file,
    cover,
    latest: readLatest(latest),
    history: readHistory(history),
    inYear: readInYear(inYear),
  };
}
