/**
 * Chart text placed from measured boxes. A `Label` is one or more lines of text at a point, with
 * an anchor; its box comes from the font's own metrics (text.ts), so charts can check that a label
 * fits before drawing it. `placeLabels` tries each item's candidate positions in turn and keeps
 * the first whose box stays inside the bounds and clear of every obstacle and every label placed
 * before it; an item with no free candidate gets none, and the chart says where that text went
 * instead (a key, a note or the table). Labels are drawn as plain SVG <text> with one <tspan>
 * per line and explicit baselines.
 */
import { svgElement } from './svg';
import { fontMetrics, lineBoxHeight, linesWidth, type Weight } from './text';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export type Anchor = 'start' | 'middle' | 'end';
/** Which part of the label's box sits at `y`. */
export type VAlign = 'top' | 'middle' | 'bottom';

export interface Label {
  lines: string[];
  x: number;
  y: number;
  anchor: Anchor;
  valign: VAlign;
  size: number;
  weight?: Weight;
  /**
   * For placement: candidates of a lower tier are all tried (clear of soft obstacles first, then
   * not) before any of a higher one; e.g. every place for the full text before a shorter text.
   */
  tier?: number;
  /** SVG presentation attributes (fill, stroke for a halo, class...). */
  attrs?: Record<string, string | number>;
}

/**
 * Space kept between text and the SVG's edges: browsers draw some glyphs (T, Y, W...) up to a
 * pixel outside their advance box.
 */
export const EDGE = 2;

/** `attrs` of secondary text (keys, units, headings of axes): the muted text colour. */
export const MUTED_TEXT: Readonly<Record<string, string>> = { fill: 'var(--chart-muted-text)' };

/** Distance between the baselines of two lines, in em: a little more than a line's box. */
const LINE_STEP = 1.2;

export function labelHeight(lines: number, size: number, weight: Weight = 'normal'): number {
  return lines <= 0 ? 0 : (lines - 1) * LINE_STEP * size + lineBoxHeight(size, weight);
}

export function labelBox(l: Label): Box {
  const w = linesWidth(l.lines, l.size, l.weight);
  const h = labelHeight(l.lines.length, l.size, l.weight);
  const left = l.anchor === 'start' ? l.x : l.anchor === 'middle' ? l.x - w / 2 : l.x - w;
  const top = l.valign === 'top' ? l.y : l.valign === 'middle' ? l.y - h / 2 : l.y - h;
  return { left, right: left + w, top, bottom: top + h };
}

export function intersects(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

function inside(a: Box, bounds: Box): boolean {
  return a.left >= bounds.left && a.right <= bounds.right && a.top >= bounds.top && a.bottom <= bounds.bottom;
}

/** The box of a point marker of radius `r`. */
export function pointBox(x: number, y: number, r: number): Box {
  return { left: x - r, right: x + r, top: y - r, bottom: y + r };
}

/**
 * Placement: items in priority order, each with candidates in order of preference. Greedy first:
 * the first candidate inside the bounds, clear of every obstacle and placed label, and clear of
 * the `soft` obstacles too (lines a label should rather not cross) if any candidate of the same
 * tier can be; then,
 * for each item left without a place, one repair step: a candidate blocked by exactly one placed
 * label is taken if that label can move to another of its own candidates. Returns, per item, the
 * chosen candidate's index and label, or null.
 */
export function placeLabels(
  items: Label[][],
  obstacles: Box[],
  bounds: Box,
  gap = 2,
  soft: Box[] = [],
): ({ label: Label; index: number } | null)[] {
  const boxes = items.map((cs) => cs.map(labelBox));
  const usable = boxes.map((bs) =>
    bs.map((b) => inside(b, bounds) && !obstacles.some((o) => intersects(b, o, gap))),
  );
  const clear = boxes.map((bs) => bs.map((b) => !soft.some((o) => intersects(b, o, 0))));
  const chosen: (number | null)[] = items.map(() => null);
  const box = (i: number, c: number) => boxes[i]?.[c] as Box;
  const clashes = (i: number, c: number, except: number[] = []) =>
    chosen.flatMap((k, j) =>
      k !== null && j !== i && !except.includes(j) && intersects(box(i, c), box(j, k), gap) ? [j] : [],
    );
  items.forEach((cs, i) => {
    const tiers = [...new Set(cs.map((l) => l.tier ?? 0))].sort((a, b) => a - b);
    for (const tier of tiers)
      for (const strict of [true, false])
        for (let c = 0; c < cs.length; c++)
          if (
            (cs[c]?.tier ?? 0) === tier &&
            usable[i]?.[c] &&
            (!strict || clear[i]?.[c]) &&
            clashes(i, c).length === 0
          ) {
            chosen[i] = c;
            return;
          }
  });
  items.forEach((cs, i) => {
    if (chosen[i] !== null) return;
    for (let c = 0; c < cs.length; c++) {
      if (!usable[i]?.[c]) continue;
      const blocking = clashes(i, c);
      if (blocking.length !== 1) continue;
      const j = blocking[0] as number;
      const was = chosen[j] as number;
      chosen[i] = c;
      chosen[j] = null;
      const alt = (items[j] ?? []).findIndex(
        (_, k) => k !== was && usable[j]?.[k] && clashes(j, k).length === 0,
      );
      if (alt >= 0 && (items[j]?.[alt]?.lines.length ?? 0) > 0) {
        chosen[j] = alt;
        return;
      }
      chosen[j] = was;
      chosen[i] = null;
    }
  });
  return chosen.map((c, i) => (c === null ? null : { label: items[i]?.[c] as Label, index: c }));
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** One <text> for a label: a <tspan> per line with its own x and baseline. */
export function labelElement(l: Label): Element {
  const box = labelBox(l);
  const ascent = fontMetrics(l.weight ?? 'normal').ascent * l.size;
  const text = svgElement('text', { 'text-anchor': l.anchor, 'font-size': l.size });
  if (l.weight === 'bold') text.setAttribute('font-weight', 'bold');
  for (const [k, v] of Object.entries(l.attrs ?? {})) text.setAttribute(k, String(v));
  l.lines.forEach((line, i) => {
    const t = svgElement('tspan', { x: round(l.x), y: round(box.top + ascent + i * LINE_STEP * l.size) });
    t.textContent = line;
    text.appendChild(t);
  });
  return text;
}

/** A <g> of labels, to append to a chart's root SVG. */
export function labelGroup(labels: Label[], attrs: Record<string, string | number> = {}): Element {
  const g = svgElement('g', attrs);
  for (const l of labels) g.appendChild(labelElement(l));
  return g;
}

/** Move boxes of heights `h` apart so none overlaps, as close to their wanted centres `y` as can be, within [min, max]. */
export function spreadVertically(y: number[], h: number[], min: number, max: number, gap = 2): number[] {
  const order = y.map((_, i) => i).sort((a, b) => (y[a] ?? 0) - (y[b] ?? 0) || a - b);
  const tops = order.map((i) => (y[i] ?? 0) - (h[i] ?? 0) / 2);
  const hs = order.map((i) => h[i] ?? 0);
  // Push down, then pull up from the bottom edge, then down again from the top edge.
  for (let k = 0; k < tops.length; k++) {
    const prev = k ? (tops[k - 1] ?? 0) + (hs[k - 1] ?? 0) + gap : min;
    tops[k] = Math.max(tops[k] ?? 0, prev);
  }
  for (let k = tops.length - 1; k >= 0; k--) {
    const next = k < tops.length - 1 ? (tops[k + 1] ?? 0) - gap : max;
    tops[k] = Math.min(tops[k] ?? 0, next - (hs[k] ?? 0));
  }
  for (let k = 0; k < tops.length; k++) {
    const prev = k ? (tops[k - 1] ?? 0) + (hs[k - 1] ?? 0) + gap : min;
    tops[k] = Math.max(tops[k] ?? 0, prev);
  }
  const out = y.slice();
  order.forEach((i, k) => (out[i] = (tops[k] ?? 0) + (hs[k] ?? 0) / 2));
  return out;
}
