/**
 * The number of councils at each grade on each 31 March, computed from the inspection history:
 * a council's grade is its latest graded overall judgement published on or before that date;
 * only councils that existed on that date are counted (former councils until a successor first
 * appears); SLAC has no overall grade and so never sets one. Councils with no overall grade yet
 * are counted in their own row, so each year's counts add up to the councils that existed.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../data/types';
import { type ChartFigure, type ChartTable, makeFigure } from './figure';
import { GRADE_ORDER, SLAC_NOTE, gradeColor, gradeLabel, type OverallGrade } from './grades';
import { earliestEventDate, existsOn, gradeInForce, latestEventDate, yearOf } from './history';
import { labelGroup, labelHeight, type Label } from './labels';
import { finishSvg, fontOf, pixelPlot, widthOf, yearTicks, type Variant } from './svg';
import { lineBoxHeight, textWidth, wrapText } from './text';

type Bucket = OverallGrade | 'none';
const BUCKETS: Bucket[] = [...GRADE_ORDER, 'none'];

function bucketLabel(b: Bucket): string {
  return b === 'none'
    ? 'No overall grade'
    : b === 'requires-improvement'
      ? 'Requires improvement (adequate before 2013)'
      : gradeLabel(b);
}

export function distributionDates(data: Dataset): string[] {
  const first = Math.max(2009, yearOf(earliestEventDate(data) ?? '2009-01-01'));
  const latest = latestEventDate(data) ?? '2009-01-01';
  const out: string[] = [];
  for (let y = first; `${y}-03-31` <= latest; y++) out.push(`${y}-03-31`);
  return out;
}

export function gradeDistribution(data: Dataset): ChartFigure {
  const id = 'grade-distribution';
  const dates = distributionDates(data);
  const sources: string[] = [];
  const counts = dates.map((date) => {
    const c = new Map<Bucket, number>(BUCKETS.map((b) => [b, 0]));
    for (const a of data.authorities.values()) {
      if (!existsOn(data, a, date)) continue;
      const e = gradeInForce(data, a.slug, date);
      const b: Bucket = e ? e.grade : 'none';
      if (e) sources.push(e.inspection.source);
      c.set(b, (c.get(b) ?? 0) + 1);
    }
    return { date, year: yearOf(date), c };
  });
  const title = 'How many councils were at each grade, 31 March each year';
  const subtitle =
    'Councils in England by the overall grade of their latest graded inspection on each 31 March';
  const last = counts[counts.length - 1];
  const first = counts[0];
  const n = (x: typeof last, b: Bucket) => x?.c.get(b) ?? 0;
  const alt = last
    ? `On 31 March ${last.year}, ${GRADE_ORDER.map((g) => `${n(last, g)} councils were rated ${gradeLabel(g).toLowerCase()}`).join(', ')}` +
      (n(last, 'none') ? ` and ${n(last, 'none')} had no overall grade` : '') +
      (first && first !== last
        ? `; on 31 March ${first.year}, ${n(first, 'good') + n(first, 'outstanding')} were good or outstanding against ${n(last, 'good') + n(last, 'outstanding')} in ${last.year}.`
        : '.')
    : 'No inspection data.';
  const notes = [
    'Each council is counted at its latest graded overall judgement published on or before 31 March; councils with none yet are counted as "no overall grade".',
    SLAC_NOTE + ' They do not set a grade here.',
    'Before November 2013 the third grade was "adequate"; it is counted with requires improvement, as Ofsted\'s data does.',
    'Former councils (such as Northamptonshire) are counted until a successor council is first inspected or visited, and their successors from then on.',
  ];
  const table: ChartTable = {
    columns: [
      { key: 'date', label: 'Date' },
      ...BUCKETS.map((b) => ({ key: b, label: bucketLabel(b) })),
      { key: 'total', label: 'Councils' },
    ],
    rows: counts.map((x) => {
      const row: Record<string, string | number | null> = { date: x.date };
      let total = 0;
      for (const b of BUCKETS) {
        row[b] = x.c.get(b) ?? 0;
        total += x.c.get(b) ?? 0;
      }
      row['total'] = total;
      return row;
    }),
  };
  const svg = (variant: Variant) => finishSvg(render(variant, counts), { id, variant, title, desc: alt });
  return makeFigure(data, {
    id,
    type: 'grade-distribution',
    title,
    subtitle,
    svg,
    alt,
    notes,
    sourceIds: sources,
    table,
  });
}

function render(variant: Variant, counts: { year: number; c: Map<Bucket, number> }[]): Element {
  // Small multiples: one row of bars per grade, a shared scale, counts labelled (on phones the
  // first and last of each row; the table has every count).
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const size = fontOf(variant);
  const countSize = narrow ? 13 : 12;
  const left = 8;
  const panelH = 66;
  const max = Math.max(1, ...counts.flatMap((x) => [...x.c.values()]));
  const colW = (width - left - 8) / Math.max(1, counts.length);
  const bars: { x: number; y1: number; y2: number; bucket: Bucket; n: number }[] = [];
  const labels: Label[] = [];
  const bases: { y: number }[] = [];
  let y = 4;
  BUCKETS.forEach((b) => {
    const lines = wrapText(bucketLabel(b), width - left, size, 'bold');
    labels.push({ lines, x: left, y, anchor: 'start', valign: 'top', size, weight: 'bold' });
    y += labelHeight(lines.length, size, 'bold') + 4;
    const base = y + panelH - 4;
    bases.push({ y: base });
    counts.forEach((x, j) => {
      const n = x.c.get(b) ?? 0;
      const y1 = base - ((panelH - 22) * n) / max;
      bars.push({ x: left + j * colW, y1, y2: base, bucket: b, n });
      if (!narrow || j === counts.length - 1 || j === 0)
        labels.push({
          lines: [String(n)],
          x: left + j * colW + colW / 2,
          y: y1 - 3,
          anchor: 'middle',
          valign: 'bottom',
          size: countSize,
        });
    });
    y = base + 12;
  });
  // Year labels: whole years every 1, 2, 5... years, as many as fit without touching.
  const first = counts[0]?.year ?? 0;
  const last = counts[counts.length - 1]?.year ?? first;
  const yearW = textWidth('2000', size);
  for (const yr of yearTicks(first, last, colW, yearW)) {
    const cx = left + (yr - first) * colW + colW / 2;
    if (cx - yearW / 2 < 0 || cx + yearW / 2 > width) continue;
    labels.push({ lines: [String(yr)], x: cx, y: y, anchor: 'middle', valign: 'top', size });
  }
  const height = Math.ceil(y + lineBoxHeight(size) + 4);
  const el = pixelPlot(width, height, [
    Plot.ruleY(bases, { y: 'y', x1: left, x2: width - 8, stroke: 'var(--chart-grid)' }),
    Plot.rect(bars, {
      x1: (d: { x: number }) => d.x + 1,
      x2: (d: { x: number }) => d.x + colW - 2,
      y1: 'y1',
      y2: 'y2',
      fill: (d: { bucket: Bucket }) => (d.bucket === 'none' ? 'var(--chart-muted)' : gradeColor(d.bucket)),
    }),
  ]);
  el.appendChild(labelGroup(labels, { fill: 'currentColor' }));
  return el;
}
