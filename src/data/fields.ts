/**
 * Cell parsers for the dataset's CSV files. Each returns the parsed value, or says what it
 * expected, so a problem can be reported as "got X, expected Y".
 */
import { yearProblem } from '../config/build-day';
import type { Measured } from './types';
import { SUPPRESSION_SYMBOLS } from './vocabulary';

type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

export type FieldParser<T> = (raw: string) => Parsed<T>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(expected: string): Parsed<T> => ({ ok: false, expected });

/** A cell that may be empty: empty becomes null, anything else goes through `p`. */
export function optional<T>(p: FieldParser<T>): FieldParser<T | null> {
  return (raw) => (raw.trim() === '' ? ok(null) : p(raw));
}

export const text: FieldParser<string> = (raw) =>
  raw.trim() === '' ? bad('a non-empty value') : ok(raw.trim());

export function oneOf<const V extends string>(values: readonly V[]): FieldParser<V> {
  return (raw) =>
    (values as readonly string[]).includes(raw) ? ok(raw as V) : bad(`one of: ${values.join(', ')}`);
}

/** A slug: lowercase letters and digits in runs joined by single hyphens (unanchored). */
export const SLUG_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';
const SLUG = new RegExp(`^${SLUG_PATTERN}$`);

export const slug: FieldParser<string> = (raw) =>
  SLUG.test(raw) ? ok(raw) : bad('a slug of lowercase letters, digits and hyphens');

export const slugList: FieldParser<string[]> = (raw) => {
  if (raw.trim() === '') return ok([]);
  const parts = raw.split(' ');
  return parts.every((p) => slug(p).ok) ? ok(parts) : bad('slugs separated by single spaces');
};

/** How the files write a boolean. */
export const BOOLEAN_WORDS = { true: 'yes', false: 'no' } as const;

export const yesNo: FieldParser<boolean> = (raw) =>
  raw === BOOLEAN_WORDS.true
    ? ok(true)
    : raw === BOOLEAN_WORDS.false
      ? ok(false)
      : bad(`${BOOLEAN_WORDS.true} or ${BOOLEAN_WORDS.false}`);

/** A value matching `re`, e.g. an ONS code. */
export function matching(re: RegExp, expected: string): FieldParser<string> {
  return (raw) => (re.test(raw) ? ok(raw) : bad(expected));
}

/** A real calendar date written yyyy-mm-dd, from 2000 to 2100 (`DATE_YEARS`). */
export const isoDate: FieldParser<string> = (raw) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) return bad('a date written yyyy-mm-dd');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  if (!real) return bad('a real calendar date (yyyy-mm-dd)');
  const years = yearProblem(raw);
  return years ? bad(years) : ok(raw);
};

export function integer(min: number, max: number): FieldParser<number> {
  return (raw) => {
    if (!/^-?\d+$/.test(raw)) return bad(`a whole number from ${min} to ${max}`);
    const n = Number(raw);
    return n >= min && n <= max ? ok(n) : bad(`a whole number from ${min} to ${max}`);
  };
}

export function decimal(min: number, max: number): FieldParser<number> {
  return (raw) => {
    if (!/^-?\d+(?:\.\d+)?$/.test(raw)) return bad(`a number from ${min} to ${max}`);
    const n = Number(raw);
    return n >= min && n <= max ? ok(n) : bad(`a number from ${min} to ${max}`);
  };
}

/**
 * A published figure: a number within range (a whole number when `whole`), or a suppression
 * symbol kept as it is. `symbols` are the file's own (default: the DfE's Explore Education
 * Statistics symbols).
 */
export function measured(
  min: number,
  max: number,
  whole = false,
  symbols: readonly string[] = SUPPRESSION_SYMBOLS,
): FieldParser<Measured> {
  const num = whole ? integer(min, max) : decimal(min, max);
  const kind = whole ? 'a whole number' : 'a number';
  return (raw) => {
    if (symbols.includes(raw)) return ok({ symbol: raw });
    const n = num(raw);
    return n.ok
      ? ok({ value: n.value })
      : bad(`${kind} from ${min} to ${max} or a suppression symbol (${symbols.join(', ')})`);
  };
}

/** A financial year written `2022-23`. */
export const financialYear: FieldParser<string> = (raw) => {
  const m = /^(\d{4})-(\d{2})$/.exec(raw);
  return m && (Number(m[1]) + 1) % 100 === Number(m[2])
    ? ok(raw)
    : bad('a financial year written yyyy-yy, such as 2022-23');
};

export const httpsUrl: FieldParser<string> = (raw) => {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' && u.hostname.includes('.')
      ? ok(raw)
      : bad('a web address starting https://');
  } catch {
    return bad('a web address starting https://');
  }
};
