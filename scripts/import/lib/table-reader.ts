/**
 * Reading Ofsted's spreadsheet tables: finding a sheet, reading its Cover, checking a table's
 * header row against the publisher's known layouts, and a reader that parses cells (grades,
 * dates) and records every problem against the cell it came from.
 */
import type { Grade } from '../../../src/data/types';
import { expectedHeader, matchHeader, type HeaderLayout } from './header-check';
import { parseDate, parseGrade, type Parsed } from './normalise';
import type { OdsRow, OdsSheet } from './ods';
import { columnLetter, type SheetProblems } from './problems';
import { Columns, cellText, type SheetTable } from './sheet-tables';

/** A table in a sheet, with a reader that records problems against its cells. */
export class TableReader {
  readonly cols: Columns;
  constructor(
    readonly file: string,
    readonly table: SheetTable,
    private readonly problems: SheetProblems,
  ) {
    this.cols = new Columns(table.headers);
  }
  /** Column index of the first header matching one of `names`; a problem if required and absent. */
  col(required: boolean, ...names: string[]): number {
    const i = this.cols.index(...names);
    if (i < 0 && required)
      this.problems.add(
        `${this.file}, sheet "${this.table.sheet}", header row ${this.table.headerRow}: no column "${names[0]}"; expected the publisher's layout (headers found: ${this.table.headers.filter(Boolean).join(' | ')})`,
      );
    return i;
  }
  header(col: number): string {
    return this.table.headers[col] ?? '';
  }
  text(row: OdsRow, col: number): string {
    return cellText(row, col);
  }
  grade(row: OdsRow, col: number): Grade | null {
    if (col < 0) return null;
    return this.check(row, col, parseGrade(this.text(row, col)));
  }
  date(row: OdsRow, col: number): string | null {
    if (col < 0) return null;
    const c = row.cells[col];
    return this.check(row, col, parseDate(c?.text ?? '', { dateValue: c?.type === 'date' ? c.value : null }));
  }
  check<T>(row: OdsRow, col: number, p: Parsed<T | null>): T | null {
    if (p.ok) return p.value;
    this.problem(row, col, p.expected, row.cells[col]?.text ?? '');
    return null;
  }
  /** A problem with one cell: file, sheet, row, column, header, the value and what was expected. */
  problem(row: OdsRow, col: number, expected: string, value = this.text(row, col)): void {
    this.problems.cell(this.file, this.table.sheet || null, row.row, col, this.header(col), value, expected);
  }
  where(row: OdsRow, what?: string): string {
    const sheet = this.table.sheet ? `#${this.table.sheet}` : '';
    return `${this.file}${sheet} row ${row.row}${what ? ` (${what})` : ''}`;
  }
}

/** Check a table's header row against its known layouts; null (and a problem) when it is none of them. */
export function checkTableHeader(
  file: string,
  table: SheetTable,
  layouts: readonly HeaderLayout[],
  problems: SheetProblems,
): HeaderLayout | null {
  const m = matchHeader(table.headers, layouts, columnLetter);
  if (m.ok) return m.layout;
  const sheet = table.sheet ? `, sheet "${table.sheet}"` : '';
  problems.add(
    `${file}${sheet}, row ${table.headerRow}, column ${columnLetter(m.firstColumn)}: unexpected header: ${m.differences}; ` +
      `expected ${expectedHeader(m, layouts.length, ' | ')}, found "${table.headers.join(' | ')}"`,
  );
  return null;
}

export function sheetByName(
  sheets: OdsSheet[],
  file: string,
  problems: SheetProblems,
  ...names: (string | RegExp)[]
): OdsSheet | null {
  const s = sheets.find((x) => names.some((n) => (typeof n === 'string' ? x.name === n : n.test(x.name))));
  if (!s)
    problems.add(
      `${file}: no sheet ${names.map(String).join(' or ')}; sheets found: ${sheets.map((x) => x.name).join(', ')}`,
    );
  return s ?? null;
}

export interface CoverInfo {
  title: string;
  policyArea: string;
  published: string | null;
  releaseUrl: string | null;
}

/** Title, policy area, publication date and release page from an official statistics Cover sheet. */
export function coverInfo(sheet: OdsSheet | null): CoverInfo {
  const info: CoverInfo = { title: '', policyArea: '', published: null, releaseUrl: null };
  if (!sheet) return info;
  info.title = sheet.rows[0]?.cells[0]?.text.trim() ?? '';
  for (const r of sheet.rows) {
    const label = (r.cells[0]?.text ?? '').trim().toLowerCase();
    const v = r.cells[1];
    if (!v) continue;
    if (label.startsWith('policy area')) info.policyArea = v.text.trim();
    if (label.startsWith('published on')) {
      const p = parseDate(v.text, { dateValue: v.type === 'date' ? v.value : null });
      if (p.ok) info.published = p.value;
      else {
        const d = Date.parse(`${v.text.trim()} UTC`);
        if (!Number.isNaN(d)) info.published = new Date(d).toISOString().slice(0, 10);
      }
    }
    if (label.startsWith('link to') && label.includes('release') && v.href && /^https:/.test(v.href))
      info.releaseUrl = v.href.replace(/#.*$/, '');
  }
  return info;
}
