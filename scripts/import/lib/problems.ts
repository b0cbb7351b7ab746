/**
 * Collecting every problem an import finds, and throwing them once. An `ImportError` carries the
 * list; the CLI (`scripts/import/index.ts`) prints its message as it is, never a stack trace.
 *
 * Two ways of pointing at a problem, one per kind of file:
 * - spreadsheets (Ofsted's ODS, the community xlsx): `file, sheet "S", row 11, column G ("header")`,
 *   the row and column a person sees in LibreOffice or Excel;
 * - CSV (the DfE's downloads): `file:line:column`.
 */
import { basename } from 'node:path';
import { listProblems } from '../../../src/config/terminal-text';
import { OverBudget, type ReadBudget } from './budget';

/** An input that cannot be imported: the message lists every problem found. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A list of problems with its heading; `throwIfAny` throws them all as one `ImportError`. */
abstract class ProblemList {
  readonly list: string[] = [];
  protected abstract heading(count: number): string;
  protected abstract readonly bullet: string;

  throwIfAny(): void {
    if (!this.list.length) return;
    throw new ImportError(
      `${this.heading(this.list.length)}\n` +
        listProblems(this.list)
          .map((p) => `${this.bullet}${p}`)
          .join('\n'),
      this.list,
    );
  }
}

/** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Problems in spreadsheets (the Ofsted importer). */
export class SheetProblems extends ProblemList {
  protected readonly bullet = '  - ';
  protected heading(n: number): string {
    return `Ofsted import failed with ${n} problem${n === 1 ? '' : 's'}:`;
  }
  /** A cell: `file, sheet "S", row 11, column G ("header"): "value": expected ...`. */
  cell(
    file: string,
    sheet: string | null,
    row: number,
    col: number,
    header: string,
    value: string,
    expected: string,
  ): void {
    const where = `${file}${sheet ? `, sheet "${sheet}"` : ''}, row ${row}, column ${columnLetter(col)} ("${header}")`;
    this.list.push(`${where}: "${value}": ${expected}`);
  }
  add(message: string): void {
    this.list.push(message);
  }
  /** Take over the problems of an `ImportError` (a file that could not be read at all). */
  absorb(e: unknown): void {
    if (e instanceof ImportError) this.list.push(...e.problems);
    else throw e;
  }
}

/** Problems in CSV files (the DfE importer): `file:line:column: message (got "...", expected ...)`. */
export class CsvProblems extends ProblemList {
  protected readonly bullet = '  ';
  protected heading(n: number): string {
    return `DfE import failed with ${n} problem(s):`;
  }
  add(path: string, line: number, column: number, message: string, got?: string, expected?: string): void {
    const detail =
      got !== undefined || expected !== undefined
        ? ` (${[got !== undefined ? `got "${got}"` : '', expected !== undefined ? `expected ${expected}` : ''].filter(Boolean).join(', ')})`
        : '';
    this.list.push(`${basename(path)}:${line}:${column}: ${message}${detail}`);
  }
}

/**
 * Run `read`, turning any failure into an `ImportError` that names the file: a file past the
 * import's budget (`budget.ts`) is refused with the place reached; any other failure is a file
 * that is not readable. A JavaScript engine's own limit (a string or array too long) is read as
 * going past the budget too, so no file ever ends the import with a crash.
 */
export function readingFile<T>(name: string, what: string, read: () => T, budget?: ReadBudget): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (e instanceof OverBudget || e instanceof RangeError) {
      const where = e instanceof OverBudget ? e.where : (budget?.where ?? '');
      const problem = `${name}${where ? `, ${where}` : ''}: refused: ${e.message} (the import's limits are in src/config/limits.ts)`;
      throw new ImportError(`Import failed: ${problem}`, [problem]);
    }
    const reason = e instanceof Error ? e.message : String(e);
    const problem = `${name}: not a readable ${what}; the file may be truncated or corrupt (${reason})`;
    throw new ImportError(`Import failed: ${problem}`, [problem]);
  }
}
