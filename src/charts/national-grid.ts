/**
 * All councils by year: each cell coloured AND labelled with a code for the overall grade on
 * 31 March of that year, counted as Ofsted counts (`ratingAt31March` in src/data/ratings-at.ts),
 * on the same 31 Marches as the grade charts and the map (`nationalCountDates`: SIF and ILACS
 * grades, from 2014); a latest inspection whose grade is not in the data leaves the cell empty;
 * former councils' rows end when a successor first appears.
 */
import * as Plot from '@observablehq/plot';
import type { Authority, Dataset } from '../data/types';
import { type ChartFigure, type ChartTable, makeFigure } from './figure';
import {
  GRADE_CODE_KEY,
  GRADE_ORDER,
  gradeCode,
  gradeColor,
  gradeLabel,
  gradeTextColor,
  isAdequate,
  REGIONS,
  type OverallGrade,
  type Region,
} from '../data/vocabulary';
import { yearOf } from './history';
import { existsOn, latestRating, nationalCountDates, ratingAt31March } from '../data/ratings-at';
import { nationalCountsStart } from '../data/national-picture';
import { GRADE_NOT_IN_DATA } from '../data/reader-words';
import { EDGE, labelGroup, labelHeight, type Label } from './labels';
import { finishSvg, fontOf, pixelPlot, svgElement, widthOf, yearTicks, type Variant } from './svg';
import { fontMetrics, lineBoxHeight, textWidth, wrapText } from './text';

export interface NationalGridOptions {
  region?: Region;
  groupBy?: 'region' | 'current-grade';
}

interface Row {
  a: Authority;
  group: string;
  cells: { year: number; grade: OverallGrade; adequate: boolean; source: string }[];
}

function gridYears(data: Dataset): number[] {
  return nationalCountDates(data).map(yearOf);
}

const NOT_IN_DATA_GROUP = `Latest ${GRADE_NOT_IN_DATA}`;
const NO_GRADE_GROUP = 'No overall grade';

function groupOf(data: Dataset, a: Authority, by: NationalGridOptions['groupBy']): string {
  if (by === 'region') return a.region;
  if (by === 'current-grade') {
    if (!a.current) return 'Former councils';
    const r = latestRating(data, a.slug);
    if (r?.grade) return `Currently ${gradeLabel(r.grade).toLowerCase()}`;
    // Its latest inspection is in our data but not that inspection's grade (Brent and Somerset,
    // June 2026), or it has had no graded SIF or ILACS inspection.
    return r ? NOT_IN_DATA_GROUP : NO_GRADE_GROUP;
  }
  return '';
}

function groupRank(group: string, by: NationalGridOptions['groupBy']): number {
  if (by === 'region') return REGIONS.indexOf(group as Region);
  if (by === 'current-grade') {
    const i = GRADE_ORDER.findIndex((g) => group === `Currently ${gradeLabel(g).toLowerCase()}`);
    const k = [NOT_IN_DATA_GROUP, NO_GRADE_GROUP].indexOf(group);
    return i >= 0 ? i : k >= 0 ? GRADE_ORDER.length + k : GRADE_ORDER.length + 2;
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
        const on = `${year}-03-31`;
        if (!existsOn(data, a, on)) return [];
        const e = ratingAt31March(data, a.slug, on);
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
  const subtitle = `Overall grade on 31 March each year, as Ofsted counts. ${GRADE_CODE_KEY}`;
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
    `On 31 March ${lastYear}, of ${n} current councils${where}: ` +
    GRADE_ORDER.map((g) => `${counts.get(g) ?? 0} ${gradeLabel(g).toLowerCase()}`).join(', ') +
    (ungraded ? `, and ${ungraded} with no overall grade` : '') +
    '.';
  const notes = [
    'Each cell shows the overall grade of the council’s latest single inspection framework (SIF) or ILACS inspection begun by 31 March of that year, counting only reports published by the deadline of Ofsted’s official list for that year, as in the chart of grades at each 31 March; a grade stays in force until the next inspection. Where the latest inspection’s grade is not in our data, the cell is empty rather than showing an older grade.',
    nationalCountsStart(data),
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
  // Wide: names in a column on the left (wrapped when long), a cell per year. Narrow: each
  // council's name on its own line above its row of cells, which then span the full width.
  // The years are repeated under every group heading (every 25 rows when ungrouped).
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const size = fontOf(variant);
  const codeSize = narrow ? 13 : 12;
  const nameOf = (r: Row) => (r.a.current ? r.a.name : `${r.a.name} (former)`);
  const nameW = narrow
    ? 0
    : Math.min(200, Math.ceil(Math.max(...rows.map((r) => textWidth(nameOf(r), size)))) + 8);
  const cellH = narrow ? 16 : 18;
  const x0 = narrow ? 0 : nameW + 4;
  const colW = (width - x0) / years.length;
  const first = years[0] ?? 0;
  const cellX = (y: number) => x0 + (y - first) * colW;
  const yearW = textWidth('2000', size);
  const yearCols = yearTicks(first, years[years.length - 1] ?? first, colW, yearW).filter((yr) => {
    const c = cellX(yr) + colW / 2;
    return c - yearW / 2 >= EDGE && c + yearW / 2 <= width - EDGE;
  });
  const cells: { x: number; y: number; grade: OverallGrade; code: string }[] = [];
  const labels: Label[] = [];
  const yearRow = (y: number) => {
    for (const yr of yearCols)
      labels.push({ lines: [String(yr)], x: cellX(yr) + colW / 2, y, anchor: 'middle', valign: 'top', size });
    return y + lineBoxHeight(size) + 4;
  };
  let y = yearRow(EDGE);
  let group: string | null = null;
  rows.forEach((r, i) => {
    if (grouped && r.group !== group) {
      group = r.group;
      y += i ? 10 : 0;
      const lines = wrapText(group, width - 2 * EDGE, size, 'bold');
      labels.push({ lines, x: EDGE, y, anchor: 'start', valign: 'top', size, weight: 'bold' });
      y += labelHeight(lines.length, size, 'bold') + 2;
      if (i) y = yearRow(y);
    } else if (!grouped && i && i % 25 === 0) y = yearRow(y + 6);
    let rowTop: number;
    if (narrow) {
      // The name shares the row when it fits before the first cell; else it goes above.
      const firstX = Math.min(width, ...r.cells.map((c) => cellX(c.year)));
      if (EDGE + textWidth(nameOf(r), size) + 6 <= firstX) {
        labels.push({
          lines: [nameOf(r)],
          x: EDGE,
          y: y + 2 + cellH / 2,
          anchor: 'start',
          valign: 'middle',
          size,
        });
        rowTop = y + 2;
      } else {
        const lines = wrapText(nameOf(r), width - 2 * EDGE, size);
        labels.push({ lines, x: EDGE, y: y + 2, anchor: 'start', valign: 'top', size });
        rowTop = y + 2 + labelHeight(lines.length, size) + 1;
      }
      y = rowTop + cellH + 3;
    } else {
      const lines = wrapText(nameOf(r), nameW - 8, size);
      const h = Math.max(cellH, labelHeight(lines.length, size) + 3);
      labels.push({ lines, x: nameW - 6, y: y + h / 2, anchor: 'end', valign: 'middle', size });
      rowTop = y + (h - cellH) / 2;
      y += h;
    }
    for (const c of r.cells) {
      const code = gradeCode(c.grade, c.adequate ? 'adequate-scale' : 'ri-scale');
      cells.push({ x: cellX(c.year), y: rowTop, grade: c.grade, code });
    }
  });
  const height = Math.ceil(y + 4);
  const el = pixelPlot(width, height, [
    Plot.rect(cells, {
      x1: 'x',
      x2: (c: { x: number }) => c.x + colW - 1,
      y1: 'y',
      y2: (c: { y: number }) => c.y + cellH - 1,
      fill: (c: { grade: OverallGrade }) => gradeColor(c.grade),
    }),
  ]);
  el.appendChild(labelGroup(labels, { fill: 'currentColor' }));
  // Codes on the cells, in the colour made for text on each grade's fill.
  const codes = svgElement('g', { 'text-anchor': 'middle', 'font-size': codeSize });
  const baseline =
    (cellH - 1) / 2 + (fontMetrics().ascent - (fontMetrics().ascent + fontMetrics().descent) / 2) * codeSize;
  for (const c of cells) {
    const t = svgElement('text', {
      x: Math.round((c.x + (colW - 1) / 2) * 100) / 100,
      y: Math.round((c.y + baseline) * 100) / 100,
      fill: gradeTextColor(c.grade),
    });
    t.textContent = c.code;
    codes.appendChild(t);
  }
  el.appendChild(codes);
  return el;
}
