/**
 * Reader for the community scrape of Ofsted's ILACS reports (ofsted_csc_ilacs_overview.xlsx, or
 * its .csv export), from the data-to-insight ofsted-ilacs-scrape-tool: one row per council, its
 * latest ILACS inspection, with the report PDF link, dates (publication date as dd/mm/yy) and
 * lower-case grades. The header row is checked against `../headers.ts`; blank rows are not rows.
 * The snapshot's date is the workbook's own (last saved); a CSV export has none, so the importer
 * takes it from an option.
 * A secondary source: which rows are used is decided in `../reconcile/`.
 */
import { readInputText } from '../lib/input-files';
import { basename, extname } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { Grade } from '../../../src/data/vocabulary';
import { INPUT_HEADERS } from '../headers';
import type { IlacsGrades } from '../lib/ilacs';
import { parseDate, parseGrade } from '../lib/normalise';
import type { OdsRow } from '../lib/ods';
import type { SheetProblems } from '../lib/problems';
import type { SheetTable } from '../lib/sheet-tables';
import { TableReader, checkTableHeader } from '../lib/table-reader';
import { readXlsxFirstSheet, workbookDate } from '../lib/xlsx';

interface CommunityRow {
  where: string;
  laText: string;
  start: string | null;
  end: string | null;
  published: string | null;
  overall: Grade | null;
  grades: IlacsGrades;
  /** `short` or `standard` as scraped (lower case). */
  frameworkText: string;
  link: string;
  /** Report a problem with one of the cells the merge step checks. */
  problem(column: 'la' | 'framework' | 'link', expected: string): void;
}

export interface Community {
  file: string;
  /** The date of the snapshot: the workbook's last-saved date (a CSV export carries none). */
  snapshot: string | null;
  rows: CommunityRow[];
}

/** The file as header + rows of text, from .xlsx or .csv by extension; null for another kind. */
function readRows(path: string): string[][] | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return csvParseRows(readInputText(path).replace(/^\uFEFF/, ''));
  if (ext === '.xlsx') return readXlsxFirstSheet(path);
  return null;
}

/** Read the file; null when it cannot be read (the problems say why). */
export function readCommunity(path: string, problems: SheetProblems): Community | null {
  const file = basename(path);
  let rows: string[][] | null;
  try {
    rows = readRows(path);
  } catch (e) {
    problems.absorb(e);
    return null;
  }
  if (!rows) {
    problems.add(`${file}: expected the community file as .xlsx or .csv`);
    return null;
  }
  const table: SheetTable = {
    sheet: '',
    headerRow: 1,
    title: null,
    headers: (rows[0] ?? []).map((x) => x.trim()),
    rows: rows
      .slice(1)
      .map((cells, i) => ({
        row: i + 2,
        cells: cells.map((t) => ({ text: t, type: 'string', value: null, href: null })),
      }))
      .filter((r) => r.cells.some((c) => c.text.trim() !== '')),
  };
  if (!checkTableHeader(file, table, INPUT_HEADERS.community, problems)) return null;
  const t = new TableReader(file, table, problems);
  const c = {
    la: t.col(true, 'la_code'),
    link: t.col(true, 'inspection_link'),
    overall: t.col(true, 'overall_effectiveness_grade'),
    framework: t.col(true, 'inspection_framework'),
    start: t.col(true, 'inspection_start_date'),
    end: t.col(true, 'inspection_end_date'),
    published: t.col(true, 'publication_date'),
    leaders: t.col(true, 'impact_of_leaders_grade'),
    help: t.col(true, 'help_and_protection_grade'),
    inCare: t.col(true, 'in_care_grade'),
    careLeavers: t.col(true, 'care_leavers_grade'),
  };
  const dateOf = (row: OdsRow, col: number, twoDigitYear: boolean): string | null => {
    const p = parseDate(t.text(row, col), { twoDigitYear });
    if (p.ok) return p.value;
    t.problem(row, col, p.expected);
    return null;
  };
  const gradeOf = (row: OdsRow, col: number): Grade | null => {
    const p = parseGrade(t.text(row, col));
    if (p.ok) return p.value;
    t.problem(row, col, p.expected);
    return null;
  };
  return {
    file,
    snapshot: extname(path).toLowerCase() === '.xlsx' ? workbookDate(path) : null,
    rows: table.rows.map((row) => ({
      where: t.where(row),
      laText: t.text(row, c.la),
      start: dateOf(row, c.start, false),
      end: dateOf(row, c.end, false),
      published: dateOf(row, c.published, true),
      overall: gradeOf(row, c.overall),
      grades: {
        leaders: gradeOf(row, c.leaders),
        help: gradeOf(row, c.help),
        inCare: gradeOf(row, c.inCare),
        careLeavers: gradeOf(row, c.careLeavers),
      },
      frameworkText: t.text(row, c.framework).toLowerCase(),
      link: t.text(row, c.link),
      problem: (column, expected) => t.problem(row, c[column], expected),
    })),
  };
}
