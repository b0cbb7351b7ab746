/**
 * All councils by year: each cell coloured AND labelled with a code for the overall grade in
 * force at the end of that year, by the rule in src/data/ratings-at.ts: the latest inspection
 * begun by 31 December; from 2014 SIF and ILACS grades only, before 2014 the earlier frameworks'
 * grades on their own (adequate) scale; a latest inspection whose grade is not in the data leaves
 * the cell empty; former councils' rows end when a successor first appears.
 */
import * as Plot from '@observablehq/plot';
import type { Authority, Dataset, Region } from '../data/types';
import { type ChartFigure, type ChartTable, makeFigure } from './figure';
import {
  GRADE_CODE_KEY,
  GRADE_ORDER,
  SLAC_NOTE,
  gradeCode,
  gradeColor,
  gradeLabel,
  gradeTextColor,
  isAdequate,
  type OverallGrade,
} from './grades';
import { earliestEventDate, latestEventDate, yearOf } from './history';
import { CURRENT_FRAMEWORKS_FROM, existsOn, latestRating, ratingAt } from '../data/ratings-at';
import { finishSvg, pixelPlot, truncate, widthOf, type Variant } from './svg';
import { REGIONS as SCHEMA_REGIONS } from '../data/schema';

/** England's nine regions, in the order the DfE lists them (one list, in the data schema). */
export const REGIONS: readonly Region[] = SCHEMA_REGIONS;

export interface NationalGridOptions {
  region?: Region;
  groupBy?: 'region' | 'current-grade';
}

interface Row {
  a: Authority;
  group: string;
  cells: { year: number; grade: OverallGrade; adequate: boolean; source: string }[];
}

export function gridYears(data: Dataset): number[] {
  const first = Math.min(2008, yearOf(earliestEventDate(data) ?? '2008-01-01'));
  const last = yearOf(latestEventDate(data) ?? '2008-01-01');
  const ys: number[] = [];
  for (let y = first; y <= last; y++) ys.push(y);
  return ys;
}

function groupOf(data: Dataset, a: Authority, by: NationalGridOptions['groupBy']): string {
  if (by === 'region') return a.region;
  if (by === 'current-grade') {
    if (!a.current) return 'Former councils';
    const g = latestRating(data, a.slug)?.grade;
    return g ? `Currently ${gradeLabel(g).toLowerCase()}` : 'No overall grade';
  }
  return '';
}

function groupRank(group: string, by: NationalGridOptions['groupBy']): number {
  if (by === 'region') return REGIONS.indexOf(group as Region);
  if (by === 'current-grade') {
    const i = GRADE_ORDER.findIndex((g) => group === `Currently ${gradeLabel(g).toLowerCase()}`);
    return i >= 0 ? i : group === 'No overall grade' ? 4 : 5;
  }
  return 0;
}

export function nationalGrid(data: Dataset, options: NationalGridOptions = {}): ChartFigure {
  const id = [
    'national-grid',
    options.region ? slugify(options.region) : null,
    options.groupBy ? `by-${options.groupBy}` : null,
  ]
    .filter(Boolean)
    .join('-');
  const years = gridYears(data);
  const rows: Row[] = [...data.authorities.values()]
    .filter((a) => !options.region || a.region === options.region)
    .map((a) => ({
      a,
      group: groupOf(data, a, options.groupBy),
      cells: years.flatMap((year) => {
        const end = `${year}-12-31`;
        if (!existsOn(data, a, end)) return [];
        const e = ratingAt(data, a.slug, end);
        return e?.grade
          ? [
              {
                year,
                grade: e.grade,
                adequate: isAdequate(e.grade, e.scale),
                source: e.inspection.overallSource ?? e.inspection.source,
              },
            ]
          : [];
      }),
    }))
    .sort(
      (x, y) =>
        groupRank(x.group, options.groupBy) - groupRank(y.group, options.groupBy) ||
        x.a.name.localeCompare(y.a.name, 'en'),
    );
  const where = options.region ? ` in ${options.region}` : '';
  const title = `Every council's Ofsted grade${where}, year by year`;
  const subtitle = `Overall grade in force at the end of each year. ${GRADE_CODE_KEY}; R on small screens`;
  const lastYear = years[years.length - 1] ?? 2008;
  const counts = new Map<OverallGrade, number>();
  let n = 0;
  for (const r of rows) {
    if (!r.a.current) continue;
    n++;
    const c = r.cells.find((c) => c.year === lastYear);
    if (c) counts.set(c.grade, (counts.get(c.grade) ?? 0) + 1);
  }
  const ungraded = n - [...counts.values()].reduce((s, v) => s + v, 0);
  const alt =
    `At the end of ${lastYear}, of ${n} current councils${where}: ` +
    GRADE_ORDER.map((g) => `${counts.get(g) ?? 0} ${gradeLabel(g).toLowerCase()}`).join(', ') +
    (ungraded ? `, and ${ungraded} with no overall grade` : '') +
    '.';
  const fromYear = yearOf(CURRENT_FRAMEWORKS_FROM);
  const notes = [
    'Each cell shows the overall grade of the latest inspection begun on or before 31 December of that year; a grade stays in force until the next inspection. Where the latest inspection’s grade is not in our data, the cell is empty rather than showing an older grade.',
    `From ${fromYear} only single inspection framework (SIF) and ILACS grades are shown; grades from earlier frameworks (joint area reviews, child protection and looked after children inspections, on the adequate scale, coded A for adequate) are shown only up to ${fromYear - 1} and do not carry over.`,
    SLAC_NOTE + ' They do not change the grade shown.',
    'Former councils (such as Northamptonshire) are shown until a successor council is first inspected or visited; councils that replaced them are shown from then on.',
  ];
  const table: ChartTable = {
    columns: [
      { key: 'council', label: 'Council' },
      { key: 'region', label: 'Region' },
      ...years.map((y) => ({ key: String(y), label: String(y) })),
    ],
    rows: rows.map((r) => {
      const row: Record<string, string | number | null> = {
        council: r.a.current ? r.a.name : `${r.a.name} (former)`,
        region: r.a.region,
      };
      for (const y of years) {
        const c = r.cells.find((c) => c.year === y);
        row[String(y)] = c ? gradeLabel(c.grade, c.adequate ? 'adequate-scale' : 'ri-scale') : null;
      }
      return row;
    }),
  };
  const svg = (variant: Variant) =>
    finishSvg(render(variant, rows, years, !!options.groupBy), { id, variant, title, desc: alt });
  return makeFigure(data, {
    id,
    type: 'national-grid',
    title,
    subtitle,
    svg,
    alt,
    notes,
    sourceIds: rows.flatMap((r) => r.cells.map((c) => c.source)),
    table,
  });
}

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function render(variant: Variant, rows: Row[], years: number[], grouped: boolean): Element {
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const nameW = narrow ? 116 : 180;
  const rowH = 18;
  const top = 22;
  const colW = (width - nameW - 4) / years.length;
  const cellX = (y: number) => nameW + (y - (years[0] ?? 0)) * colW;
  const cells: { x: number; y: number; grade: OverallGrade; code: string }[] = [];
  const names: { x: number; y: number; text: string }[] = [];
  const headers: { x: number; y: number; text: string }[] = [];
  let y = top;
  let group: string | null = null;
  for (const r of rows) {
    if (grouped && r.group !== group) {
      group = r.group;
      y += 6;
      headers.push({ x: 0, y: y + rowH / 2, text: group });
      y += rowH;
    }
    names.push({
      x: nameW - 6,
      y: y + rowH / 2,
      text: truncate(r.a.current ? r.a.name : `${r.a.name} (former)`, narrow ? 14 : 26),
    });
    for (const c of r.cells) {
      const code = gradeCode(c.grade, c.adequate ? 'adequate-scale' : 'ri-scale');
      cells.push({ x: cellX(c.year), y, grade: c.grade, code: narrow && code === 'RI' ? 'R' : code });
    }
    y += rowH;
  }
  const height = y + 4;
  const yearLabels = years
    .filter((yr, i) => !narrow || i % 3 === 0 || yr === years[years.length - 1])
    .map((yr) => ({
      x: cellX(yr) + colW / 2,
      y: top - 8,
      text: narrow ? `'${String(yr).slice(2)}` : String(yr).slice(colW < 30 ? 2 : 0),
    }));
  return pixelPlot(width, height, [
    Plot.rect(cells, {
      x1: 'x',
      x2: (c: { x: number }) => c.x + colW - 1,
      y1: 'y',
      y2: (c: { y: number }) => c.y + rowH - 1,
      fill: (c: { grade: OverallGrade }) => gradeColor(c.grade),
    }),
    Plot.text(cells, {
      x: (c: { x: number }) => c.x + colW / 2,
      y: (c: { y: number }) => c.y + rowH / 2,
      text: 'code',
      fill: (c: { grade: OverallGrade }) => gradeTextColor(c.grade),
      fontSize: 12,
    }),
    Plot.text(names, { x: 'x', y: 'y', text: 'text', textAnchor: 'end' }),
    Plot.text(headers, { x: 'x', y: 'y', text: 'text', textAnchor: 'start', fontWeight: 'bold' }),
    Plot.text(yearLabels, { x: 'x', y: 'y', text: 'text' }),
  ]);
}
