/**
 * Strict header checks: a table is read only if its header row is one of the layouts its
 * publisher is known to use (`../headers.ts`), names and order. A swapped, missing or extra column
 * would otherwise put values under the wrong name, so it is an error that names the file, the
 * expected header, the header found and how they differ.
 *
 * Header texts are compared after collapsing runs of whitespace and trimming (Ofsted's cells hold
 * line breaks and stray spaces); case and wording must match.
 */
import { normaliseHeader } from './sheet-tables';

/** One known layout of a header row. */
export interface HeaderLayout {
  /** What the layout is, for messages (e.g. "current councils"). */
  name: string;
  columns: readonly string[];
}

export type HeaderMatch =
  | { ok: true; layout: HeaderLayout }
  | {
      ok: false;
      /** The known layout closest to what was found. */
      expected: HeaderLayout;
      /** Plain-English differences, e.g. `columns 5 and 6 swapped ("b" and "a")`. */
      differences: string;
      /** 0-based index of the first column that differs. */
      firstColumn: number;
    };

const shown = (name: string) => (name === '' ? '(empty)' : `"${name}"`);

function counts(names: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const n of names) m.set(n, (m.get(n) ?? 0) + 1);
  return m;
}

/** Names in `a` more often than in `b`, in `a`'s order. */
function surplus(a: readonly string[], b: readonly string[]): string[] {
  const left = counts(b);
  const out: string[] = [];
  for (const n of a) {
    const k = left.get(n) ?? 0;
    if (k > 0) left.set(n, k - 1);
    else out.push(n);
  }
  return out;
}

/** How `found` differs from `expected` (both already normalised); '' when they are the same. */
function describe(
  expected: readonly string[],
  found: readonly string[],
  columnName: (i: number) => string,
): { text: string; first: number; size: number } {
  const width = Math.max(expected.length, found.length);
  const differing = Array.from({ length: width }, (_, i) => i).filter((i) => expected[i] !== found[i]);
  const first = differing[0] ?? -1;
  const missing = surplus(expected, found);
  const extra = surplus(found, expected);
  const parts: string[] = [];
  if (missing.length) parts.push(`missing ${missing.map(shown).join(', ')}`);
  if (extra.length) parts.push(`extra ${extra.map(shown).join(', ')}`);
  if (!parts.length && differing.length) {
    const [i, j] = differing;
    if (
      differing.length === 2 &&
      i !== undefined &&
      j !== undefined &&
      expected[i] === found[j] &&
      expected[j] === found[i]
    )
      parts.push(
        `columns ${columnName(i)} and ${columnName(j)} swapped (${shown(found[i] ?? '')} and ${shown(found[j] ?? '')})`,
      );
    else
      parts.push(
        `columns in another order from column ${columnName(first)} (${shown(found[first] ?? '')} where ${shown(expected[first] ?? '')} was expected)`,
      );
  }
  return { text: parts.join('; '), first, size: missing.length + extra.length + differing.length };
}

/**
 * Check a header row against the known layouts. `columnName` turns a 0-based index into what a
 * person looks for: a number for CSV, a letter for spreadsheets.
 */
export function matchHeader(
  found: readonly string[],
  layouts: readonly HeaderLayout[],
  columnName: (i: number) => string = (i) => String(i + 1),
): HeaderMatch {
  const f = found.map(normaliseHeader);
  let best: { layout: HeaderLayout; text: string; first: number; size: number } | null = null;
  for (const layout of layouts) {
    const d = describe(layout.columns.map(normaliseHeader), f, columnName);
    if (d.first < 0) return { ok: true, layout };
    if (!best || d.size < best.size) best = { layout, ...d };
  }
  if (!best) throw new Error('matchHeader: no known layout given');
  return { ok: false, expected: best.layout, differences: best.text, firstColumn: best.first };
}

/** The expected header of a mismatch, quoted, naming the layout when there are several. */
export function expectedHeader(
  m: Extract<HeaderMatch, { ok: false }>,
  layouts: number,
  separator: string,
): string {
  const which = layouts > 1 ? `(closest of ${layouts} known layouts: ${m.expected.name}) ` : '';
  return `${which}"${m.expected.columns.map(normaliseHeader).join(separator)}"`;
}
