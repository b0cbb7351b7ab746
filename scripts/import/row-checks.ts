/**
 * Shared by the adoption, workforce and 2025 neighbours importers: one list of problems for the
 * whole run (each `file:line:column: message (got "...", expected ...)`, thrown once), the check
 * that every input row was written or skipped, and the parsing of published values.
 */
import { basename } from 'node:path';
import { ImportError } from './lib/problems';
import type { ImportOutput } from './lib/report';

export class ProblemList {
  readonly list: string[] = [];

  /** A problem at `file:line:column` (1-based line and column of the publisher's file). */
  add(file: string, line: number, column: number, message: string, got?: string, expected?: string): void {
    const detail = [
      got !== undefined ? `got "${got}"` : '',
      expected !== undefined ? `expected ${expected}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    this.list.push(`${basename(file)}:${line}:${column}: ${message}${detail ? ` (${detail})` : ''}`);
  }

  throwIfAny(what: string): void {
    if (this.list.length)
      throw new ImportError(
        `${what} failed with ${this.list.length} problem(s):\n${this.list.map((p) => `  ${p}`).join('\n')}`,
        this.list,
      );
  }
}

/** Every input row is written or skipped: read = written + skipped, exactly. */
export function assertAccounted(out: ImportOutput): void {
  if (out.read !== out.rows.length + out.skipped.length)
    throw new Error(
      `${out.file}: read ${out.read} but wrote ${out.rows.length} and skipped ${out.skipped.length}; every row must be written or skipped with a reason`,
    );
}

/** Plain code-unit comparison: the same on every machine and locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const LEVEL_ORDER = { national: 0, regional: 1, authority: 2 } as const;
export type Level = keyof typeof LEVEL_ORDER;

/**
 * A published figure: a number (written in its shortest exact form, so `651.55999999999995`
 * becomes `651.56`, the same double) or one of the file's own symbols, kept as published.
 * Returns null when the cell is neither; the caller reports it.
 */
export function publishedValue(
  raw: string,
  opts: { symbols: readonly string[]; integer?: boolean; max: number },
): string | null {
  const t = raw.trim();
  if (opts.symbols.includes(t)) return t;
  if (!(opts.integer ? /^\d+$/ : /^\d+(?:\.\d+)?(?:[eE]-?\d+)?$/).test(t)) return null;
  const n = Number(t);
  if (!Number.isFinite(n) || n < 0 || n > opts.max) return null;
  return String(n);
}

/** What `publishedValue` accepts, for messages. */
export function expectedValue(opts: { symbols: readonly string[]; integer?: boolean; max: number }): string {
  return `${opts.integer ? 'a whole number' : 'a number'} from 0 to ${opts.max}, or a symbol (${opts.symbols.join(', ')})`;
}

/**
 * The column lookup of a publisher's CSV header that holds every `needed` column (in any order),
 * or null after reporting, at line 1, the ones missing and the header found.
 */
export function requireColumns(
  path: string,
  header: readonly string[],
  needed: readonly string[],
  problems: ProblemList,
): ((name: string) => number) | null {
  const missing = needed.filter((h) => !header.includes(h));
  if (missing.length) {
    problems.add(
      path,
      1,
      1,
      `missing column(s) ${missing.join(', ')}`,
      header.join(','),
      `a header with ${needed.join(', ')}`,
    );
    return null;
  }
  return (name: string) => header.indexOf(name);
}
