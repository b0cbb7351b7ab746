/**
 * What a reader of a built page sees and hears, and the defects in it that no reader should meet:
 * an unrendered placeholder (an empty chart slot, a Markdown directive left as text), a program
 * value that leaked into words ("undefined", "NaN", "[object Object]", "Invalid Date"), and a
 * date after the day the site was built. The post-build check (scripts/check-built.ts) runs it
 * over every built page; the browser suite reads pages' text with the same functions.
 */
import { MONTH_NAMES } from '../../src/config/month-names';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Character references decoded: numeric ones and the few named ones HTML serialisers write. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The `<body>` of a page with scripts, styles, code samples and comments removed. */
export function readableBody(html: string): string {
  const start = html.search(/<body\b/i);
  return (start >= 0 ? html.slice(start) : html)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|code|pre)\b[\s\S]*?<\/\1>/gi, ' ');
}

/**
 * What a reader sees and hears: body text, SVG text, titles and descriptions, and the text of
 * `alt`, `title`, `aria-label` and `aria-description` attributes, with tags removed and
 * entities decoded. Code samples (`<code>`, `<pre>`, the embed snippet) are left out: they are
 * for developers.
 */
export function readerText(html: string): string {
  return bodyText(readableBody(html));
}

/** readerText of a body already through readableBody. */
function bodyText(body: string): string {
  const attrs = [...body.matchAll(/\s(?:alt|title|aria-label|aria-description)="([^"]*)"/g)].map(
    (m) => m[1] ?? '',
  );
  const text = body.replace(/<[^>]+>/g, ' ');
  return decodeEntities(`${text} ${attrs.join(' ')}`).replace(/\s+/g, ' ');
}

export interface ReaderDefect {
  /** What is wrong, in a few words (the same for every instance, so problems group). */
  kind: string;
  /** The text (or markup) as found, with a little context. */
  text: string;
}

const PROGRAM_VALUES: [RegExp, string][] = [
  [/\bundefined\b/g, '"undefined" (a missing program value) in the text'],
  [/\bNaN\b/g, '"NaN" (a number that did not compute) in the text'],
  [/\[object Object\]/g, '"[object Object]" (an object printed as text) in the text'],
  [/\bInvalid Date\b/g, '"Invalid Date" (a date that did not parse) in the text'],
];

/** Any element with a hyphen in its name: the site uses none, so one left in a page is a slot. */
const CUSTOM_ELEMENT = /<([a-zA-Z][a-zA-Z0-9]*-[a-zA-Z0-9-]*)/g;
/** A Markdown directive (`::chart{…}`, `:::note`, `:stat[…]{…}`, `:grade[good]`) left as text. */
const DIRECTIVE =
  /(?:^|[\s(])(:{1,3}[a-z][a-z0-9-]*(?:\[[^\]]*\]\{[^}]*\}|\[[^\]]*\]|\{[^}]*\})|:{2,3}[a-z][a-z0-9-]*\b)/g;

const MONTHS = MONTH_NAMES;
const MONTH_NAME = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})`;
/** `December 2026`, `Dec 2026`; a day before it (`7 December 2026`) is read by DAY_BEFORE. */
const WORD_DATE = new RegExp(`\\b${MONTH_NAME}\\.? ((?:19|20)\\d{2})\\b`, 'g');
const DAY_BEFORE = /(?:^|[^\d])(\d{1,2}) $/;
/** Words after a date that make a later date right: a period that has not been published yet. */
const NOT_YET = /^\)?,? (?:is |are )?not (?:yet )?published/;
/** `2026-12-07`. */
const ISO_DATE = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;

const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
const pad = (n: number) => String(n).padStart(2, '0');

function around(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 40);
  const to = Math.min(text.length, at + length + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Dates in `text` after `today` (ISO `YYYY-MM-DD`, the build day): a whole date after it, or a
 * month after its month. A year alone is not read as a date, and a date followed by "is not yet
 * published" (a statistical year that has not ended) is right to be later.
 */
export function futureDates(text: string, today: string): ReaderDefect[] {
  const out: ReaderDefect[] = [];
  const month = today.slice(0, 7);
  const kind = `a date after the build day (${today})`;
  for (const m of text.matchAll(WORD_DATE)) {
    const [all, name = '', year = ''] = m;
    const day = DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index))?.[1];
    const at = day ? m.index - day.length - 1 : m.index;
    const ym = `${year}-${pad(monthIndex(name))}`;
    const late = day ? `${ym}-${pad(Number(day))}` > today : ym > month;
    const end = m.index + all.length;
    if (late && !NOT_YET.test(text.slice(end, end + 40)))
      out.push({ kind, text: around(text, at, end - at) });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const end = m.index + m[0].length;
    if (m[0] > today && !NOT_YET.test(text.slice(end, end + 40)))
      out.push({ kind, text: around(text, m.index, m[0].length) });
  }
  return out;
}

/** The reader-visible defects of one built HTML page; `today` is the build day (`YYYY-MM-DD`). */
export function readerDefects(html: string, today: string): ReaderDefect[] {
  const out: ReaderDefect[] = [];
  const body = readableBody(html);
  for (const m of body.matchAll(CUSTOM_ELEMENT)) {
    const close = body.indexOf('>', m.index);
    const tag = body.slice(m.index, close < 0 ? undefined : close + 1);
    out.push({
      kind: `an unrendered placeholder <${(m[1] ?? '').toLowerCase()}>`,
      text: tag.length > 120 ? `${tag.slice(0, 117)}…` : tag,
    });
  }
  const text = bodyText(body);
  for (const [re, kind] of PROGRAM_VALUES)
    for (const m of text.matchAll(re)) out.push({ kind, text: around(text, m.index, m[0].length) });
  for (const m of text.matchAll(DIRECTIVE)) {
    const d = m[1] ?? '';
    out.push({
      kind: 'a Markdown directive left as text',
      text: around(text, m.index + m[0].length - d.length, d.length),
    });
  }
  out.push(...futureDates(text, today));
  return out;
}

/**
 * Problems for the post-build report, at most `cap` lines: each defect with its page, the same
 * defect on many pages once with how many more pages carry it, and a last line saying how many
 * were left out.
 */
export function defectProblems(byPage: readonly [page: string, ReaderDefect[]][], cap = 50): string[] {
  const groups = new Map<string, { page: string; pages: Set<string> }>();
  for (const [page, defects] of byPage)
    for (const d of defects) {
      const key = `${d.kind}: "${d.text}"`;
      const g = groups.get(key) ?? { page, pages: new Set<string>() };
      g.pages.add(page);
      groups.set(key, g);
    }
  const lines = [...groups].map(([key, g]) => {
    const more = g.pages.size - 1;
    return `${g.page}: ${key}${more ? ` (and on ${more} more page${more === 1 ? '' : 's'})` : ''}`;
  });
  if (lines.length <= cap) return lines;
  return [...lines.slice(0, cap), `… and ${lines.length - cap} more reader-visible defects not listed`];
}
