/**
 * Turning Plot output into the SVG a figure ships: Plot renders with the linkedom document;
 * here its <style> element, classes and style attributes are removed (charts.css styles the
 * chart by class, and pages forbid inline styles), ids are made deterministic and unique per
 * figure, and the root gets role="img" named (aria-label) by the finding.
 */
import * as Plot from '@observablehq/plot';
import { serverDocument, SVG_NS } from './server-dom';
import { CHART_FONT_FAMILY, fontMetrics, lineBoxHeight, wrapText } from './text';

/**
 * The two layouts of every chart, in CSS px at a 16 px root font size. charts.css shows the wide
 * one only where its box is at least WIDE px wide (a container query in rem, so a reader who
 * doubles the text size gets the narrow one, drawn twice as big), never scaled below 1:1; the
 * narrow one is laid out for the 300 px column of a 320 px screen (WCAG 1.4.10 Reflow).
 */
export const WIDE = 640;
export const NARROW = 300;
/** Font sizes at 1:1 scale. */
const FONT_WIDE = 13;
const FONT_NARROW = 13;

export type Variant = 'wide' | 'narrow';
export const VARIANTS: readonly Variant[] = ['wide', 'narrow'];

/**
 * The smallest text each layout may draw, in its own units. The narrow layout can be shown a
 * little under 1:1 (a 280 px column), so its text stays at least 13 px to draw at 12 px or more.
 */
export const MIN_FONT: Record<Variant, number> = { wide: 12, narrow: 13 };

export function widthOf(v: Variant): number {
  return v === 'wide' ? WIDE : NARROW;
}

export function fontOf(v: Variant): number {
  return v === 'wide' ? FONT_WIDE : FONT_NARROW;
}

/** Plot.plot with the server document; returns the root SVG element. */
export function plot(options: Plot.PlotOptions): Element {
  const el = Plot.plot({ ...options, document: serverDocument() }) as unknown as Element;
  if (el.tagName.toLowerCase() !== 'svg')
    throw new Error('chart rendered a legend or caption wrapper, not a bare SVG');
  return el;
}

/** A new SVG element from the server document. */
export function svgElement(name: string, attrs: Record<string, string | number> = {}): Element {
  const el = serverDocument().createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * Dots of one radius as one path of round-capped strokes of no length, for strips of 100-odd
 * dots: about a third of the bytes of as many <circle>s, which kept council pages within their
 * 30 KB. A Plot mark (a render function), so it draws in its place among the chart's marks.
 */
export function dotPath(
  points: readonly { x: number; y: number }[],
  r: number,
  colour: string,
): Plot.Markish {
  return () =>
    points.length
      ? (svgElement('path', {
          d: points.map((p) => `M${p.x},${p.y}h0`).join(''),
          fill: 'none',
          stroke: colour,
          'stroke-width': 2 * r,
          'stroke-linecap': 'round',
        }) as unknown as SVGElement)
      : null;
}

/**
 * Squares or triangles (the region's and England's markers) as one path, each drawn where it is
 * rather than as a translated copy of one symbol: a fraction of the bytes of a <path> per point.
 * Sizes as Plot draws its symbols at r = 3.5.
 */
export function markerPath(
  points: readonly { x: number; y: number }[],
  shape: 'square' | 'triangle',
  colour: string,
): Plot.Markish {
  const one =
    shape === 'square'
      ? (p: { x: number; y: number }) => `M${p.x - 3.1},${p.y - 3.1}h6.2v6.2h-6.2Z`
      : (p: { x: number; y: number }) => `M${p.x},${p.y - 6}l5.5,9h-11Z`;
  return () =>
    points.length
      ? (svgElement('path', { d: points.map(one).join(''), fill: colour }) as unknown as SVGElement)
      : null;
}

export interface FinishOptions {
  /** Figure id; element ids become `<id>-<variant>-<n>`. */
  id: string;
  variant: Variant;
  /** The chart's title (the figure's name; not repeated inside the SVG). */
  title: string;
  /** The finding: the SVG's accessible name. */
  desc: string;
}

function walk(el: Element, fn: (el: Element) => void): void {
  fn(el);
  for (const child of Array.from(el.children)) walk(child, fn);
}

/**
 * Geometry is written to the half pixel (positions) and the tenth of a pixel (sizes): finer
 * digits are invisible on screen yet were most of a chart's bytes (a dot strip of 150 councils
 * drew "584.0767857142857"). A positive size never rounds to nothing, so no bar disappears.
 */
const POSITIONS = new Set(['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'd', 'points']);
const SIZES = new Set(['width', 'height']);
const NUMBER = /-?(?:\d+\.\d*|\.\d+|\d+)(?:e[-+]?\d+)?/gi;

function roundTo(step: number, keepPositive: boolean): (n: string) => string {
  return (n) => {
    if (!/[.e]/i.test(n)) return n;
    const v = Number(n);
    const r = Math.round(v / step) * step;
    const out = keepPositive && v > 0 && r === 0 ? step : r;
    // Steps of 0.5 and 0.1 print exactly at one decimal; Object.is keeps "-0" from printing.
    return String(Object.is(out, -0) ? 0 : Number(out.toFixed(1)));
  };
}

/** An attribute's value with its geometry rounded, or undefined when it is not geometry. */
export function roundGeometry(name: string, value: string, tag = ''): string | undefined {
  // An <svg>'s size stays as its viewBox gives it, so the two never disagree.
  if (tag === 'svg' && SIZES.has(name)) return undefined;
  // A length with a unit ("0.32em", "100%") is left as written; path data has only numbers.
  if (name !== 'd' && name !== 'transform' && /[a-df-z%]/i.test(value)) return undefined;
  if (POSITIONS.has(name)) return value.replace(NUMBER, roundTo(0.5, false));
  if (SIZES.has(name)) return value.replace(NUMBER, roundTo(0.1, true));
  if (name === 'transform')
    return value.replace(
      /translate\(([^)]*)\)/g,
      (_, args: string) => `translate(${args.replace(NUMBER, roundTo(0.5, false))})`,
    );
  return undefined;
}

/** Clean a rendered SVG and serialise it. */
export function finishSvg(root: Element, o: FinishOptions): string {
  const prefix = `${o.id}-${o.variant}`;
  const idMap = new Map<string, string>();
  const styles: Element[] = [];
  walk(root, (el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'style') {
      styles.push(el);
      return;
    }
    el.removeAttribute('style');
    const cls = el.getAttribute('class');
    if (cls !== null) {
      const kept = cls.split(/\s+/).filter((c) => c && !c.startsWith('plot-'));
      if (kept.length) el.setAttribute('class', kept.join(' '));
      else el.removeAttribute('class');
    }
    // The root <svg role="img"> names the chart; Plot's aria-labels on groups ("dot", "rect")
    // are prohibited on elements without a role, and meaningless to a reader.
    if (el !== root) el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    // Plot's font-variant="tabular-nums" is not a valid value of SVG's font-variant attribute;
    // charts.css sets font-variant-numeric on the whole chart instead.
    el.removeAttribute('font-variant');
    for (const name of el.getAttributeNames()) {
      const rounded = roundGeometry(name, el.getAttribute(name) ?? '', tag);
      if (rounded !== undefined) el.setAttribute(name, rounded);
    }
    if (tag === 'svg') {
      el.setAttribute('font-size', String(fontOf(o.variant)));
      el.removeAttribute('font-family');
    }
    const id = el.getAttribute('id');
    if (id !== null) {
      const next = `${prefix}-${idMap.size + 1}`;
      idMap.set(id, next);
      el.setAttribute('id', next);
    }
  });
  for (const s of styles) s.parentNode?.removeChild(s);

  // The figure around the SVG is named by the chart's title; the SVG's own name is the finding
  // (its text alternative), given once in aria-label: no <title> (it would repeat the figure's
  // name and show as a tooltip) and no <desc> (browsers would announce it again as a description).
  root.setAttribute('class', `chart-svg chart-svg-${o.variant}`);
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', o.desc);
  // The measured font (text.ts), also for an SVG seen outside the page's CSS.
  root.setAttribute('font-family', `${CHART_FONT_FAMILY}, sans-serif`);

  let out = root.outerHTML;
  for (const [from, to] of idMap) {
    out = out.split(`url(#${from})`).join(`url(#${to})`).split(`href="#${from}"`).join(`href="#${to}"`);
  }
  return out;
}

/** A small empty-state SVG with a message (wrapped to fit), for charts with nothing to plot. */
export function emptySvg(variant: Variant, message: string): Element {
  const w = widthOf(variant);
  const size = fontOf(variant);
  const lines = wrapText(message, w - 16, size);
  const step = 1.2 * size;
  const h = Math.ceil(24 + (lines.length - 1) * step + lineBoxHeight(size));
  const root = svgElement('svg', { width: w, height: h, viewBox: `0 0 ${w} ${h}`, fill: 'currentColor' });
  lines.forEach((line, i) => {
    const text = svgElement('text', { x: 8, y: Math.round(12 + fontMetrics().ascent * size + i * step) });
    text.textContent = line;
    root.appendChild(text);
  });
  return root;
}

/** A Plot whose x and y are pixels (identity scales, no axes): for grids and custom layouts. */
export function pixelPlot(width: number, height: number, marks: Plot.Markish[]): Element {
  return plot({
    width,
    height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks,
  });
}

/**
 * Years to label on a time axis: every 1, 2, 5 or 10 years, the smallest step whose labels
 * (`labelWidth` px each) stay `gap` px apart at `pxPerYear`.
 */
export function yearTicks(
  first: number,
  last: number,
  pxPerYear: number,
  labelWidth: number,
  gap = 8,
): number[] {
  const step = [1, 2, 5, 10, 20].find((s) => s * pxPerYear >= labelWidth + gap) ?? 50;
  const out: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) out.push(y);
  return out;
}
