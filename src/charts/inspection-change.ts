/**
 * What changed at one inspection: each judgement beside the same judgement at the council's
 * previous comparable inspection (src/data/inspection-pages.ts defines "comparable"). One row
 * per judgement; the grade is the position (inadequate on the left, outstanding on the right),
 * the symbol's shape and its colour; the previous grade is a hollow symbol, this inspection's
 * a filled one, and an arrow runs from the first to the second when the grade moved.
 */
import * as Plot from '@observablehq/plot';
import {
  changeWords,
  compareJudgements,
  councilName,
  gradeWords,
  inspectionByPageId,
  pageIdOf,
  previousComparable,
  type JudgementChange,
} from '../data/inspection-pages';
import { formatDate } from '../data/format';
import type { Dataset, Inspection } from '../data/types';
import { type ChartFigure, type ChartTable, makeFigure } from './figure';
import {
  ADEQUATE_NOTE,
  FRAMEWORK,
  GRADE_ORDER,
  eventDate as eventDateOrNull,
  gradeColor,
  gradeLabel,
  gradeSymbol,
  isOverallGrade,
  type Grade,
  type OverallGrade,
} from '../data/vocabulary';
import { listJoin, possessive, yearOf } from './history';
import { finishSvg, pixelPlot, widthOf, type Variant } from './svg';
/** The event's date as text ('' when the source gives none). */
const eventDate = (i: Pick<Inspection, 'published' | 'endDate' | 'startDate'>): string => eventDateOrNull(i) ?? '';

export interface InspectionChangeOptions {
  /** The inspection's page id, e.g. `havering-2024-ilacs`. */
  inspection: string;
}

/** The inspection and the one it is compared with; throws if there is nothing to compare. */
export function changePair(data: Dataset, pageId: string): { now: Inspection; before: Inspection } {
  const now = inspectionByPageId(data, pageId);
  if (!now) throw new Error(`unknown inspection "${pageId}"`);
  const before = previousComparable(data, now);
  if (!before) throw new Error(`inspection "${pageId}" has no earlier comparable inspection to compare with`);
  return { now, before };
}

/** Whether an inspection has an earlier comparable one (and so a change chart). */
export function hasChangeChart(data: Dataset, i: Inspection): boolean {
  return previousComparable(data, i) !== null;
}

/** Left to right: worst to best, so a rise points right. */
const COLUMNS = [...GRADE_ORDER].reverse();

function describe(i: Inspection): string {
  return `${FRAMEWORK[i.framework].chartName}, published ${formatDate(eventDate(i))}`;
}

/** The finding, from the rows. */
export function changeAlt(
  data: Dataset,
  now: Inspection,
  before: Inspection,
  rows: JudgementChange[],
): string {
  const name = councilName(data, now.authority);
  const w = (g: Grade | null) => (g ? gradeWords(g, now.scale) : '');
  const [y0, y1] = [yearOf(eventDate(before)), yearOf(eventDate(now))];
  const overall = rows.find((r) => r.key === 'overall');
  const parts: string[] = [];
  if (overall?.change === 'up' || overall?.change === 'down')
    parts.push(
      `${possessive(name)} overall grade ${overall.change === 'up' ? 'rose' : 'fell'} from ${w(overall.before)} in ${y0} to ${w(overall.now)} in ${y1}.`,
    );
  else if (overall?.change === 'same')
    parts.push(`${name} was graded ${w(overall.now)} overall in ${y1}, as in ${y0}.`);
  else if (overall?.change === 'missing')
    parts.push(
      `${possessive(name)} ${y1} overall grade is not yet in our data (it was ${w(overall.before)} in ${y0}).`,
    );
  else parts.push(`${possessive(name)} ${y1} judgements beside those of ${y0}.`);
  const subs = rows.filter((r) => r.key !== 'overall');
  const both = subs.filter((r) => r.change === 'up' || r.change === 'down' || r.change === 'same');
  if (both.length) {
    const n = (c: string) => both.filter((r) => r.change === c);
    const [up, down, same] = [n('up'), n('down'), n('same')];
    const list = (rs: JudgementChange[]) =>
      listJoin(rs.map((r) => `${r.label.toLowerCase()} (${w(r.before)} to ${w(r.now)})`));
    const counts = [
      up.length ? `${up.length} went up` : '',
      down.length ? `${down.length} went down` : '',
      same.length ? `${same.length} stayed the same` : '',
    ].filter(Boolean);
    parts.push(
      `Of ${both.length} other judgement${both.length === 1 ? '' : 's'} made both times, ${listJoin(counts)}.` +
        (down.length ? ` Down: ${list(down)}.` : '') +
        (up.length ? ` Up: ${list(up)}.` : ''),
    );
  }
  const onlyNow = subs.filter((r) => r.change === 'only-now').length;
  if (onlyNow)
    parts.push(
      `${onlyNow} judgement${onlyNow === 1 ? ' was' : 's were'} not made at the previous inspection.`,
    );
  return parts.join(' ');
}

interface Row {
  y: number;
  labelY: number;
  label: string;
  before: OverallGrade | null;
  now: OverallGrade | null;
  moved: boolean;
  note: string | null;
}

function render(variant: Variant, rows: JudgementChange[], scale: Inspection['scale']): Element {
  const width = widthOf(variant);
  const narrow = variant === 'narrow';
  const [ml, mr] = narrow ? [6, 6] : [12, 12];
  const colW = (width - ml - mr) / COLUMNS.length;
  // Narrow: the column labels take two staggered lines (inadequate and good below, requires
  // improvement and outstanding above), so no two touch; the outer ones sit against the edges.
  const NARROW_X = [40, 128, 214, 296];
  const colX = (g: OverallGrade) =>
    narrow ? (NARROW_X[COLUMNS.indexOf(g)] ?? 0) : ml + (COLUMNS.indexOf(g) + 0.5) * colW;
  const headerH = narrow ? 46 : 28;
  /** Bottom of a column's label. */
  const labelBottom = (k: number) => (narrow && k % 2 === 1 ? 18 : headerH - 8);
  const rowH = 56;
  const laid: Row[] = rows.map((r, k) => {
    const top = headerH + k * rowH;
    const before = isOverallGrade(r.before) ? r.before : null;
    const now = isOverallGrade(r.now) ? r.now : null;
    return {
      labelY: top + 14,
      y: top + 40,
      label: r.change === 'missing' ? `${r.label}: this year’s not yet in our data` : r.label,
      before,
      now,
      moved: before !== null && now !== null && before !== now,
      note: r.change === 'not-graded' ? 'not judged' : null,
    };
  });
  const height = headerH + rows.length * rowH + 8;
  const header = COLUMNS.map((g, k) => {
    const edge = narrow && k === 0 ? 'start' : narrow && k === COLUMNS.length - 1 ? 'end' : 'middle';
    return {
      x: edge === 'start' ? ml : edge === 'end' ? width - mr : colX(g),
      y: labelBottom(k),
      col: colX(g),
      anchor: edge,
      text: gradeLabel(g, scale),
    };
  });
  const symbolOf = (g: OverallGrade | null) => gradeSymbol(g ?? 'good');
  const colorOf = (g: OverallGrade | null) => gradeColor(g ?? 'good');
  const befores = laid.filter((r) => r.before !== null);
  const nows = laid.filter((r) => r.now !== null);
  return pixelPlot(width, height, [
    Plot.ruleX(header, {
      x: 'col',
      y1: (h: { y: number }) => h.y + 4,
      y2: height - 8,
      stroke: 'var(--chart-grid)',
    }),
    ...(['start', 'middle', 'end'] as const).map((anchor) =>
      Plot.text(
        header.filter((h) => h.anchor === anchor),
        {
          x: 'x',
          y: 'y',
          text: 'text',
          textAnchor: anchor,
          lineAnchor: 'bottom',
          fill: 'currentColor',
        },
      ),
    ),
    Plot.text(laid, {
      x: ml,
      y: 'labelY',
      text: 'label',
      textAnchor: 'start',
      fontWeight: 600,
      fill: 'currentColor',
      stroke: 'var(--page-bg)',
      strokeWidth: 4,
      paintOrder: 'stroke',
    }),
    Plot.arrow(
      laid.filter((r) => r.moved),
      {
        x1: (r: Row) => colX(r.before as OverallGrade),
        x2: (r: Row) => colX(r.now as OverallGrade),
        y1: 'y',
        y2: 'y',
        insetStart: 12,
        insetEnd: 9,
        headLength: 8,
        stroke: 'currentColor',
        strokeWidth: 1.5,
      },
    ),
    Plot.dot(befores, {
      x: (r: Row) => colX(r.before as OverallGrade),
      y: 'y',
      r: 8,
      symbol: (r: Row) => symbolOf(r.before),
      fill: 'var(--page-bg)',
      stroke: (r: Row) => colorOf(r.before),
      strokeWidth: 2,
    }),
    Plot.dot(nows, {
      x: (r: Row) => colX(r.now as OverallGrade),
      y: 'y',
      r: 5,
      symbol: (r: Row) => symbolOf(r.now),
      fill: (r: Row) => colorOf(r.now),
      stroke: (r: Row) => colorOf(r.now),
      strokeWidth: 1.5,
    }),
    Plot.text(
      laid.filter((r) => r.note !== null),
      { x: width / 2, y: 'y', text: 'note', textAnchor: 'middle', fill: 'currentColor' },
    ),
  ]);
}

export function inspectionChange(data: Dataset, options: InspectionChangeOptions): ChartFigure {
  const { now, before } = changePair(data, options.inspection);
  const id = `inspection-change-${pageIdOf(data, now)}`;
  const rows = compareJudgements(now, before);
  const name = councilName(data, now.authority);
  const [y0, y1] = [yearOf(eventDate(before)), yearOf(eventDate(now))];
  const title =
    y0 === y1
      ? `${possessive(name)} grades, ${y1}: this inspection beside the one before`
      : `${possessive(name)} grades in ${y1} beside ${y0}`;
  const subtitle = `Filled symbol: this inspection (${describe(now)}). Hollow symbol: the previous comparable inspection (${describe(before)}). Arrows show the change.`;
  const alt = changeAlt(data, now, before, rows);
  const notes: string[] = [];
  if (now.framework !== before.framework)
    notes.push(
      `The two inspections were under different frameworks (${FRAMEWORK[before.framework].chartName}; ${FRAMEWORK[now.framework].chartName}). Both graded on the same scale, but what each judgement covers differs; judgements made only once are listed without a comparison.`,
    );
  if (now.scale === 'adequate-scale') notes.push(ADEQUATE_NOTE);
  const table: ChartTable = {
    columns: [
      { key: 'judgement', label: 'Judgement' },
      { key: 'previous_grade', label: `Previous (${y0})` },
      { key: 'this_grade', label: `This inspection (${y1})` },
      { key: 'change', label: 'What changed' },
    ],
    rows: rows.map((r) => ({
      judgement: r.label,
      previous_grade: r.before ? gradeWords(r.before, before.scale) : null,
      this_grade: r.now ? gradeWords(r.now, now.scale) : null,
      change: changeWords(r, now.scale),
    })),
  };
  const svg = (variant: Variant) =>
    finishSvg(render(variant, rows, now.scale), { id, variant, title, desc: alt });
  return makeFigure(data, {
    id,
    type: 'inspection-change',
    title,
    subtitle,
    svg,
    alt,
    notes,
    sourceIds: [before.source, now.source],
    table,
  });
}
