/**
 * The loader's first look at a data file, before its columns are parsed: characters no cell may
 * hold, and the row limit of a hand-curated file.
 */
import { LIMITS } from '../config/limits';
import { describeUnsafe, findUnsafeChars } from '../config/text-safety';
import { parseCsv } from './csv';
import type { Problem } from './schema';

/** At most this many unsafe characters are listed per file (then a count). */
const MAX_CHAR_FINDINGS = 10;

/**
 * Text checks before the columns are parsed: no control, bidirectional or invisible characters
 * in any cell (a cell may hold line breaks), and no more rows than the limit in a hand-curated
 * file. Values are shown escaped.
 */
export function scanText(file: string, text: string, curated: boolean, problems: Problem[]): void {
  const csv = parseCsv(text);
  let found = 0;
  const rows = [{ line: 1, cells: csv.header }, ...csv.records];
  for (const r of rows)
    r.cells.forEach((cell, j) => {
      const bad = findUnsafeChars(cell, { newlines: true });
      if (!bad[0]) return;
      found++;
      if (found <= MAX_CHAR_FINDINGS)
        problems.push({
          file,
          line: r.line,
          column: j + 1,
          field: r.line === 1 ? 'header' : (csv.header[j] ?? ''),
          value: cell,
          message: `contains ${describeUnsafe(bad[0])} at character ${bad[0].index + 1}; expected plain text: delete it`,
        });
    });
  if (found > MAX_CHAR_FINDINGS)
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '',
      value: '',
      message: `${found - MAX_CHAR_FINDINGS} more cells with such characters`,
    });
  const over = csv.records[LIMITS.curatedCsvRows];
  if (curated && over)
    problems.push({
      file,
      line: over.line,
      column: 1,
      field: '',
      value: '',
      message: `more than ${LIMITS.curatedCsvRows.toLocaleString('en-GB')} rows (${csv.records.length.toLocaleString('en-GB')}); a hand-curated file is limited to ${LIMITS.curatedCsvRows.toLocaleString('en-GB')} rows so that the check stays quick: split it or move the rows into an importer`,
    });
}
