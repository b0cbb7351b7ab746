/**
 * A council against its ten statistical neighbours: current overall grade (position in one of
 * four grade columns, coloured symbol and code) and the latest care leavers in EET (19-21) %.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../data/types';
import {
  measuredCell,
  measuredValue,
  symbolMeaning,
  type ChartFigure,
  type ChartTable,
  makeFigure,
} from './figure';
import { GRADE_ORDER, gradeCode, gradeColor, gradeLabel, gradeTextColor, type OverallGrade } from './grades';
import { listJoin, yearOf } from './history';
import { latestRating } from '../data/ratings-at';
import { emptySvg, finishSvg, pixelPlot, truncate, widthOf, type Variant } from './svg';

export interface NeighboursOptions {
  authority: string;
}

interface Row {
  slug: string;
  name: string;
  self: boolean;
  grade: OverallGrade | null;
  gradeYear: number | null;
  eet: number | null;
  eetCell: string | number | null;
  sources: string[];
}

export function neighbours(data: Dataset, options: NeighboursOptions): ChartFigure {
  const a = data.authorities.get(options.authority);
  if (!a) throw new Error(`unknown council "${options.authority}"`);
  const id = `neighbours-${a.slug}`;
  const ns = data.neighbours.filter((n) => n.authority === a.slug).sort((x, y) => x.rank - y.rank);
  const eetRows = data.careLeavers.filter((r) => r.level === 'authority' && r.age === '19-21');
  const year = Math.max(
    0,
    ...eetRows
      .filter((r) => r.authority === a.slug || ns.some((n) => n.neighbour === r.authority))
      .map((r) => r.year),
  );
  const rowFor = (slug: string, self: boolean): Row => {
    const r = latestRating(data, slug);
    const g = r?.grade
      ? { grade: r.grade, date: r.inspection.published ?? r.date, inspection: r.inspection }
      : null;
    const cl = eetRows.find((r) => r.authority === slug && r.year === year);
    return {
      slug,
      name: data.authorities.get(slug)?.name ?? slug,
      self,
      grade: g?.grade ?? null,
      gradeYear: g ? yearOf(g.date) : null,
      eet: cl ? measuredValue(cl.eetPercent) : null,
      eetCell: cl ? measuredCell(cl.eetPercent) : null,
      sources: [
        ...(g ? [g.inspection.overallSource ?? g.inspection.source] : []),
        ...(cl ? [cl.source] : []),
      ],
    };
  };
  const rows = [rowFor(a.slug, true), ...ns.map((n) => rowFor(n.neighbour, false))];
  const title = `${a.name} and its statistical neighbours`;
  const subtitle = `Current Ofsted grade, and care leavers aged 19 to 21 in education, employment or training in ${year || 'the latest year'}`;
  const self = rows[0] as Row;
  const others = rows.slice(1);
  const better = self.grade
    ? others.filter(
        (r) => r.grade && GRADE_ORDER.indexOf(r.grade) < GRADE_ORDER.indexOf(self.grade as OverallGrade),
      ).length
    : 0;
  const eetKnown = others.filter((r) => r.eet !== null);
  const higher = self.eet !== null ? eetKnown.filter((r) => (r.eet ?? 0) > (self.eet ?? 0)).length : 0;
  const alt = !ns.length
    ? `No statistical neighbours are listed for ${a.name}.`
    : `${a.name} is rated ${self.grade ? gradeLabel(self.grade).toLowerCase() : 'with no overall grade'}; ${better} of its ${others.length} statistical neighbours are rated higher.` +
      (self.eet !== null
        ? ` ${self.eet}% of its care leavers aged 19 to 21 were in education, employment or training in ${year}; ${higher} of ${eetKnown.length} neighbours with a published figure did better.`
        : ` Its ${year} care leavers figure is not published.`);
  const notes: string[] = [];
  const suppressed = rows.filter((r) => typeof r.eetCell === 'string');
  if (suppressed.length)
    notes.push(
      `Suppressed: ${listJoin(suppressed.map((r) => `${r.name} (${String(r.eetCell)} — ${symbolMeaning(String(r.eetCell))})`))}.`,
    );
  const none = rows.filter((r) => !r.grade);
  if (none.length)
    notes.push(
      `No overall grade in our data for the latest SIF or ILACS inspection: ${listJoin(none.map((r) => r.name))}; an older grade is not shown in its place.`,
    );
  notes.push(
    'Statistical neighbours are the ten councils the DfE judges most similar, ranked from the closest.',
  );
  const table: ChartTable = {
    columns: [
      { key: 'council', label: 'Council' },
      { key: 'grade', label: 'Current grade' },
      { key: 'grade_year', label: 'Graded in' },
      { key: 'eet_percent', label: `Care leavers 19-21 in EET, ${year} (%)` },
    ],
    rows: rows.map((r) => ({
      council: r.name,
      grade: r.grade ? gradeLabel(r.grade) : null,
      grade_year: r.gradeYear,
      eet_percent: r.eetCell,
    })),
  };
  const svg = (variant: Variant) =>
    finishSvg(ns.length ? render(variant, rows) : emptySvg(variant, 'No statistical neighbours listed.'), {
      id,
      variant,
      title,
      desc: alt,
    });
  return makeFigure(data, {
    id,
    type: 'neighbours',
    title,
    subtitle,
    svg,
    alt,
    notes,
    sourceIds: [...rows.flatMap((r) => r.sources), ...ns.map((n) => n.source)],
    table,
  });
}

function render(variant: Variant, rows: Row[]): Element {
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const nameW = narrow ? 100 : 160;
  const gradeColW = narrow ? 27 : 44;
  const gradeX = (g: OverallGrade) => nameW + 6 + GRADE_ORDER.indexOf(g) * gradeColW + gradeColW / 2;
  const barX0 = nameW + 12 + 4 * gradeColW + 8;
  const barW = width - barX0 - (narrow ? 34 : 44);
  const top = 40;
  const rowH = 24;
  const rowY = (i: number) => top + i * rowH + rowH / 2;
  const pts = rows.map((r, i) => ({ ...r, y: rowY(i) }));
  const graded = pts.filter((p): p is typeof p & { grade: OverallGrade } => p.grade !== null);
  const height = top + rows.length * rowH + 8;
  return pixelPlot(width, height, [
    Plot.rect(
      pts.filter((p) => p.self),
      {
        x1: 0,
        x2: width,
        y1: (p: { y: number }) => p.y - rowH / 2,
        y2: (p: { y: number }) => p.y + rowH / 2,
        fill: 'var(--chart-grid)',
      },
    ),
    Plot.text(
      pts.filter((p) => p.self),
      {
        x: nameW,
        y: 'y',
        text: (p: Row) => truncate(p.name, narrow ? 13 : 24),
        textAnchor: 'end',
        fontWeight: 'bold',
      },
    ),
    Plot.text(
      pts.filter((p) => !p.self),
      { x: nameW, y: 'y', text: (p: Row) => truncate(p.name, narrow ? 13 : 24), textAnchor: 'end' },
    ),
    Plot.text(GRADE_ORDER, { x: gradeX, y: top - 10, text: (g: OverallGrade) => gradeCode(g) }),
    Plot.text(['Grade'], {
      x: nameW + 6 + 2 * gradeColW,
      y: top - 28,
      text: (d: string) => d,
      fill: 'var(--chart-muted-text)',
    }),
    Plot.ruleX(GRADE_ORDER, { x: gradeX, y1: top, y2: height - 8, stroke: 'var(--chart-grid)' }),
    Plot.dot(graded, {
      x: (p: { grade: OverallGrade }) => gradeX(p.grade),
      y: 'y',
      r: 10,
      fill: (p: { grade: OverallGrade }) => gradeColor(p.grade),
    }),
    Plot.text(graded, {
      x: (p: { grade: OverallGrade }) => gradeX(p.grade),
      y: 'y',
      text: (p: { grade: OverallGrade }) => gradeCode(p.grade),
      fill: (p: { grade: OverallGrade }) => gradeTextColor(p.grade),
      fontSize: 12,
      fontWeight: 'bold',
    }),
    Plot.text(['Care leavers in EET (%)'], {
      x: barX0,
      y: top - 28,
      text: (d: string) => d,
      textAnchor: 'start',
      fill: 'var(--chart-muted-text)',
    }),
    Plot.ruleX([0, 50, 100], {
      x: (v: number) => barX0 + (barW * v) / 100,
      y1: top - 4,
      y2: height - 8,
      stroke: 'var(--chart-grid)',
    }),
    Plot.text([0, 50, 100], {
      x: (v: number) => barX0 + (barW * v) / 100,
      y: top - 10,
      text: (v: number) => String(v),
    }),
    Plot.rect(
      pts.filter((p) => p.eet !== null),
      {
        x1: barX0,
        x2: (p: Row) => barX0 + (barW * (p.eet ?? 0)) / 100,
        y1: (p: { y: number }) => p.y - 7,
        y2: (p: { y: number }) => p.y + 7,
        fill: (p: Row) => (p.self ? 'var(--series-council)' : 'var(--series-england)'),
      },
    ),
    Plot.text(pts, {
      x: (p: Row) => barX0 + (barW * (p.eet ?? 0)) / 100,
      y: 'y',
      dx: 4,
      text: (p: Row) =>
        p.eet !== null ? `${p.eet}%` : p.eetCell !== null ? `${String(p.eetCell)} (suppressed)` : 'no figure',
      textAnchor: 'start',
    }),
  ]);
}
