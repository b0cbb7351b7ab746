/**
 * Running an importer in a test and reading what it gave: its problems, an output and its CSV, what
 * changed between two runs, rows by id, a fixture with a line replaced, and the message of an import that fails.
 */
import { expect } from 'vitest';
import { AreaIndex } from '../../scripts/import/area-codes';
import { summariseChange, toCsv, type CsvRecord } from '../../scripts/import/lib/csv-out';
import { ImportError } from '../../scripts/import/lib/problems';
import type { AuthorityRef, ImportOutput } from '../../scripts/import/lib/report';
import { ProblemList } from '../../scripts/import/row-checks';

/** An importer run on the councils `refs`, with a problem list of its own: its result and the problems it listed. */
export function withProblems<R extends object>(
  refs: readonly AuthorityRef[],
  read: (areas: AreaIndex, problems: ProblemList) => R,
): R & { problems: string[] } {
  const problems = new ProblemList();
  const r = read(new AreaIndex(refs), problems);
  return { ...r, problems: problems.list };
}

/** A CSV file's text with its header first and its other lines in reverse order. */
export function linesReversed(text: string): string {
  const [head, ...lines] = text.trimEnd().split('\n');
  return [head, ...lines.reverse()].join('\n') + '\n';
}

/** The output an importer writes to `file`; fails the test if there is none. */
export function outputOf(outputs: readonly ImportOutput[], file: string): ImportOutput {
  const o = outputs.find((x) => x.file === file);
  if (!o) throw new Error(`no output ${file}`);
  return o;
}

/** `text` with `from` replaced by `to`; fails the test if `from` is not in it. */
export function replaced(text: string, from: string, to: string): string {
  const out = text.replace(from, to);
  expect(out).not.toBe(text);
  return out;
}

/** An output as the CSV it writes. */
export const csvOf = (o: Pick<ImportOutput, 'columns' | 'rows'>): string => toCsv(o.columns, o.rows);

/** What changed from one run's output to another's, rows matched by the first's key. */
export const changeBetween = (before: ImportOutput, after: ImportOutput) =>
  summariseChange(csvOf(before), csvOf(after), before.key);

/** The rows by their value in `column`: each value to the first row that has it. */
export function firstRowBy(rows: readonly CsvRecord[], column: string): Map<string, CsvRecord> {
  const by = new Map<string, CsvRecord>();
  for (const r of rows) if (!by.has(String(r[column]))) by.set(String(r[column]), r);
  return by;
}

/** Each row of `byId` named in `want` has at least the values given for it there. */
export function expectRows(
  byId: ReadonlyMap<string | undefined, object>,
  want: Record<string, Record<string, unknown>>,
): void {
  for (const [id, values] of Object.entries(want)) expect(byId.get(id)).toMatchObject(values);
}

/** The message of what `run` throws; fails the test if it does not throw an ImportError. */
export function importFailure(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as Error).message;
  }
  throw new Error('expected the import to fail');
}
