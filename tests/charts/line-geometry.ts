/**
 * The drawn geometry of a chart SVG, without a browser: every straight stroke as a segment
 * (<line>, <polyline>, <polygon>, the edges of a <rect>, and the outline of a <path>: M/L/H/V/Z
 * absolute and relative; a curve by its control polygon) and every round mark (<circle>, an arc in a
 * path, a round-capped stroke of no length) as its bounding box, in the SVG's user units (translate() transforms and nested <svg>
 * x/y followed). Anything it cannot place (another transform) throws, so a sweep never passes by
 * not understanding the SVG. `crossings` says which text boxes a segment or mark reaches into; a
 * text wholly inside a round mark is that mark's label and passes.
 */
import { DOMParser } from 'linkedom';
import type { TextBox } from './text-boxes';

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** What drew it, for messages: the tag and, for a path, its first command. */
  what: string;
}

interface MarkBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  what: string;
}

export interface Geometry {
  segments: Segment[];
  marks: MarkBox[];
}

function translate(t: string | null): [number, number] {
  if (!t) return [0, 0];
  const m = /^translate\(\s*(-?[\d.e-]+)(?:[ ,]\s*(-?[\d.e-]+))?\s*\)$/.exec(t.trim());
  if (!m) throw new Error(`cannot read the transform ${JSON.stringify(t)}`);
  return [Number(m[1]), Number(m[2] ?? 0)];
}

const num = (el: Element, a: string) => Number(el.getAttribute(a) ?? 0);

/** Segments and arc boxes of a path's d, offset by (ox, oy). */
function pathGeometry(d: string, ox: number, oy: number, out: Geometry, capR = 0): void {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  let i = 0;
  let cmd = '';
  let [x, y, sx, sy] = [0, 0, 0, 0];
  const what = `path ${d.slice(0, 24)}`;
  const n = () => Number(tokens[i++]);
  const seg = (x2: number, y2: number) => {
    // A round-capped stroke of no length is a dot (svg.ts's dotPath): a mark of the cap's size.
    if (capR > 0 && x2 === x && y2 === y)
      out.marks.push({
        left: ox + x - capR,
        right: ox + x + capR,
        top: oy + y - capR,
        bottom: oy + y + capR,
        what,
      });
    out.segments.push({ x1: ox + x, y1: oy + y, x2: ox + x2, y2: oy + y2, what });
    [x, y] = [x2, y2];
  };
  while (i < tokens.length) {
    const t = tokens[i] as string;
    if (/[a-zA-Z]/.test(t)) {
      cmd = t;
      i++;
      if (cmd === 'Z' || cmd === 'z') {
        seg(sx, sy);
        continue;
      }
    }
    const rel = cmd === cmd.toLowerCase();
    const bx = rel ? x : 0;
    const by = rel ? y : 0;
    switch (cmd.toUpperCase()) {
      case 'M': {
        [x, y] = [bx + n(), by + n()];
        [sx, sy] = [x, y];
        cmd = rel ? 'l' : 'L';
        break;
      }
      case 'L':
        seg(bx + n(), by + n());
        break;
      case 'H':
        seg((rel ? x : 0) + n(), y);
        break;
      case 'V':
        seg(x, (rel ? y : 0) + n());
        break;
      case 'C': {
        const pts = [n(), n(), n(), n(), n(), n()];
        seg(bx + (pts[0] ?? 0), by + (pts[1] ?? 0));
        seg(bx + (pts[2] ?? 0), by + (pts[3] ?? 0));
        seg(bx + (pts[4] ?? 0), by + (pts[5] ?? 0));
        break;
      }
      case 'A': {
        const [rx, ry] = [n(), n()];
        i += 3;
        const [x2, y2] = [bx + n(), by + n()];
        // The arc's box: a circle of its radius round the middle of its ends (a superset of
        // the half circles d3 draws).
        const [cx, cy] = [ox + (x + x2) / 2, oy + (y + y2) / 2];
        out.marks.push({ left: cx - rx, right: cx + rx, top: cy - ry, bottom: cy + ry, what });
        [x, y] = [x2, y2];
        break;
      }
      default:
        throw new Error(`cannot read the path command ${JSON.stringify(cmd)} in ${JSON.stringify(d)}`);
    }
  }
}

/** Every stroke and round mark of an SVG, in its viewBox's user units. */
export function svgGeometry(svg: string): Geometry {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const out: Geometry = { segments: [], marks: [] };
  const visit = (el: Element, ox: number, oy: number, hidden: boolean) => {
    const tag = el.tagName.toLowerCase();
    if (['text', 'title', 'desc', 'style', 'defs', 'clippath', 'lineargradient', 'pattern'].includes(tag))
      return;
    const [tx, ty] = translate(el.getAttribute('transform'));
    const nested = tag === 'svg' && el.parentElement !== null;
    const x = ox + tx + (nested ? num(el, 'x') : 0);
    const y = oy + ty + (nested ? num(el, 'y') : 0);
    const off = hidden || el.getAttribute('visibility') === 'hidden' || el.getAttribute('display') === 'none';
    if (!off) {
      const line = (x1: number, y1: number, x2: number, y2: number, what: string) =>
        out.segments.push({ x1: x + x1, y1: y + y1, x2: x + x2, y2: y + y2, what });
      if (tag === 'line') line(num(el, 'x1'), num(el, 'y1'), num(el, 'x2'), num(el, 'y2'), 'line');
      if (tag === 'rect') {
        const [rx, ry, w, h] = [num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height')];
        for (const [a, b, c, d] of [
          [rx, ry, rx + w, ry],
          [rx + w, ry, rx + w, ry + h],
          [rx, ry + h, rx + w, ry + h],
          [rx, ry, rx, ry + h],
        ] as const)
          line(a, b, c, d, 'rect');
      }
      if (tag === 'circle') {
        const [cx, cy, r] = [num(el, 'cx'), num(el, 'cy'), num(el, 'r')];
        out.marks.push({
          left: x + cx - r,
          right: x + cx + r,
          top: y + cy - r,
          bottom: y + cy + r,
          what: 'circle',
        });
      }
      if (tag === 'polyline' || tag === 'polygon') {
        const p = (el.getAttribute('points') ?? '')
          .trim()
          .split(/[\s,]+/)
          .map(Number);
        const d = `M${p.join(',')}${tag === 'polygon' ? 'Z' : ''}`;
        pathGeometry(d.replace(/^M([^,]+),([^,]+),/, 'M$1,$2L'), x, y, out);
      }
      if (tag === 'path') {
        const round = el.getAttribute('stroke-linecap') === 'round';
        pathGeometry(el.getAttribute('d') ?? '', x, y, out, round ? num(el, 'stroke-width') / 2 : 0);
      }
    }
    for (const c of el.children) visit(c, x, y, off);
  };
  visit(doc.documentElement as unknown as Element, 0, 0, false);
  return out;
}

/** Whether the segment reaches into the box (Liang-Barsky clipping). */
function segmentInBox(s: Segment, b: { left: number; right: number; top: number; bottom: number }): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, s.x1 - b.left],
    [dx, b.right - s.x1],
    [-dy, s.y1 - b.top],
    [dy, b.bottom - s.y1],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 >= t1) return false;
  }
  return true;
}

export interface Crossing {
  text: TextBox;
  by: string;
}

/**
 * Text boxes (each shrunk by `tolerance` on every side: a glyph's box is wider than its ink)
 * that a segment or a mark reaches into.
 */
export function crossings(boxes: TextBox[], g: Geometry, tolerance: number): Crossing[] {
  const out: Crossing[] = [];
  for (const t of boxes) {
    const b = {
      left: t.left + tolerance,
      right: t.right - tolerance,
      top: t.top + tolerance,
      bottom: t.bottom - tolerance,
    };
    const s = g.segments.find((s) => segmentInBox(s, b));
    // A text wholly inside a mark is that mark's label (a grade's code on its disc).
    const m = g.marks.find(
      (m) =>
        m.left < b.right &&
        b.left < m.right &&
        m.top < b.bottom &&
        b.top < m.bottom &&
        !(m.left <= t.left && t.right <= m.right && m.top <= t.top && t.bottom <= m.bottom),
    );
    const hit = s
      ? `${s.what} (${s.x1.toFixed(1)},${s.y1.toFixed(1)})-(${s.x2.toFixed(1)},${s.y2.toFixed(1)})`
      : m
        ? `${m.what} [${m.left.toFixed(1)}..${m.right.toFixed(1)} x ${m.top.toFixed(1)}..${m.bottom.toFixed(1)}]`
        : null;
    if (hit) out.push({ text: t, by: hit });
  }
  return out;
}
