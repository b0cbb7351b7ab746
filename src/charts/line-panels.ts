/**
 * Small multiples of year series: a council, its region and England, one panel per measure, each
 * panel on its own scale from zero. Drawn in pixels (identity scales) with every text a measured
 * label: a key on top, then panels (two a row when wide, one when narrow), each with its title,
 * its value ticks, its years and, under it, the council's missing years in words (gaps in the
 * line, never zero).
 */
import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import type { AreaLevel } from './areas';
import { EDGE, labelGroup, labelHeight, type Label } from './labels';
import { dotPath, fontOf, markerPath, pixelPlot, svgElement, widthOf, yearTicks, type Variant } from './svg';
import { lineBoxHeight, textWidth, wrapText } from './text';

export interface SeriesPoint {
  year: number;
  value: number | null;
  /** Why the value is missing, in words (for the line under the panel). */
  missing?: string;
}

interface PanelSeries {
  level: AreaLevel;
  name: string;
  points: SeriesPoint[];
}

export interface Panel {
  title: string;
  series: PanelSeries[];
  /** A value as its tick label: `40%`, `18`. */
  format: (v: number) => string;
}

export const LEVEL_STYLE: Record<
  AreaLevel,
  { stroke: string; symbol: 'circle' | 'square' | 'triangle'; dash: string | undefined; width: number }
> = {
  authority: { stroke: 'var(--series-council)', symbol: 'circle', dash: undefined, width: 2.5 },
  regional: { stroke: 'var(--series-region)', symbol: 'square', dash: '6 3', width: 1.75 },
  national: { stroke: 'var(--series-england)', symbol: 'triangle', dash: '2 3', width: 1.75 },
};

const SHAPE: Record<'circle' | 'square' | 'triangle', string> = {
  circle: 'M4,0A4,4,0,1,1,-4,0A4,4,0,1,1,4,0',
  square: 'M-3.5,-3.5h7v7h-7Z',
  triangle: 'M0,-5.2L4.5,2.6L-4.5,2.6Z',
};

/** A key sample: the series' line and marker at (x, y). */
function keySample(level: AreaLevel, x: number, y: number): Element[] {
  const st = LEVEL_STYLE[level];
  const line = svgElement('line', {
    x1: x - 11,
    x2: x + 11,
    y1: y,
    y2: y,
    stroke: st.stroke,
    'stroke-width': 2,
  });
  if (st.dash) line.setAttribute('stroke-dasharray', st.dash);
  return [
    line,
    svgElement('path', { d: SHAPE[st.symbol], transform: `translate(${x},${y})`, fill: st.stroke }),
  ];
}

const PLOT_H = 110;
const COL_GAP = 28;

export function renderLinePanels(variant: Variant, panels: Panel[]): Element {
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const size = fontOf(variant);
  const labels: Label[] = [];
  const extra: Element[] = [];
  const muted = { fill: 'var(--chart-muted-text)' };

  // The key: one entry per series, in the order council, region, England.
  const levels: AreaLevel[] = ['authority', 'regional', 'national'];
  let y = EDGE;
  for (const level of levels) {
    const s = panels.flatMap((p) => p.series).find((x) => x.level === level);
    if (!s) continue;
    const lines = wrapText(s.name, width - 40, size, level === 'authority' ? 'bold' : 'normal');
    labels.push({
      lines,
      x: 32,
      y,
      anchor: 'start',
      valign: 'top',
      size,
      weight: level === 'authority' ? 'bold' : 'normal',
    });
    extra.push(...keySample(level, 14, y + lineBoxHeight(size) / 2));
    y += labelHeight(lines.length, size) + 4;
  }
  y += 10;

  const cols = narrow ? 1 : 2;
  const colW = narrow ? width : (width - COL_GAP) / 2;
  const years = panels.flatMap((p) => p.series.flatMap((s) => s.points.map((pt) => pt.year)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const yearW = textWidth('2000', size);

  const paths: { d: { x: number; y: number | undefined }[]; level: AreaLevel }[] = [];
  const dots: { x: number; y: number; level: AreaLevel }[] = [];
  const grid: { x1: number; x2: number; y: number }[] = [];

  for (let r = 0; r < panels.length; r += cols) {
    const row = panels.slice(r, r + cols);
    const titles = row.map((p) => wrapText(p.title, colW - 2 * EDGE, size, 'bold'));
    const titleH = Math.max(...titles.map((t) => labelHeight(t.length, size, 'bold')));
    let rowBottom = 0;
    row.forEach((p, i) => {
      const x0 = i * (colW + COL_GAP);
      const t = titles[i] ?? [];
      labels.push({ lines: t, x: x0 + EDGE, y, anchor: 'start', valign: 'top', size, weight: 'bold' });
      const values = p.series.flatMap((s) =>
        s.points.map((pt) => pt.value).filter((v): v is number => v !== null),
      );
      const yScale = d3.scaleLinear([0, Math.max(1, ...values)], [0, 0]).nice(3);
      const ticks = yScale.ticks(3);
      const max = yScale.domain()[1] ?? 1;
      // Room for the value ticks, and for the first year's label centred under the axis's start.
      const left = Math.max(
        x0 + Math.ceil(Math.max(...ticks.map((v) => textWidth(p.format(v), size)))) + 8,
        x0 + EDGE + 2 + Math.ceil(yearW / 2),
      );
      const right = x0 + colW - Math.ceil(yearW / 2) - EDGE;
      const top = y + titleH + 8 + lineBoxHeight(size) / 2;
      const bottom = top + PLOT_H;
      const px = (year: number) =>
        first === last ? (left + right) / 2 : left + ((right - left) * (year - first)) / (last - first);
      const py = (v: number) => bottom - (PLOT_H * v) / max;
      for (const v of ticks) {
        grid.push({ x1: left, x2: right, y: py(v) });
        labels.push({
          lines: [p.format(v)],
          x: left - 6,
          y: py(v),
          anchor: 'end',
          valign: 'middle',
          size,
          attrs: muted,
        });
      }
      const step = first === last ? 1 : (right - left) / (last - first);
      for (const yr of yearTicks(first, last, step, yearW))
        labels.push({
          lines: [String(yr)],
          x: px(yr),
          y: bottom + lineBoxHeight(size) / 2 + 4,
          anchor: 'middle',
          valign: 'top',
          size,
        });
      let yy = bottom + lineBoxHeight(size) / 2 + 4 + lineBoxHeight(size) + 6;
      for (const s of [...p.series].reverse()) {
        paths.push({
          level: s.level,
          d: s.points.map((pt) => ({ x: px(pt.year), y: pt.value === null ? undefined : py(pt.value) })),
        });
        for (const pt of s.points)
          if (pt.value !== null) dots.push({ x: px(pt.year), y: py(pt.value), level: s.level });
      }
      // The council's missing years in words, under the panel.
      const council = p.series.find((s) => s.level === 'authority');
      const gaps = council?.points.filter((pt) => pt.value === null) ?? [];
      if (council && gaps.length) {
        const words = new Map<string, number[]>();
        for (const g of gaps)
          words.set(g.missing ?? 'not published', [
            ...(words.get(g.missing ?? 'not published') ?? []),
            g.year,
          ]);
        const text = `${council.name}: ${[...words].map(([w, ys]) => `${ys.join(', ')} ${w}`).join('; ')}`;
        const l = wrapText(text, colW - 2 * EDGE, size);
        labels.push({ lines: l, x: x0 + EDGE, y: yy, anchor: 'start', valign: 'top', size, attrs: muted });
        yy += labelHeight(l.length, size) + 4;
      }
      rowBottom = Math.max(rowBottom, yy);
    });
    y = rowBottom + 14;
  }

  const height = Math.ceil(y - 8);
  const el = pixelPlot(width, height, [
    Plot.ruleY(grid, { x1: 'x1', x2: 'x2', y: 'y', stroke: 'var(--chart-grid)' }),
    ...paths.map((l) => {
      const st = LEVEL_STYLE[l.level];
      return Plot.line(l.d, {
        x: 'x',
        y: 'y',
        stroke: st.stroke,
        strokeWidth: st.width,
        ...(st.dash ? { strokeDasharray: st.dash } : {}),
      });
    }),
    // Each level's markers as one path (svg.ts): the council's dots, the region's squares and
    // England's triangles; 72 <circle>s and <path>s a chart were a tenth of a council page's bytes.
    ...levels.map((level) => {
      const points = dots.filter((d) => d.level === level);
      const { symbol, stroke } = LEVEL_STYLE[level];
      return symbol === 'circle' ? dotPath(points, 4, stroke) : markerPath(points, symbol, stroke);
    }),
  ]);
  for (const e of extra) el.appendChild(e);
  el.appendChild(labelGroup(labels, { fill: 'currentColor' }));
  return el;
}
