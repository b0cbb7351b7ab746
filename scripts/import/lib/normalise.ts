/**
 * Normalising the publishers' values: grades to the stored kebab-case, dates to ISO, council
 * names to URL slugs. Each parser returns either a value or what was expected, so that the
 * importer can collect every problem with its file, sheet, row and column and report them at once.
 */
import { GRADE_LABEL, badgeLabel, type Grade } from '../../../src/data/vocabulary';
import { foldName } from '../../../src/data/fold-name';

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

const GRADES: Record<string, Grade> = {
  outstanding: 'outstanding',
  good: 'good',
  'requires improvement to be good': 'requires-improvement',
  'requires improvement': 'requires-improvement',
  // Pre-2013 scale: Ofsted's own data already shows Adequate as "Requires improvement to be good".
  adequate: 'requires-improvement',
  inadequate: 'inadequate',
  'not judged': 'not-judged',
};

/**
 * Texts that mean "no grade here": empty, Ofsted's `-` (not applicable, e.g. Isles of Scilly
 * had no adoptions), and the community scrape's `nan` and `inspection_pre_dates_judgement`.
 */
const NO_GRADE = new Set(['', '-', 'nan', 'inspection_pre_dates_judgement']);

/** The publishers' wordings, in the vocabulary's labels (Ofsted adds "to be good"). */
const PUBLISHED_GRADES = [
  GRADE_LABEL.outstanding,
  GRADE_LABEL.good,
  `${GRADE_LABEL['requires-improvement']} to be good`,
  badgeLabel('adequate'),
  GRADE_LABEL.inadequate,
  GRADE_LABEL['not-judged'],
];

const GRADE_EXPECTED = `expected a grade (${PUBLISHED_GRADES.join(', ')}) or an empty cell`;

/** A grade text to the stored kebab-case grade; null for an empty or "-" cell. */
export function parseGrade(text: string): Parsed<Grade | null> {
  const k = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (NO_GRADE.has(k)) return { ok: true, value: null };
  const g = GRADES[k];
  return g ? { ok: true, value: g } : { ok: false, expected: GRADE_EXPECTED };
}

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface DateOptions {
  /** Accept two-digit years (`dd/mm/yy`, read as 20yy), as in the community scrape's publication dates. */
  twoDigitYear?: boolean;
  /** An ODS `office:date-value` (`yyyy-mm-ddT...`), preferred over the text when present. */
  dateValue?: string | null;
}

/** `dd/mm/yyyy` (or an ODS date value, or ISO `yyyy-mm-dd`) to ISO; null for an empty cell. */
export function parseDate(text: string, opts: DateOptions = {}): Parsed<string | null> {
  const expected = opts.twoDigitYear
    ? 'expected a date dd/mm/yy or dd/mm/yyyy'
    : 'expected a date dd/mm/yyyy';
  if (opts.dateValue) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(opts.dateValue);
    const v = m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    return v ? { ok: true, value: v } : { ok: false, expected };
  }
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'nan' || t.toLowerCase() === 'none') return { ok: true, value: null };
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const v = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    return v ? { ok: true, value: v } : { ok: false, expected };
  }
  if (opts.twoDigitYear) {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(t);
    if (m) {
      const v = iso(2000 + Number(m[3]), Number(m[2]), Number(m[1]));
      return v ? { ok: true, value: v } : { ok: false, expected };
    }
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return v ? { ok: true, value: v } : { ok: false, expected };
  }
  return { ok: false, expected };
}

/**
 * A council name to its URL slug: lower case, `&` -> `and`, apostrophes and commas dropped, any
 * other run of non-alphanumerics -> `-`. "Bath and North East Somerset" -> `bath-and-north-east-somerset`,
 * "Bournemouth, Christchurch & Poole" -> `bournemouth-christchurch-and-poole`.
 */
export function slugify(name: string): string {
  return foldName(name)
    .replace(/['’,]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
