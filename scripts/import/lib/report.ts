/**
 * Every importer accounts for every input row: written, or skipped with a reason, and
 * read = written + skipped exactly. An ImportReport is what one output file's importer read,
 * wrote and skipped; `formatReport` prints it with one line per skip reason.
 */
import type { Dataset } from '../columns';
import type { History } from '../history';
import type { ChangeSummary, CsvRecord } from './csv-out';

export interface Skip {
  /** Where the row came from, e.g. `LA_Inspection_Outcomes...ods#In-year_inspections row 17`. */
  where: string;
  reason: string;
}

/**
 * Rows of the input that make one written row, when it is more than one: the care-leaver file
 * gives each written row from two records (its "Total" and its EET record).
 */
export interface PerRow {
  records: number;
  /** What those records are, for the report: `a "Total" and an EET record`. */
  what: string;
}

export interface ImportReport {
  output: string;
  read: number;
  written: number;
  skipped: Skip[];
  perRow?: PerRow | undefined;
  notes?: string[] | undefined;
  change?: ChangeSummary;
  /** Rows kept from the data already published (missing from the new source), and rows removed. */
  kept?: number;
  removed?: number;
}

/** Skips grouped by reason, reasons in a stable order. */
export function skipsByReason(skipped: readonly Skip[]): [reason: string, wheres: string[]][] {
  const byReason = new Map<string, string[]>();
  for (const s of skipped) {
    // One list per reason, appended to in place: linear in the rows skipped.
    const list = byReason.get(s.reason);
    if (list) list.push(s.where);
    else byReason.set(s.reason, [s.where]);
  }
  return [...byReason].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `read 20040 = written 3340 (1670 rows, each from a "Total" and an EET record) + skipped 16700`. */
function accountingLine(r: ImportReport): string {
  const per = r.perRow;
  const used = per ? `${r.written * per.records} (${r.written} rows, each from ${per.what})` : `${r.written}`;
  return `read ${r.read} = written ${used} + skipped ${r.skipped.length}`;
}

/**
 * One output's report: the accounting line, then one line per skip reason with its count. With
 * `verbose`, every skipped row is listed under its reason.
 */
export function formatReport(r: ImportReport, opts: { verbose?: boolean } = {}): string {
  const history = [
    r.kept ? `${r.kept} kept from the published data` : '',
    r.removed ? `${r.removed} removed` : '',
  ].filter(Boolean);
  const lines = [
    `${r.output}: ${accountingLine(r)}` +
      (history.length ? `; ${history.join(', ')}` : '') +
      (r.change
        ? ` (vs committed: +${r.change.added} added, ~${r.change.changed} changed, -${r.change.removed} removed)`
        : ''),
  ];
  for (const [reason, wheres] of skipsByReason(r.skipped)) {
    lines.push(`  skipped ${wheres.length}: ${reason}`);
    if (opts.verbose) for (const w of wheres) lines.push(`    - ${w}`);
  }
  for (const n of r.notes ?? []) lines.push(`  note: ${n}`);
  return lines.join('\n');
}

/** The accounting problem of an output, or null when read = written + skipped exactly. */
export function accountingProblem(
  o: Pick<ImportOutput, 'file' | 'read' | 'rows' | 'skipped' | 'perRow' | 'history'>,
): string | null {
  const per = o.perRow?.records ?? 1;
  const written = o.rows.length - (o.history?.kept.length ?? 0);
  if (o.read === written * per + o.skipped.length) return null;
  return `${o.file}: read ${o.read} but wrote ${written}${per > 1 ? ` rows of ${per} records each` : ''} and skipped ${o.skipped.length}; every row must be written or skipped with a reason`;
}

/** One output file of an importer, before it is written: its dataset (`../columns.ts`) and rows. */
export interface ImportOutput extends Dataset {
  rows: CsvRecord[];
  read: number;
  skipped: Skip[];
  /** Input records per written row, when more than one. */
  perRow?: PerRow;
  /** What the report should say that is not a row (a council the file has no row for). */
  notes?: string[];
  /** Rows of the published file that the new source lacks: kept (in `rows`) or removed. */
  history?: History;
}

/** What an importer returns: its outputs and the sources its rows cite. */
export interface ImporterResult {
  outputs: ImportOutput[];
  /** Rows for `data/sources.csv` (id, publisher, title, url, date, licence). */
  sources: CsvRecord[];
}

/** The minimum an importer needs to know about a council to attach rows to it. */
export interface AuthorityRef {
  slug: string;
  name: string;
  onsCode: string;
  laNumber: number;
  current: boolean;
}
