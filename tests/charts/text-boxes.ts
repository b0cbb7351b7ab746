/**
 * The box of every text in a chart SVG, computed without a browser from the same font metrics
 * the charts are laid out with (src/charts/text.ts). Reads what Plot and the charts emit:
 * translate() transforms, x/y/dx/dy in user units or em, text-anchor, font-size and font-weight
 * (inherited), and multi-line texts as <tspan> lines. Anything else it cannot place (another
 * transform, a list of x values) throws, so a test never passes by not understanding the SVG.
 */
import { DOMParser } from 'linkedom';
import { lineBoxHeight, textWidth, fontMetrics, type Weight } from '../../src/charts/text';

export interface TextBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  size: number;
}

interface State {
  x: number;
  y: number;
  size: number;
  weight: Weight;
  anchor: 'start' | 'middle' | 'end';
}

function length(v: string | null, size: number): number {
  if (v === null || v === '') return 0;
  const m = /^(-?[\d.]+(?:e-?\d+)?)(em|px)?$/.exec(v.trim());
  if (!m) throw new Error(`cannot read the length ${JSON.stringify(v)}`);
  return Number(m[1]) * (m[2] === 'em' ? size : 1);
}

function translate(t: string | null): [number, number] {
  if (!t) return [0, 0];
  const m = /^translate\(\s*(-?[\d.e-]+)(?:[ ,]\s*(-?[\d.e-]+))?\s*\)$/.exec(t.trim());
  if (!m) throw new Error(`cannot read the transform ${JSON.stringify(t)}`);
  return [Number(m[1]), Number(m[2] ?? 0)];
}

function inherit(el: Element, s: State): State {
  const size = el.getAttribute('font-size');
  const weight = el.getAttribute('font-weight');
  const anchor = el.getAttribute('text-anchor');
  const [tx, ty] = translate(el.getAttribute('transform'));
  const nested = el.tagName.toLowerCase() === 'svg' && el.parentElement !== null;
  const next: State = {
    x: s.x + tx + (nested ? length(el.getAttribute('x'), s.size) : 0),
    y: s.y + ty + (nested ? length(el.getAttribute('y'), s.size) : 0),
    size: size ? length(size, s.size) : s.size,
    weight: weight ? (weight === 'bold' || Number(weight) >= 600 ? 'bold' : 'normal') : s.weight,
    anchor: anchor === 'start' || anchor === 'middle' || anchor === 'end' ? anchor : s.anchor,
  };
  return next;
}

function box(text: string, x: number, baseline: number, s: State): TextBox {
  const w = textWidth(text, s.size, s.weight);
  const left = s.anchor === 'start' ? x : s.anchor === 'middle' ? x - w / 2 : x - w;
  const top = baseline - fontMetrics(s.weight).ascent * s.size;
  return { text, left, right: left + w, top, bottom: top + lineBoxHeight(s.size, s.weight), size: s.size };
}

function textBoxes(el: Element, s: State): TextBox[] {
  const one = (attr: string) => {
    const v = el.getAttribute(attr);
    if (v && /[\s,]/.test(v.trim())) throw new Error(`cannot read a list of ${attr} values: ${v}`);
    return length(v, s.size);
  };
  const x = s.x + one('x') + one('dx');
  let y = s.y + one('y') + one('dy');
  const lines = [...el.children].filter((c) => c.tagName.toLowerCase() === 'tspan');
  if (!lines.length) {
    const text = (el.textContent ?? '').trim();
    return text ? [box(text, x, y, s)] : [];
  }
  const out: TextBox[] = [];
  for (const t of lines) {
    const ts = inherit(t, s);
    const tx = t.hasAttribute('x') ? s.x + length(t.getAttribute('x'), ts.size) : x;
    if (t.hasAttribute('y')) y = s.y + length(t.getAttribute('y'), ts.size);
    y += length(t.getAttribute('dy'), ts.size);
    const text = (t.textContent ?? '').trim();
    if (text) out.push(box(text, tx + length(t.getAttribute('dx'), ts.size), y, ts));
  }
  return out;
}

export interface SvgText {
  width: number;
  height: number;
  boxes: TextBox[];
}

/** Every text box of an SVG (user units of its viewBox) and the viewBox's size. */
export function svgTextBoxes(svg: string): SvgText {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement as unknown as Element;
  const vb = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (vb.length !== 4 || vb[0] !== 0 || vb[1] !== 0)
    throw new Error(`expected a viewBox "0 0 w h", got ${root.getAttribute('viewBox')}`);
  const boxes: TextBox[] = [];
  const visit = (el: Element, s: State) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'title' || tag === 'desc' || tag === 'style') return;
    const here = inherit(el, s);
    if (tag === 'text') {
      boxes.push(...textBoxes(el, { ...here, x: here.x, y: here.y }));
      return;
    }
    for (const c of el.children) visit(c, here);
  };
  visit(root, { x: 0, y: 0, size: 16, weight: 'normal', anchor: 'start' });
  return { width: vb[2] ?? 0, height: vb[3] ?? 0, boxes };
}

/** Pairs of boxes that share more than `tolerance` in both directions. */
export function overlaps(boxes: TextBox[], tolerance: number): [TextBox, TextBox][] {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  const out: [TextBox, TextBox][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as TextBox;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as TextBox;
      if (b.left >= a.right - tolerance) break;
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > tolerance && dy > tolerance) out.push([a, b]);
    }
  }
  return out;
}

/** Boxes reaching past the viewBox by more than `tolerance`. */
export function outside(t: SvgText, tolerance: number): TextBox[] {
  return t.boxes.filter(
    (b) =>
      b.left < -tolerance ||
      b.top < -tolerance ||
      b.right > t.width + tolerance ||
      b.bottom > t.height + tolerance,
  );
}
