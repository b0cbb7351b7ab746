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
import {
  GRADE_ORDER,
  SLAC_NOTE,
  gradeColor,
  gradeLabel,
  gradeWords,
  type OverallGrade,
} from '../data/vocabulary';
import { earliestEventDate, existsOn, gradeInForce, latestEventDate, yearOf } from './history';
import { finishSvg, pixelPlot, widthOf, type Variant } from './svg';

type Bucket = OverallGrade | 'none';
const BUCKETS: Bucket[] = [...GRADE_ORDER, 'none'];

function bucketLabel(b: Bucket): string {
  return b === 'none'
    ? 'No overall grade'
    : b === 'requires-improvement'
      ? `${gradeLabel(b)} (${gradeWords(b, 'adequate-scale')} before 2013)`
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
  // Small multiples: one row of bars per grade, a shared scale, counts labelled.
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const left = 8;
  const panelH = 66;
  const labelH = 18;
  const top = 4;
  const axisH = 22;
  const max = Math.max(1, ...counts.flatMap((x) => [...x.c.values()]));
  const colW = (width - left - 8) / Math.max(1, counts.length);
  const bars: { x: number; y1: number; y2: number; bucket: Bucket; n: number; label: boolean }[] = [];
  const heads: { x: number; y: number; text: string }[] = [];
  const bases: { y: number }[] = [];
  BUCKETS.forEach((b, i) => {
    const y0 = top + i * (panelH + labelH);
    heads.push({ x: left, y: y0 + 12, text: bucketLabel(b) });
    const base = y0 + labelH + panelH - 4;
    bases.push({ y: base });
    counts.forEach((x, j) => {
      const n = x.c.get(b) ?? 0;
      bars.push({
        x: left + j * colW,
        y1: base - ((panelH - 20) * n) / max,
        y2: base,
        bucket: b,
        n,
        label: !narrow || j === counts.length - 1 || j === 0,
      });
    });
  });
  const height = top + BUCKETS.length * (panelH + labelH) + axisH;
  const years = counts
    .map((x, j) => ({
      x: left + j * colW + colW / 2,
      y: height - 8,
      text: narrow ? `'${String(x.year).slice(2)}` : String(x.year).slice(2),
    }))
    .filter((_, j) => !narrow || j === counts.length - 1 || (j % 3 === 0 && counts.length - 1 - j >= 2));
  return pixelPlot(width, height, [
    Plot.ruleY(bases, { y: 'y', x1: left, x2: width - 8, stroke: 'var(--chart-grid)' }),
    Plot.rect(bars, {
      x1: (d: { x: number }) => d.x + 1,
      x2: (d: { x: number }) => d.x + colW - 2,
      y1: 'y1',
      y2: 'y2',
      fill: (d: { bucket: Bucket }) => (d.bucket === 'none' ? 'var(--chart-muted)' : gradeColor(d.bucket)),
    }),
    Plot.text(
      bars.filter((d) => d.label),
      { x: (d: { x: number }) => d.x + colW / 2, y: 'y1', dy: -7, text: 'n', fontSize: 12 },
    ),
    Plot.text(heads, { x: 'x', y: 'y', text: 'text', textAnchor: 'start', fontWeight: 'bold' }),
    Plot.text(years, { x: 'x', y: 'y', text: 'text' }),
  ]);
}
