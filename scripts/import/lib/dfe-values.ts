/** Values as the DfE's Explore Education Statistics files publish them. */
import { basename } from 'node:path';
import { SUPPRESSION_SYMBOLS } from '../../../src/data/vocabulary';
import type { FieldParser } from '../../../src/data/fields';
import { at, type CsvLine } from './csv-text';
import type { CsvProblems } from './problems';

/** Publisher symbols (EES): c confidential, k rounds to 0 (was `low`), low, u low reliability, x unavailable, z not applicable. */
export const SYMBOLS = [...SUPPRESSION_SYMBOLS].sort();
export const SYMBOL_TEXT = `a suppression symbol (${SYMBOLS.join(', ')})`;

/** `file line N`, for skip reasons. */
export const where = (path: string, line: number, extra = '') => `${basename(path)} line ${line}${extra}`;

/**
 * A published figure kept as text: a number as published, or a symbol verbatim. It is checked
 * here, when read, by the dataset's own parser for the column it goes to (`schema`, from
 * `src/data/schema.ts`), so "n/a", "1 234" or an empty cell is reported at the publisher's file,
 * line and column; null then.
 */
export function published(
  path: string,
  r: CsvLine,
  col: number,
  name: string,
  problems: CsvProblems,
  schema: FieldParser<unknown>,
): string | null {
  const raw = at(r, col).trim();
  if (raw === '') {
    problems.add(path, r.line, col + 1, `${name} is empty`, raw, `a number or ${SYMBOL_TEXT}`);
    return null;
  }
  const p = schema(raw);
  if (p.ok) return raw;
  problems.add(path, r.line, col + 1, `${name} is not a published figure`, raw, p.expected);
  return null;
}

/** The DfE's `time_period` cell as a reporting year (`2025`), or null after reporting the problem. */
export function reportingYear(
  r: CsvLine,
  column: number,
  path: string,
  problems: CsvProblems,
): string | null {
  const text = at(r, column);
  if (/^\d{4}$/.test(text)) return text;
  problems.add(path, r.line, column + 1, 'time_period is not a reporting year', text, 'a year such as 2025');
  return null;
}
