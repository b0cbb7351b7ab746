/**
 * A council against its ten statistical neighbours (the DfE's 2025 model; the April 2021
 * groupings for a council the 2025 model leaves out): current overall grade (position in one of
 * four grade columns, coloured symbol and code) and the latest care leavers in EET (19-21) %, with
 * England's figure and the neighbours' average as reference lines.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../data/types';
import { measuredCell, measuredValue, type ChartFigure } from './figure';
import { chartTable } from './chart-table';
import { councilBars } from './council-bars';
import { drawnFigure } from './drawn-figure';
import {
  GRADE_ORDER,
  gradeCode,
  gradeColor,
  gradeLabel,
  gradeTextColor,
  missingWording,
  type OverallGrade,
} from '../data/vocabulary';
import { listJoin, possessive, titleName, yearOf } from './history';
import { lastDayOf, ratingForComparison, withinLifetime } from '../data/former';
import { formatDate } from '../data/format';
import { GRADE_NOT_IN_DATA } from '../data/reader-words';
import { EDGE, MUTED_TEXT, labelBox, labelGroup, labelHeight, type Label } from './labels';
import { gapRules } from './rule-gaps';
import { emptySvg, fontOf, pixelPlot, widthOf, type Variant } from './svg';
import { lineBoxHeight, textWidth, wrapText } from './text';

export interface NeighboursOptions {
  authority: string;
}

export interface NeighbourList {
  /** Which DfE model: the 2025 one, or the April 2021 groupings. */
  model: '2025' | '2021';
  neighbours: { neighbour: string; rank: number; closeness: string; source: string }[];
}

/** A council's ten neighbours: the 2025 model's, else the 2021 groupings' (null with neither). */
export function neighbourList(data: Dataset, slug: string): NeighbourList | null {
  const sorted = <T extends { rank: number }>(xs: T[]) => xs.sort((x, y) => x.rank - y.rank);
  const now = sorted(data.neighbours2025.filter((n) => n.authority === slug));
  if (now.length) return { model: '2025', neighbours: now };
  const then = sorted(data.neighbours.filter((n) => n.authority === slug));
  return then.length ? { model: '2021', neighbours: then } : null;
}

/** The model in words, for subtitles and notes. */
function modelWords(model: NeighbourList['model']): string {
  return model === '2025'
    ? 'the DfE’s 2025 statistical neighbour model'
    : 'the DfE’s April 2021 statistical neighbour groupings';
}

interface Row {
  slug: string;
  name: string;
  self: boolean;
  grade: OverallGrade | null;
  /** Its latest SIF or ILACS inspection is in our data, but not that inspection's grade. */
  gradeNotInData: boolean;
  gradeYear: number | null;
  eet: number | null;
  eetCell: string | number | null;
  sources: string[];
}

export function neighbours(data: Dataset, options: NeighboursOptions): ChartFigure {
  const a = data.authorities.get(options.authority);
  if (!a) throw new Error(`unknown council "${options.authority}"`);
  const id = `neighbours-${a.slug}`;
  const list = neighbourList(data, a.slug);
  const ns = list?.neighbours ?? [];
  const eetRows = data.careLeavers.filter((r) => r.level === 'authority' && r.age === '19-21');
  // A former council is compared with its neighbours as they stood on its last day.
  const lastDay = lastDayOf(data, a.slug);
  const year = Math.max(
    0,
    ...eetRows
      .filter((r) => r.authority === a.slug || ns.some((n) => n.neighbour === r.authority))
      .filter((r) => withinLifetime(data, a.slug, r.year))
      .map((r) => r.year),
  );
  const rowFor = (slug: string, self: boolean): Row => {
    const r = ratingForComparison(data, slug, a.slug);
    const g = r?.grade
      ? { grade: r.grade, date: r.inspection.published ?? r.date, inspection: r.inspection }
      : null;
    const cl = eetRows.find((r) => r.authority === slug && r.year === year);
    return {
      slug,
      name: data.authorities.get(slug)?.name ?? slug,
      self,
      grade: g?.grade ?? null,
      gradeNotInData: r !== null && !r.grade,
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
  const englandRow = data.careLeavers.find(
    (r) => r.level === 'national' && r.age === '19-21' && r.year === year,
  );
  const englandEet = englandRow ? measuredValue(englandRow.eetPercent) : null;
  const known = rows.slice(1).filter((r) => r.eet !== null);
  const average = known.length
    ? Math.round((known.reduce((t, r) => t + (r.eet ?? 0), 0) / known.length) * 10) / 10
    : null;
  const refs: Refs = { england: englandEet, average, averageOf: known.length, of: rows.length - 1 };

  const subtitle = `Neighbours from ${list ? modelWords(list.model) : 'the DfE’s models'}. ${lastDay ? `Ofsted grade on ${formatDate(lastDay)}, ${possessive(a.name)} last day before it was abolished` : 'Current Ofsted grade'}, and care leavers aged 19 to 21 in education, employment or training in ${year || 'the latest year'}`;
  const self = rows[0] as Row;
  const others = rows.slice(1);
  const better = self.grade
    ? others.filter(
        (r) => r.grade && GRADE_ORDER.indexOf(r.grade) < GRADE_ORDER.indexOf(self.grade as OverallGrade),
      ).length
    : 0;
  const eetKnown = others.filter((r) => r.eet !== null);
  const higher = self.eet !== null ? eetKnown.filter((r) => (r.eet ?? 0) > (self.eet ?? 0)).length : 0;
  const title = !ns.length
    ? `${a.name} and its statistical neighbours`
    : self.grade
      ? lastDay
        ? `${titleName(a)}, rated ${gradeLabel(self.grade).toLowerCase()} when abolished, and its ${others.length} statistical neighbours then: ${better || 'none'} rated higher`
        : `${titleName(a)}, rated ${gradeLabel(self.grade).toLowerCase()}, and its ${others.length} statistical neighbours: ${better || 'none'} rated higher`
      : self.gradeNotInData
        ? `${titleName(a)}, latest ${GRADE_NOT_IN_DATA}, and its ${others.length} statistical neighbours`
        : `${titleName(a)}, with no overall grade, and its ${others.length} statistical neighbours`;
  const alt = !ns.length
    ? `No statistical neighbours are listed for ${a.name}.`
    : (lastDay
        ? self.grade
          ? `On ${formatDate(lastDay)}, its last day, ${a.name} was rated ${gradeLabel(self.grade).toLowerCase()}; ${better} of its ${others.length} statistical neighbours were rated higher.`
          : `On ${formatDate(lastDay)}, its last day, ${a.name} had no overall grade in our data, so it is not ranked against its ${others.length} statistical neighbours.`
        : self.grade
          ? `${a.name} is rated ${gradeLabel(self.grade).toLowerCase()}; ${better} of its ${others.length} statistical neighbours are rated higher.`
          : `${self.gradeNotInData ? `The grade of ${possessive(a.name)} latest inspection is not yet in our data` : `${a.name} has no overall grade`}, so it is not ranked against its ${others.length} statistical neighbours.`) +
      (self.eet !== null
        ? ` ${self.eet}% of its care leavers aged 19 to 21 were in education, employment or training in ${year}; ${higher} of ${eetKnown.length} neighbours with a published figure did better.`
        : ` Its ${year} care leavers figure is not published.`) +
      (average !== null ? ` The neighbours’ average was ${average}%` : '') +
      (englandEet !== null
        ? `${average !== null ? ';' : ''} England’s ${englandEet}%.`
        : average !== null
          ? '.'
          : '');
  const notes: string[] = [];
  const suppressed = rows.filter((r) => typeof r.eetCell === 'string');
  if (suppressed.length)
    notes.push(
      `Suppressed: ${listJoin(suppressed.map((r) => `${r.name} (${String(r.eetCell)} — ${missingWording(String(r.eetCell))})`))}.`,
    );
  const notInData = rows.filter((r) => r.gradeNotInData);
  if (notInData.length)
    notes.push(
      `The grade of the latest SIF or ILACS inspection is not yet in our data for ${listJoin(notInData.map((r) => r.name))}; an older grade is not shown in its place.`,
    );
  const none = rows.filter((r) => !r.grade && !r.gradeNotInData);
  if (none.length)
    notes.push(`No SIF or ILACS inspection with a grade in our data: ${listJoin(none.map((r) => r.name))}.`);
  notes.push(
    `Statistical neighbours are the ten councils the DfE judges most similar, ranked from the closest, from ${list ? modelWords(list.model) : 'the DfE’s models'}.`,
  );
  if (list?.model === '2021')
    notes.push(`The DfE’s 2025 model does not include ${a.name}; these are its April 2021 groupings.`);
  if (average !== null && known.length < rows.length - 1)
    notes.push(
      `The neighbours’ average is of the ${known.length} of ${rows.length - 1} neighbours with a published figure.`,
    );
  const table = chartTable(
    {
      council: 'Council',
      grade: lastDay ? `Grade on ${formatDate(lastDay)}` : 'Current grade',
      grade_year: 'Graded in',
      eet_percent: `Care leavers 19-21 in EET, ${year} (%)`,
    },
    rows.map((r) => ({
      council: r.name,
      grade: r.grade ? gradeLabel(r.grade) : null,
      grade_year: r.gradeYear,
      eet_percent: r.eetCell,
    })),
  );
  if (average !== null)
    table.rows.push({
      council: `Neighbours’ average (${known.length} with a figure)`,
      grade: null,
      grade_year: null,
      eet_percent: average,
    });
  if (englandEet !== null)
    table.rows.push({ council: 'England', grade: null, grade_year: null, eet_percent: englandEet });
  return drawnFigure(data, {
    id,
    type: 'neighbours',
    title,
    subtitle,
    draw: (variant) =>
      ns.length ? render(variant, rows, refs) : emptySvg(variant, 'No statistical neighbours listed.'),
    alt,
    notes,
    sourceIds: [
      ...rows.flatMap((r) => r.sources),
      ...ns.map((n) => n.source),
      ...(englandRow && englandEet !== null ? [englandRow.source] : []),
    ],
    table,
  });
}

const KEY = GRADE_ORDER.map((g) => `${gradeCode(g)} ${gradeLabel(g).toLowerCase()}`).join(', ');

function valueText(r: Row): string {
  return r.eet !== null ? `${r.eet}%` : r.eetCell !== null ? 'not published' : 'no figure';
}

interface Refs {
  england: number | null;
  average: number | null;
  averageOf: number;
  of: number;
}

function render(variant: Variant, rows: Row[], refs: Refs): Element {
  // Wide: name | four grade columns | bar. Narrow: each council's name on its own line, then its
  // grade (coloured disc with its code) and its bar on the line below.
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const size = fontOf(variant);
  const labels: Label[] = [];
  const weightOf = (r: Row) => (r.self ? 'bold' : 'normal');
  const keyLines = wrapText(`Grades: ${KEY}`, width - 2 * EDGE, size);
  labels.push({ lines: keyLines, x: EDGE, y: EDGE, anchor: 'start', valign: 'top', size, attrs: MUTED_TEXT });
  let y = EDGE + labelHeight(keyLines.length, size) + 4;
  // The reference lines, said in the key (no label can collide with a bar's).
  const refText = [
    refs.england !== null ? `dotted line: England, ${refs.england}%` : null,
    refs.average !== null ? `dashed line: the neighbours’ average, ${refs.average}%` : null,
  ].filter(Boolean);
  if (refText.length) {
    const l = wrapText(`In education, employment or training: ${refText.join('; ')}`, width - 2 * EDGE, size);
    labels.push({ lines: l, x: EDGE, y, anchor: 'start', valign: 'top', size, attrs: MUTED_TEXT });
    y += labelHeight(l.length, size) + 4;
  }
  y += 6;

  const nameW = narrow ? width : 170;
  const gradeColW = narrow ? 0 : 34;
  const discX = (g: OverallGrade) =>
    narrow ? 12 : nameW + 8 + GRADE_ORDER.indexOf(g) * gradeColW + gradeColW / 2;
  const barX0 = narrow ? 32 : nameW + 8 + 4 * gradeColW + 12;
  const barW = width - barX0 - Math.ceil(textWidth('100%', size)) - 8;
  const barX = (v: number) => barX0 + (barW * v) / 100;

  // Column heads.
  const headLines = wrapText(
    'In education, employment or training',
    narrow ? width - barX0 : width - barX0,
    size,
  );
  if (!narrow)
    labels.push({
      lines: ['Grade'],
      x: discX('good') + gradeColW / 2,
      y,
      anchor: 'middle',
      valign: 'top',
      size,
      attrs: MUTED_TEXT,
    });
  labels.push({ lines: headLines, x: barX0, y, anchor: 'start', valign: 'top', size, attrs: MUTED_TEXT });
  y += labelHeight(headLines.length, size) + 4;
  const tickY = y;
  for (const v of [0, 50, 100])
    labels.push({
      lines: [`${v}%`],
      x: barX(v),
      y,
      anchor: v === 0 ? 'start' : 'middle',
      valign: 'top',
      size,
    });
  if (!narrow)
    for (const g of GRADE_ORDER)
      labels.push({ lines: [gradeCode(g)], x: discX(g), y, anchor: 'middle', valign: 'top', size });
  y += lineBoxHeight(size) + 4;
  const top = y;

  const bands: { y1: number; y2: number }[] = [];
  const discs: { x: number; y: number; grade: OverallGrade }[] = [];
  const bars: { y: number; x2: number; council: boolean }[] = [];
  for (const r of rows) {
    const lines = wrapText(r.name, narrow ? width - 8 : nameW - 8, size, weightOf(r));
    const nameH = labelHeight(lines.length, size, weightOf(r));
    const y1 = y;
    let cy: number;
    if (narrow) {
      labels.push({ lines, x: 4, y: y + 4, anchor: 'start', valign: 'top', size, weight: weightOf(r) });
      cy = y + 4 + nameH + 14;
      y = cy + 14;
    } else {
      const h = Math.max(26, nameH + 8);
      cy = y + h / 2;
      labels.push({ lines, x: nameW, y: cy, anchor: 'end', valign: 'middle', size, weight: weightOf(r) });
      y += h;
    }
    if (r.self) bands.push({ y1, y2: y });
    if (r.grade) discs.push({ x: discX(r.grade), y: cy, grade: r.grade });
    if (r.eet !== null) bars.push({ y: cy, x2: barX(r.eet), council: r.self });
    labels.push({
      lines: [valueText(r)],
      x: (r.eet !== null ? barX(r.eet) : barX0) + 4,
      y: cy,
      anchor: 'start',
      valign: 'middle',
      size,
      weight: weightOf(r),
      // A halo keeps the value readable where a reference line crosses it.
      attrs: { stroke: 'var(--page-bg)', 'stroke-width': 3, 'paint-order': 'stroke' },
    });
  }
  const height = y + 6;
  const el = pixelPlot(width, height, [
    Plot.rect(bands, { x1: 0, x2: width, y1: 'y1', y2: 'y2', fill: 'var(--chart-grid)' }),
    Plot.ruleX([0, 50, 100], {
      x: barX,
      y1: tickY + lineBoxHeight(size) + 2,
      y2: height - 4,
      stroke: 'var(--chart-grid)',
    }),
    ...(narrow
      ? []
      : [Plot.ruleX(GRADE_ORDER, { x: discX, y1: top, y2: height - 4, stroke: 'var(--chart-grid)' })]),
    councilBars(bars, barX0, 14),
    ...(
      [
        [refs.england, 'var(--series-england)', '2 3'],
        [refs.average, 'var(--series-region)', '6 3'],
      ] as const
    ).flatMap(([v, stroke, dash]) =>
      v === null
        ? []
        : [
            Plot.ruleX([v], {
              x: barX,
              y1: top,
              y2: height - 4,
              stroke,
              strokeWidth: 2,
              strokeDasharray: dash,
            }),
          ],
    ),
    Plot.dot(discs, {
      x: 'x',
      y: 'y',
      r: 11,
      fill: (d: { grade: OverallGrade }) => gradeColor(d.grade),
    }),
  ]);
  el.appendChild(labelGroup(labels, { fill: 'currentColor' }));
  // Codes on the discs, in the colour made for text on that grade's fill.
  const codes = discs.map((d): Label => ({
    lines: [gradeCode(d.grade)],
    x: d.x,
    y: d.y,
    anchor: 'middle',
    valign: 'middle',
    size: narrow ? 13 : 12,
    weight: 'bold',
    attrs: { fill: gradeTextColor(d.grade) },
  }));
  el.appendChild(labelGroup(codes));
  // Grid and reference lines stop short of every text.
  gapRules(el, [...labels, ...codes].map(labelBox));
  return el;
}
