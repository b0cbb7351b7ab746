/**
 * Rules that stop short of text: every straight <line> of a finished chart (grid lines, reference
 * lines, framework changes) is cut where it would pass under a label's box, leaving `gap` px
 * clear round the text, as a newsroom graphic leaves a gap in a rule behind its labels. Lines that
 * carry data (paths) are never cut: labels are placed clear of them instead (labels.ts).
 */
import type { Box } from './labels';

function translate(el: Element | null, root: Element): [number, number] {
  let [x, y] = [0, 0];
  for (let e = el; e && e !== root; e = e.parentElement) {
    const m = /translate\(\s*(-?[\d.e-]+)(?:[ ,]\s*(-?[\d.e-]+))?\s*\)/.exec(
      e.getAttribute('transform') ?? '',
    );
    if (m) [x, y] = [x + Number(m[1]), y + Number(m[2] ?? 0)];
  }
  return [x, y];
}

/** The part [t0, t1] of the segment from (x1, y1) to (x2, y2) inside the box, or null. */
function inside(x1: number, y1: number, x2: number, y2: number, b: Box): [number, number] | null {
  const [dx, dy] = [x2 - x1, y2 - y1];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, x1 - b.left],
    [dx, b.right - x1],
    [-dy, y1 - b.top],
    [dy, b.bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 >= t1) return null;
  }
  return [t0, t1];
}

/** Cut every <line> under `root` where it meets a box (grown by `gap`). */
export function gapRules(root: Element, boxes: readonly Box[], gap = 2): void {
  const round = (n: number) => String(Math.round(n * 100) / 100);
  for (const line of [...root.querySelectorAll('line')]) {
    const [ox, oy] = translate(line.parentElement, root);
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a) ?? 0)) as [
      number,
      number,
      number,
      number,
    ];
    const cuts = boxes
      .map((b) =>
        inside(ox + x1, oy + y1, ox + x2, oy + y2, {
          left: b.left - gap,
          right: b.right + gap,
          top: b.top - gap,
          bottom: b.bottom + gap,
        }),
      )
      .filter((c): c is [number, number] => c !== null)
      .sort((a, b) => a[0] - b[0]);
    if (!cuts.length) continue;
    const pieces: [number, number][] = [];
    let from = 0;
    for (const [t0, t1] of cuts) {
      if (t0 > from) pieces.push([from, t0]);
      from = Math.max(from, t1);
    }
    if (from < 1) pieces.push([from, 1]);
    for (const [a, b] of pieces) {
      const piece = line.cloneNode(false) as Element;
      piece.setAttribute('x1', round(x1 + a * (x2 - x1)));
      piece.setAttribute('y1', round(y1 + a * (y2 - y1)));
      piece.setAttribute('x2', round(x1 + b * (x2 - x1)));
      piece.setAttribute('y2', round(y1 + b * (y2 - y1)));
      line.parentElement?.insertBefore(piece, line);
    }
    line.remove();
  }
}
