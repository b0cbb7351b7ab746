/**
 * What changed at one inspection: each judgement beside the same judgement at the council's
 * previous comparable inspection (src/data/inspection-pages.ts defines "comparable"). One row
 * per judgement; the grade is the position (the worst grade on the left, the best on the right),
 * the symbol's shape and its colour; the previous grade is a hollow symbol, this inspection's a
 * filled one, and an arrow runs from the first to the second when the grade moved. Judgements
 * made at only one of the two inspections are grouped below those made at both. Every text is a
 * measured label (labels.ts): a key to the symbols, the grades over their columns, the
 * judgements (beside their rows, or above them in the narrow layout) and a note where a grade is
 * missing, placed clear of the symbols or else added to the judgement's name.
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
  gradeCode,
  gradeColor,
  gradeLabel,
  gradeSymbol,
  isOverallGrade,
  type Grade,
  type GradeScale,
  type OverallGrade,
} from '../data/vocabulary';
import { eventDateText } from '../data/event-date-text';
import { listJoin, possessive, titleName, yearOf } from './history';
import {
  EDGE,
  labelBox,
  labelHeight,
  labelGroup,
  placeLabels,
  pointBox,
  type Box,
  type Label,
} from './labels';
import { gapRules } from './rule-gaps';
import { finishSvg, fontOf, pixelPlot, widthOf, type Variant } from './svg';
import { lineBoxHeight, linesWidth, textWidth, wrapText } from './text';

export interface InspectionChangeOptions {
  /** The inspection's page id, e.g. `havering-2024-ilacs`. */
  inspection: string;
}

/** The inspection and the one it is compared with; throws if there is nothing to compare. */
function changePair(data: Dataset, pageId: string): { now: Inspection; before: Inspection } {
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
  return `${FRAMEWORK[i.framework].chartName}, published ${formatDate(eventDateText(i))}`;
}

/** The years of the two inspections, and how each is called in the chart's words. */
interface Years {
  y0: number;
  y1: number;
  /** "in 2018", or "at the previous inspection" when both are of the same year. */
  atBefore: string;
  /** "in 2024", or "at this inspection". */
  atNow: string;
}

function yearsOf(now: Inspection, before: Inspection): Years {
  const [y0, y1] = [yearOf(eventDateText(before)), yearOf(eventDateText(now))];
  const same = y0 === y1;
  return {
    y0,
    y1,
    atBefore: same ? 'at the previous inspection' : `in ${y0}`,
    atNow: same ? 'at this inspection' : `in ${y1}`,
  };
}

/** The judgements made at both inspections, counted by what happened. */
function movesOf(rows: JudgementChange[]): { up: number; down: number; same: number; both: number } {
  const n = (c: string) => rows.filter((r) => r.change === c).length;
  const [up, down, same] = [n('up'), n('down'), n('same')];
  return { up, down, same, both: up + down + same };
}

/** "rose from inadequate to adequate", "fell from good to inadequate", "stayed good". */
function moveWords(r: JudgementChange, scale: GradeScale): string {
  const w = (g: Grade | null) => (g ? gradeWords(g, scale) : '');
  if (r.change === 'same') return `stayed ${w(r.now)}`;
  return `${r.change === 'up' ? 'rose' : 'fell'} from ${w(r.before)} to ${w(r.now)}`;
}

/** The title: the finding, in a line. */
function changeTitle(data: Dataset, now: Inspection, before: Inspection, rows: JudgementChange[]): string {
  const a = data.authorities.get(now.authority);
  const name = a ? titleName(a) : councilName(data, now.authority);
  const { y0, y1 } = yearsOf(now, before);
  const span = y0 === y1 ? `in ${y1}` : `${y0} to ${y1}`;
  const w = (g: Grade | null) => (g ? gradeWords(g, now.scale) : '');
  const overall = rows.find((r) => r.key === 'overall');
  if (overall?.change === 'up' || overall?.change === 'down')
    return `${name} ${moveWords(overall, now.scale)} overall, ${span}`;
  if (overall?.change === 'missing')
    return `${name}: the ${y1} overall grade is not yet in our data; it was ${w(overall.before)} in ${y0}`;
  if (overall?.change === 'same') {
    const subs = movesOf(rows.filter((r) => r.key !== 'overall'));
    const of = (k: number) => `${k} of ${subs.both} other judgement${subs.both === 1 ? '' : 's'}`;
    const others =
      subs.down && subs.up
        ? `${subs.up} other judgement${subs.up === 1 ? '' : 's'} rose and ${subs.down} fell`
        : subs.down
          ? `${of(subs.down)} fell`
          : subs.up
            ? `${of(subs.up)} rose`
            : '';
    const again = y0 === y1 ? `at both of its ${y1} inspections` : `again in ${y1}`;
    return `${name} rated ${w(overall.now)} overall ${again}${others ? `; ${others}` : ''}`;
  }
  // No overall grade (safeguarding and looked after children inspections): the judgements.
  const compared = rows.filter((r) => r.change === 'up' || r.change === 'down' || r.change === 'same');
  const one = compared[0];
  if (compared.length === 1 && one)
    return `${name}: ${one.label.toLowerCase()} ${moveWords(one, now.scale)}, ${span}`;
  if (!compared.length) return `${possessive(name)} ${y1} judgements beside those of ${y0}`;
  const all = movesOf(compared);
  const counts = [
    all.up ? `${all.up} rose` : '',
    all.down ? `${all.down} fell` : '',
    all.same ? `${all.same} stayed the same` : '',
  ].filter(Boolean);
  return `${name}, ${span}: of ${all.both} judgements made both times, ${listJoin(counts)}`;
}

/** The finding, from the rows. */
function changeAlt(data: Dataset, now: Inspection, before: Inspection, rows: JudgementChange[]): string {
  const name = councilName(data, now.authority);
  const w = (g: Grade | null) => (g ? gradeWords(g, now.scale) : '');
  const { y0, y1 } = yearsOf(now, before);
  // Two inspections in one year are told apart by order, not by year.
  const [at0, at1] =
    y0 === y1 ? ['at the previous inspection', `at this one, both in ${y1}`] : [`in ${y0}`, `in ${y1}`];
  const overall = rows.find((r) => r.key === 'overall');
  const parts: string[] = [];
  if (overall?.change === 'up' || overall?.change === 'down')
    parts.push(
      `${possessive(name)} overall grade ${overall.change === 'up' ? 'rose' : 'fell'} from ${w(overall.before)} ${at0} to ${w(overall.now)} ${at1}.`,
    );
  else if (overall?.change === 'same')
    parts.push(
      y0 === y1
        ? `${name} was graded ${w(overall.now)} overall at both of its inspections in ${y1}.`
        : `${name} was graded ${w(overall.now)} overall in ${y1}, as in ${y0}.`,
    );
  else if (overall?.change === 'missing')
    parts.push(
      `${possessive(name)} ${y1} overall grade is not yet in our data (it was ${w(overall.before)} in ${y0}).`,
    );
  else parts.push(`${possessive(name)} ${y1} judgements beside those of ${y0}.`);
  const other = overall ? ' other' : '';
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
      `Of ${both.length}${other} judgement${both.length === 1 ? '' : 's'} made both times, ${listJoin(counts)}.` +
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

// ---- Drawing -----------------------------------------------------------------------------------

/** Symbol sizes (Plot's r: a symbol of the same area as a circle of that radius). */
const R_BEFORE = 8;
const R_NOW = 5;

/**
 * How far a grade's symbol reaches from its centre, in px, stroke included: Plot draws a symbol
 * with the area of a circle of radius r (d3's shapes), and a stroke's mitred corners reach past
 * the outline by half the stroke over the sine of half the corner's angle (a star's 36° points,
 * a diamond's 60° tips, a square's corners).
 */
function reach(g: OverallGrade, r: number, stroke: number): number {
  const area = Math.PI * r * r;
  const shapes: Record<OverallGrade, [number, number]> = {
    outstanding: [Math.sqrt(area * 0.8908130915292852), 1 / Math.sin(Math.PI / 10)],
    good: [r, 1],
    'requires-improvement': [Math.sqrt(area / (Math.sqrt(1 / 3) * 2)), 2],
    inadequate: [Math.sqrt(area / 2), Math.SQRT2],
  };
  const [outline, mitre] = shapes[g];
  return outline + (stroke / 2) * mitre;
}

/** How far a grade's symbol reaches to either side of its centre, in px, stroke included. */
function across(g: OverallGrade, r: number, stroke: number): number {
  const area = Math.PI * r * r;
  const tan30 = Math.sqrt(1 / 3);
  const sin72 = Math.sin((2 * Math.PI) / 5);
  const shapes: Record<OverallGrade, [number, number]> = {
    outstanding: [Math.sqrt(area * 0.8908130915292852) * sin72, sin72 / Math.sin(Math.PI / 10)],
    good: [r, 1],
    'requires-improvement': [Math.sqrt(area / (tan30 * 2)) * tan30, 1 / Math.sin(Math.PI / 3)],
    inadequate: [Math.sqrt(area) / 2, 1],
  };
  const [outline, mitre] = shapes[g];
  return outline + (stroke / 2) * mitre;
}

/** The judgements in groups: made both times, made only before, made only now. */
function sectionsOf(rows: JudgementChange[], ys: Years): { title: string | null; rows: JudgementChange[] }[] {
  const both = rows.filter((r) => r.change !== 'only-before' && r.change !== 'only-now');
  const onlyBefore = rows.filter((r) => r.change === 'only-before');
  const onlyNow = rows.filter((r) => r.change === 'only-now');
  const split = onlyBefore.length > 0 || onlyNow.length > 0;
  return [
    { title: split && both.length ? 'Judged both times' : null, rows: both },
    { title: `Judged ${ys.atBefore}, not ${ys.atNow}`, rows: onlyBefore },
    { title: `Judged ${ys.atNow}, not ${ys.atBefore}`, rows: onlyNow },
  ].filter((s) => s.rows.length);
}

/** Where a row's grade is missing, what the chart says instead. */
function noteOf(r: JudgementChange, ys: Years, scale: GradeScale): string | null {
  if (r.change === 'missing') return `${ys.y1}: not yet in our data`;
  if (r.change !== 'not-graded') return null;
  const notJudged = gradeWords('not-judged', scale);
  return r.now === 'not-judged' ? `${notJudged} ${ys.atNow}` : `${notJudged} ${ys.atBefore}`;
}

interface Columns {
  /** Centre of each grade's column, worst first. */
  x: number[];
  /** Each column's heading. */
  heads: string[][];
  /** Whether each heading sits on the upper of two staggered lines. */
  upper: boolean[];
  /** A key to the codes, when the columns are headed by codes. */
  key: string | null;
}

/**
 * Four evenly spaced columns between `left` and `right`, headed by the grades' names: side by
 * side, wrapped to fit; else on two staggered lines, each heading of the upper line with a tick
 * down to its column that passes clear of the lower line's headings; else by the grades' codes,
 * with a key.
 */
function columnsOf(left: number, right: number, scale: GradeScale, size: number): Columns {
  const gap = 10;
  const spread = (w: number[]) => {
    const first = left + Math.max((w[0] ?? 0) / 2, 16);
    const last = right - Math.max((w[3] ?? 0) / 2, 16);
    return COLUMNS.map((_, k) => first + (k * (last - first)) / 3);
  };
  const apart = (x: number[], w: number[], a: number, b: number) =>
    (x[b] ?? 0) - (x[a] ?? 0) >= ((w[a] ?? 0) + (w[b] ?? 0)) / 2 + gap;
  const wrapped = COLUMNS.map((g) => wrapText(gradeLabel(g, scale), (right - left) / 4 - gap, size));
  const ww = wrapped.map((h) => linesWidth(h, size));
  const xw = spread(ww);
  if ([1, 2, 3].every((k) => apart(xw, ww, k - 1, k)))
    return { x: xw, heads: wrapped, upper: COLUMNS.map(() => false), key: null };
  const names = COLUMNS.map((g) => [gradeLabel(g, scale)]);
  const w = names.map((h) => linesWidth(h, size));
  const x = spread(w);
  for (const odd of [true, false]) {
    const upper = COLUMNS.map((_, k) => (k % 2 === 1) === odd);
    const clear = [0, 1].every((k) => apart(x, w, k, k + 2));
    // An upper heading's tick runs down past the lower headings beside it.
    const ticks = COLUMNS.every(
      (_, k) =>
        !upper[k] ||
        [k - 1, k + 1].every(
          (j) => j < 0 || j > 3 || Math.abs((x[k] ?? 0) - (x[j] ?? 0)) >= (w[j] ?? 0) / 2 + 4,
        ),
    );
    if (clear && ticks) return { x, heads: names, upper, key: null };
  }
  const codes = COLUMNS.map((g) => [gradeCode(g, scale)]);
  return {
    x: spread(codes.map((h) => linesWidth(h, size))),
    heads: codes,
    upper: COLUMNS.map(() => false),
    key: `Grades: ${[...COLUMNS]
      .reverse()
      .map((g) => `${gradeCode(g, scale)} ${gradeWords(g, scale)}`)
      .join(', ')}`,
  };
}

interface Dot {
  x: number;
  y: number;
  grade: OverallGrade;
}

function render(variant: Variant, rows: JudgementChange[], scale: GradeScale, ys: Years): Element {
  // Wide: the judgements in a column on the left, the four grade columns to their right. Narrow:
  // each judgement on its own line(s), its symbols on the line below, across the full width.
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const size = fontOf(variant);
  const muted = { fill: 'var(--chart-muted-text)' };
  const labels: Label[] = [];
  const keyDots: { x: number; y: number; hollow: boolean }[] = [];
  const nameW = narrow ? width - 2 * EDGE : 190;
  const left = narrow ? EDGE : EDGE + nameW + 16;
  const right = width - EDGE;
  const cols = columnsOf(left, right, scale, size);
  const colX = (g: OverallGrade) => cols.x[COLUMNS.indexOf(g)] ?? 0;
  let y = EDGE;

  // The key: a hollow and a filled symbol, each with its words; on one line if both fit.
  const keyH = Math.max(lineBoxHeight(size), 2 * R_BEFORE + 4);
  const keyItems = [
    { hollow: true, text: ys.y0 === ys.y1 ? 'previous inspection' : `${ys.y0}: previous inspection` },
    { hollow: false, text: ys.y0 === ys.y1 ? 'this inspection' : `${ys.y1}: this inspection` },
  ];
  let kx = EDGE;
  for (const item of keyItems) {
    const w = 2 * R_BEFORE + 8 + textWidth(item.text, size);
    if (kx > EDGE && kx + w > right) {
      kx = EDGE;
      y += keyH + 2;
    }
    keyDots.push({ x: kx + R_BEFORE + 1, y: y + keyH / 2, hollow: item.hollow });
    labels.push({
      lines: [item.text],
      x: kx + 2 * R_BEFORE + 8,
      y: y + keyH / 2,
      anchor: 'start',
      valign: 'middle',
      size,
    });
    kx += w + 20;
  }
  y += keyH + 8;
  if (cols.key) {
    const lines = wrapText(cols.key, right - EDGE, size);
    labels.push({ lines, x: EDGE, y, anchor: 'start', valign: 'top', size, attrs: muted });
    y += labelHeight(lines.length, size) + 8;
  }

  // The grades, over their columns (staggered headings on two lines, ticks from the upper).
  const lower = cols.heads.filter((_, k) => !cols.upper[k]);
  const lowerH = labelHeight(Math.max(...lower.map((h) => h.length)), size);
  const upperH = cols.upper.some(Boolean) ? lineBoxHeight(size) + 2 : 0;
  const ticks: { x: number; y1: number; y2: number }[] = [];
  COLUMNS.forEach((_, k) => {
    const x = cols.x[k] ?? 0;
    const bottom = cols.upper[k] ? y + upperH - 2 : y + upperH + lowerH;
    labels.push({ lines: cols.heads[k] ?? [], x, y: bottom, anchor: 'middle', valign: 'bottom', size });
    if (cols.upper[k]) ticks.push({ x, y1: bottom + 2, y2: y + upperH + lowerH });
  });
  y += upperH + lowerH + 4;

  // The rows, in their groups.
  const band = 2 * reach('outstanding', R_BEFORE, 2) + 4;
  const befores: Dot[] = [];
  const nows: Dot[] = [];
  const arrows: { x1: number; x2: number; y: number }[] = [];
  const guides: { y1: number; y2: number }[] = [];
  const rules: { y: number }[] = [];
  for (const section of sectionsOf(rows, ys)) {
    if (section.title) {
      y += 6;
      const lines = wrapText(section.title, right - EDGE, size);
      labels.push({ lines, x: EDGE, y, anchor: 'start', valign: 'top', size, attrs: muted });
      y += labelHeight(lines.length, size) + 2;
    }
    for (const r of section.rows) {
      const before = isOverallGrade(r.before) ? r.before : null;
      const now = isOverallGrade(r.now) ? r.now : null;
      // The note, placed in the row's band (centre 0) clear of its symbols, else added to the name.
      const dots = [
        ...(before ? [pointBox(colX(before), 0, reach(before, R_BEFORE, 2))] : []),
        ...(now ? [pointBox(colX(now), 0, reach(now, R_NOW, 1.5))] : []),
      ];
      const note = noteOf(r, ys, scale);
      let placed: Label | null = null;
      if (note) {
        const xs = dots.flatMap((d) => [d.left, d.right]);
        const at = (x: number, anchor: Label['anchor']): Label => ({
          lines: [note],
          x,
          y: 0,
          anchor,
          valign: 'middle',
          size,
          // A halo keeps the grid's rules from running through the words.
          attrs: { ...muted, stroke: 'var(--page-bg)', 'stroke-width': 4, 'paint-order': 'stroke' },
        });
        const candidates = xs.length
          ? [at(Math.max(...xs) + 8, 'start'), at(Math.min(...xs) - 8, 'end')]
          : [at((left + right) / 2, 'middle')];
        const bounds: Box = { left, right, top: -band / 2, bottom: band / 2 };
        placed = placeLabels([candidates], dots, bounds)[0]?.label ?? null;
      }
      const name = note && !placed ? `${r.label} (${note})` : r.label;
      const weight = r.key === 'overall' ? 'bold' : 'normal';
      const nameLines = wrapText(name, nameW, size, weight);
      const nameH = labelHeight(nameLines.length, size, weight);
      let cy: number;
      if (narrow) {
        labels.push({ lines: nameLines, x: EDGE, y: y + 4, anchor: 'start', valign: 'top', size, weight });
        cy = y + 4 + nameH + band / 2;
        y = cy + band / 2 + 2;
      } else {
        const h = Math.max(band + 4, nameH + 10);
        cy = y + h / 2;
        labels.push({ lines: nameLines, x: EDGE, y: cy, anchor: 'start', valign: 'middle', size, weight });
        rules.push({ y: cy });
        y += h;
      }
      guides.push({ y1: cy - band / 2, y2: cy + band / 2 });
      if (placed) labels.push({ ...placed, y: cy });
      if (before) befores.push({ x: colX(before), y: cy, grade: before });
      if (now) nows.push({ x: colX(now), y: cy, grade: now });
      // The arrow runs between the symbols' sides, 3 px clear of each.
      if (before && now && before !== now) {
        const dir = Math.sign(colX(now) - colX(before));
        arrows.push({
          x1: colX(before) + dir * (across(before, R_BEFORE, 2) + 3),
          x2: colX(now) - dir * (across(now, R_NOW, 1.5) + 3),
          y: cy,
        });
      }
    }
  }
  const height = Math.ceil(y + EDGE + 2);
  const gridX0 = (cols.x[0] ?? left) - band / 2;
  const gridX1 = (cols.x[3] ?? right) + band / 2;

  const el = pixelPlot(width, height, [
    // Each row's grid: a line across (wide) and a short rule at each grade.
    Plot.ruleY(rules, { y: 'y', x1: gridX0, x2: gridX1, stroke: 'var(--chart-grid)' }),
    ...cols.x.map((cx) => Plot.ruleX(guides, { x: cx, y1: 'y1', y2: 'y2', stroke: 'var(--chart-grid)' })),
    Plot.ruleX(ticks, { x: 'x', y1: 'y1', y2: 'y2', stroke: 'var(--chart-muted)' }),
    Plot.arrow(arrows, {
      x1: 'x1',
      x2: 'x2',
      y1: 'y',
      y2: 'y',
      headLength: 8,
      stroke: 'currentColor',
      strokeWidth: 1.5,
    }),
    Plot.dot(befores, {
      x: 'x',
      y: 'y',
      r: R_BEFORE,
      symbol: (d: Dot) => gradeSymbol(d.grade),
      fill: 'var(--page-bg)',
      stroke: (d: Dot) => gradeColor(d.grade),
      strokeWidth: 2,
    }),
    Plot.dot(nows, {
      x: 'x',
      y: 'y',
      r: R_NOW,
      symbol: (d: Dot) => gradeSymbol(d.grade),
      fill: (d: Dot) => gradeColor(d.grade),
      stroke: (d: Dot) => gradeColor(d.grade),
      strokeWidth: 1.5,
    }),
    // The key's symbols: the same two sizes, in the text's colour.
    Plot.dot(
      keyDots.filter((d) => d.hollow),
      { x: 'x', y: 'y', r: R_BEFORE, fill: 'var(--page-bg)', stroke: 'currentColor', strokeWidth: 2 },
    ),
    Plot.dot(
      keyDots.filter((d) => !d.hollow),
      { x: 'x', y: 'y', r: R_NOW, fill: 'currentColor', stroke: 'currentColor', strokeWidth: 1.5 },
    ),
  ]);
  el.appendChild(labelGroup(labels, { fill: 'currentColor' }));
  // Rules stop short of every text.
  gapRules(el, labels.map(labelBox));
  return el;
}

export function inspectionChange(data: Dataset, options: InspectionChangeOptions): ChartFigure {
  const { now, before } = changePair(data, options.inspection);
  const id = `inspection-change-${pageIdOf(data, now)}`;
  const rows = compareJudgements(now, before);
  const ys = yearsOf(now, before);
  const { y0, y1 } = ys;
  const title = changeTitle(data, now, before, rows);
  const subtitle = `Each judgement at this inspection (${describe(now)}) beside the same judgement at the council’s previous comparable inspection (${describe(before)})`;
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
    finishSvg(render(variant, rows, now.scale, ys), { id, variant, title, desc: alt });
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
