/**
 * Horizontal bars on a pixel plot (pixelPlot): each from `x0` to its `x2`, `thickness` px thick
 * and centred on its `y`; the council's own bar in the council's colour, the others in England's.
 */
import * as Plot from '@observablehq/plot';

export function councilBars(
  bars: { x2: number; y: number; council: boolean }[],
  x0: number,
  thickness: number,
): Plot.Rect {
  return Plot.rect(bars, {
    x1: x0,
    x2: 'x2',
    y1: (b: { y: number }) => b.y - thickness / 2,
    y2: (b: { y: number }) => b.y + thickness / 2,
    fill: (b: { council: boolean }) => (b.council ? 'var(--series-council)' : 'var(--series-england)'),
  });
}
