/**
 * Every importer accounts for every input row: written, or skipped with a reason.
 * An ImportReport is what one output file's importer read, wrote and skipped.
 */
import type { Dataset } from '../columns';
import type { ChangeSummary, CsvRecord } from './csv-out';

export interface Skip {
  /** Where the row came from, e.g. `LA_Inspection_Outcomes...ods#In-year_inspections row 17`. */
  where: string;
  reason: string;
}

export interface ImportReport {
  output: string;
  read: number;
  written: number;
  skipped: Skip[];
  change?: ChangeSummary;
}

const LISTED = 12;

export function formatReport(r: ImportReport): string {
  const lines = [
    `${r.output}: read ${r.read}, written ${r.written}, skipped ${r.skipped.length}` +
      (r.change
        ? ` (vs committed: +${r.change.added} added, ~${r.change.changed} changed, -${r.change.removed} removed)`
        : ''),
  ];
  // Group identical reasons so the log stays readable, but list every row.
  const byReason = new Map<string, string[]>();
  for (const s of r.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.where]);
  for (const [reason, wheres] of [...byReason].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  skipped ${wheres.length}: ${reason}`);
    // Every skipped row is counted under its reason; the first rows are named so they can be found.
    for (const w of wheres.slice(0, LISTED)) lines.push(`    - ${w}`);
    if (wheres.length > LISTED)
      lines.push(`    - … and ${wheres.length - LISTED} more rows for the same reason`);
  }
  return lines.join('\n');
}

/** One output file of an importer, before it is written: its dataset (`../columns.ts`) and rows. */
export interface ImportOutput extends Dataset {
  rows: CsvRecord[];
  read: number;
  skipped: Skip[];
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
