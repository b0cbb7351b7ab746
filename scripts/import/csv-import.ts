/**
 * The frame shared by the importers that read one publisher's file of areas (LAIT adoptions, the
 * workforce indicators; the ASGLB workbook uses the last two): the CSV read and its needed columns
 * found, an output that counts every record as read, skips as `file line N`, the problems of one
 * row, a row's area, and the last step (every row cites the source; read = written + skipped).
 */
import { basename } from 'node:path';
import type { Dataset } from './columns';
import type { CsvRecord } from './lib/csv-out';
import { nonBlank, readCsvText, type CsvLine } from './lib/csv-text';
import type { ImportOutput, Skip } from './lib/report';
import { assertAccounted, requireColumns, type Level, type ProblemList } from './row-checks';

/** What such an importer returns: its output, and the source its rows cite (null when none). */
export interface SourcedOutput {
  output: ImportOutput;
  source: CsvRecord | null;
}

interface CsvImport {
  /** The records that are not blank; each blank one is skipped as it is passed. */
  records: Iterable<CsvLine>;
  output: ImportOutput;
  /** The column of a header name; null when a needed column is missing (reported; nothing read). */
  col: ((name: string) => number) | null;
  /** Skip the record at `line` with a reason. */
  skip: (line: number, reason: string) => void;
}

/** Read `text`, the file at `path`, for `dataset`: every record counts as read unless the header lacks a column of `header`. */
export function startCsvImport(
  path: string,
  text: string,
  dataset: Dataset,
  header: readonly string[],
  problems: ProblemList,
): CsvImport {
  const csv = readCsvText(text);
  const file = basename(path);
  const skipped: Skip[] = [];
  const output: ImportOutput = { ...dataset, rows: [], read: csv.records.length, skipped };
  const col = requireColumns(path, csv.header, header, problems);
  if (!col) output.read = 0;
  const skip = (line: number, reason: string) => skipped.push({ where: `${file} line ${line}`, reason });
  return { records: nonBlank(csv.records, (line) => skip(line, 'blank row')), output, col, skip };
}

/**
 * The problems of the record at `line`: `bad` reports one at the named column, and `good` stays
 * true while none has been reported.
 */
export function rowProblems(
  path: string,
  line: number,
  col: (name: string) => number,
  problems: ProblemList,
) {
  const row = {
    good: true,
    bad: (name: string, message: string, got: string, expected: string): void => {
      problems.add(path, line, col(name) + 1, message, got, expected);
      row.good = false;
    },
  };
  return row;
}

/**
 * The area a row is for: its level, its region (regional rows), and the councils it covers with
 * the note on them (council rows).
 */
export class Area {
  level: Level;
  region = '';
  authorities: string[] = [];
  note: string | null = null;

  constructor(level: Level) {
    this.level = level;
  }

  /** The columns a row writes from its area (the councils joined by spaces). */
  columns(): CsvRecord {
    return {
      level: this.level,
      region: this.region,
      authorities: this.authorities.join(' '),
      note: this.note,
    };
  }
}

/** The output's rows, each citing `source` (none when null); read = written + skipped is asserted when there is no problem. */
export function finishImport(
  output: ImportOutput,
  rows: readonly { row: CsvRecord }[],
  source: CsvRecord | null,
  problems: ProblemList,
): SourcedOutput {
  output.rows = rows.map((x) => ({ ...x.row, source: source?.['id'] ?? '' }));
  // Rows with a problem are neither written nor skipped: the import fails, so nothing is published.
  if (!problems.list.length) assertAccounted(output);
  return { output, source };
}
