/**
 * Counts of councils the site computes, typed by hand in a story's sentence: "19 had a lower
 * grade", "Of the 114 current councils", "six councils fell by two grades", "12 councils were
 * rated inadequate". Each must be a `:stat` (src/markdown/stats.ts), so the story and the charts
 * never disagree; remark-stat reports each one found with its line. A `:stat` is already HTML
 * when this runs, so its figure never matches; text in quotation marks (a report's words) is
 * left alone.
 */
import { GRADE_ORDER, gradeLabel } from '../data/vocabulary';

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
/** A count in digits (not a year) or in words. */
const N = `(?:(?!(?:19|20)\\d\\d\\b)\\d[\\d,]*|${NUMBER_WORDS.join('|')})`;
const COUNCILS = `(?:current |other |more |English )?(?:councils?|local authorities|authorities)`;
const GRADES = `(?:${GRADE_ORDER.map((g) => gradeLabel(g).toLowerCase()).join('|')})`;

export interface TypedCount {
  /** Where the typed figure starts in the text. */
  index: number;
  /** The words found, e.g. "19 had a lower grade". */
  words: string;
  /** The measure to write instead. */
  measure: 'councils-transition' | 'councils-at-grade';
}

const PATTERNS: { re: RegExp; measure: TypedCount['measure'] }[] = [
  // Of the 114 current councils (compared)
  { re: new RegExp(`\\bof the ${N} ${COUNCILS}\\b`, 'gi'), measure: 'councils-transition' },
  // 19 had a lower grade / 45 councils had a higher grade / 50 kept the same one
  {
    re: new RegExp(
      `\\b${N} (?:${COUNCILS} )?(?:had (?:a |the )?(?:lower|higher|same) (?:grade|one|rating)|kept (?:the same|their)|stayed the same)`,
      'gi',
    ),
    measure: 'councils-transition',
  },
  // six councils fell by two grades / eight rose by two / 22 councils fell / 64 rose a grade
  {
    re: new RegExp(
      `\\b${N} (?:${COUNCILS} )?(?:fell|rose|dropped|improved|declined|moved|went (?:up|down))(?: by (?:${N}|a) grades?| by ${N}\\b| a grade| (?:one|two|three) grades)?(?=[\\s,.;:)]|$)`,
      'gi',
    ),
    measure: 'councils-transition',
  },
  // 12 councils were rated inadequate / 19 councils in England rated inadequate
  {
    re: new RegExp(`\\b${N} ${COUNCILS} (?:in England )?(?:(?:were|was|are|is) )?rated ${GRADES}`, 'gi'),
    measure: 'councils-at-grade',
  },
];

/** Whether `index` is inside a quotation ("..." or “...”) in `text`. */
function quoted(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length;
  const close = (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

/** Every count of councils typed by hand in a piece of a sentence, in order. */
export function typedCounts(text: string): TypedCount[] {
  const found: TypedCount[] = [];
  for (const { re, measure } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (quoted(text, m.index)) continue;
      if (found.some((f) => f.index === m.index)) continue;
      found.push({ index: m.index, words: m[0], measure });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
