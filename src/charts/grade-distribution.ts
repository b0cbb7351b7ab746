/**
 * The number of councils at each grade on each 31 March, counted by the rule in
 * src/data/ratings-at.ts, which reproduces Ofsted's official "as at 31 March" lists: the
 * inspection date decides, only SIF and ILACS grades count, and reports are counted as Ofsted's
 * releases cut them. The counts start at the first 31 March under the current frameworks
 * (`nationalCountDates`): earlier frameworks gave no national overall picture. Councils not yet
 * graded under the current frameworks are in their own row, so each year's counts add up to the
 * councils that existed.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../data/types';
import { countsAt31March, nationalCountDates, type GradeCounts } from '../data/ratings-at';
import { nationalCountsStart } from '../data/national-picture';
import { formatDate } from '../data/format';
import type { ChartFigure, ChartTable } from './figure';
import { drawnFigure } from './drawn-figure';
import { GRADE_ORDER, gradeColor, gradeLabel, type OverallGrade } from '../data/vocabulary';
import { yearOf } from './history';
import { EDGE, labelGroup, labelHeight, type Label } from './labels';
import { fontOf, pixelPlot, widthOf, yearTicks, type Variant } from './svg';
import { lineBoxHeight, textWidth, wrapText } from './text';

type Bucket = OverallGrade | 'none';
/** Panels, top to bottom, and the table's columns: the four grades in Ofsted's order, then none. */
const BUCKETS: Bucket[] = [...GRADE_ORDER, 'none'];

function bucketLabel(b: Bucket): string {
  return b === 'none' ? 'No SIF or ILACS grade' : gradeLabel(b);
}

/** Each bucket's count. */
function bucketCounts(x: GradeCounts): Map<Bucket, number | null> {
  return new Map<Bucket, number | null>([
    ['outstanding', x.counts.outstanding],
    ['good', x.counts.good],
    ['requires-improvement', x.counts['requires-improvement']],
    ['inadequate', x.counts.inadequate],
    ['none', x.noGrade],
  ]);
}

/** Which reports count, as Ofsted's releases cut them, from the official counts in the data. */
function officialNote(data: Dataset): string {
  const releases = data.officialCounts;
  const latest = releases.at(-1);
  if (!latest) return 'Every inspection begun by 31 March counts, whenever its report was published.';
  const years = (ok: boolean) =>
    releases
      .filter((o) => {
        const c = countsAt31March(data, o.asAt).counts;
        const equal =
          c.outstanding === o.outstanding &&
          c.good === o.good &&
          c['requires-improvement'] === o.requiresImprovement &&
          c.inadequate === o.inadequate;
        return equal === ok;
      })
      .map((o) => String(yearOf(o.asAt)));
  const same = years(true);
  const differ = years(false);
  const deadlines = releases
    .map(
      (o) =>
        `${formatDate(o.publishedBy)} for ${yearOf(o.asAt)}` +
        (o.alsoCounted.length
          ? `, plus ${o.alsoCounted.length} later report${o.alsoCounted.length === 1 ? '' : 's'} its notes name`
          : ''),
    )
    .join('; ');
  return (
    `As in Ofsted’s official lists, only reports published by the release’s deadline count (${deadlines}; ` +
    `other years use ${formatDate(latest.publishedBy).replace(/ \d{4}$/, '')} of the same year).` +
    (same.length ? ` Our counts for ${same.join(' and ')} equal Ofsted’s published ones.` : '') +
    (differ.length ? ` Our counts for ${differ.join(' and ')} differ from Ofsted’s published ones.` : '')
  );
}

export function gradeDistribution(data: Dataset): ChartFigure {
  const id = 'grade-distribution';
  const counts = nationalCountDates(data).map((date) => {
    const x = countsAt31March(data, date);
    return { date, year: yearOf(date), c: bucketCounts(x), x };
  });
  const sources = counts.flatMap((x) =>
    x.x.ratings.map((r) => r.inspection.overallSource ?? r.inspection.source),
  );
  const title = 'How many councils were at each grade, 31 March each year';
  const subtitle =
    'Councils in England by the overall grade of their latest SIF or ILACS inspection begun by each 31 March, as Ofsted counts';
  const last = counts[counts.length - 1];
  const first = counts[0];
  const n = (x: typeof last, b: Bucket) => x?.c.get(b) ?? 0;
  const alt = last
    ? `On 31 March ${last.year}, ${GRADE_ORDER.map((g) => `${n(last, g)} councils were rated ${gradeLabel(g).toLowerCase()}`).join(', ')}` +
      (n(last, 'none') ? ` and ${n(last, 'none')} had no grade under the SIF or ILACS` : '') +
      (first && first !== last
        ? `; on 31 March ${first.year}, the first under the single inspection framework, ${n(first, 'good') + n(first, 'outstanding')} were good or outstanding and ${n(first, 'none')} not yet inspected under it.`
        : '.')
    : 'No inspection data.';
  const notes = [
    'Each council is counted at the overall grade of its latest inspection that had begun by 31 March (not when the report came out), as Ofsted counts in its official statistics; councils not yet inspected under the single inspection framework (SIF, from November 2013) or ILACS (from 2018), or whose latest inspection’s grade is not yet in our data, are counted as having no SIF or ILACS grade.',
    officialNote(data),
    nationalCountsStart(data),
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
      for (const b of BUCKETS) row[b] = x.c.get(b) ?? null;
      row['total'] = x.x.total;
      return row;
    }),
  };
  return drawnFigure(data, {
    id,
    type: 'grade-distribution',
    title,
    subtitle,
    draw: (variant) => render(variant, counts),
    alt,
    notes,
    sourceIds: sources,
    table,
  });
}

function render(variant: Variant, counts: { year: number; c: Map<Bucket, number | null> }[]): Element {
  // Small multiples: one row of bars per grade, a shared scale, counts labelled (on phones each
  // panel's first and last bar, as a panel may cover only some years; the table has every count).
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const size = fontOf(variant);
  const countSize = narrow ? 13 : 12;
  const left = 8;
  const panelH = 66;
  const max = Math.max(1, ...counts.flatMap((x) => [...x.c.values()].map((v) => v ?? 0)));
  const colW = (width - left - 8) / Math.max(1, counts.length);
  const bars: { x: number; y1: number; y2: number; bucket: Bucket; n: number }[] = [];
  const labels: Label[] = [];
  const bases: { y: number }[] = [];
  let y = EDGE;
  BUCKETS.forEach((b) => {
    const lines = wrapText(bucketLabel(b), width - left - EDGE, size, 'bold');
    labels.push({ lines, x: left, y, anchor: 'start', valign: 'top', size, weight: 'bold' });
    y += labelHeight(lines.length, size, 'bold') + 4;
    const base = y + panelH - 4;
    bases.push({ y: base });
    const shown = counts.flatMap((x, j) => ((x.c.get(b) ?? null) === null ? [] : [j]));
    counts.forEach((x, j) => {
      const n = x.c.get(b) ?? null;
      if (n === null) return; // this grade does not exist on that year's scale
      const y1 = base - ((panelH - 22) * n) / max;
      bars.push({ x: left + j * colW, y1, y2: base, bucket: b, n });
      if (!narrow || j === shown[0] || j === shown[shown.length - 1])
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
    if (cx - yearW / 2 < EDGE || cx + yearW / 2 > width - EDGE) continue;
    labels.push({ lines: [String(yr)], x: cx, y, anchor: 'middle', valign: 'top', size });
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
