/**
 * Rating transitions: each current council's previous overall grade (SIF or ILACS) against its
 * latest, counted per pair, with the councils named. Position says the direction: rows are the
 * previous grade, columns the latest; cells above the diagonal rose, below it fell.
 *
 * `transitionsOf`, `gradeChange` and `directionOf` are the one rule for who is compared and which
 * way they moved: the chart and `:stat{measure="councils-transition" ...}` both count with them.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../data/types';
import type { ChartFigure } from './figure';
import { chartTable } from './chart-table';
import { drawnFigure } from './drawn-figure';
import {
  GRADE_ORDER,
  frameworkFamily,
  gradeCode,
  gradeLabel,
  gradeWords,
  type OverallGrade,
} from '../data/vocabulary';
import { gradedHistory, listJoin, yearOf } from './history';
import { latestRating } from '../data/ratings-at';
import { EDGE, MUTED_TEXT, labelGroup, labelHeight, type Label } from './labels';
import { fontOf, pixelPlot, widthOf, type Variant } from './svg';
import { lineBoxHeight, linesWidth, wrapText } from './text';

export interface Transition {
  slug: string;
  name: string;
  previous: OverallGrade;
  latest: OverallGrade;
  previousYear: number;
  latestYear: number;
  /** >0 rose, <0 fell. */
  change: number;
  sources: string[];
}

type TransitionDirection = 'rose' | 'fell' | 'same';

/** Grades moved from `previous` to `latest`: >0 rose, <0 fell. */
function gradeChange(previous: OverallGrade, latest: OverallGrade): number {
  return GRADE_ORDER.indexOf(previous) - GRADE_ORDER.indexOf(latest);
}

/** Which way a change of grade went. */
export function directionOf(change: number): TransitionDirection {
  return change > 0 ? 'rose' : change < 0 ? 'fell' : 'same';
}

/** Each current council with two SIF or ILACS overall grades, its latest against the one before. */
export function transitionsOf(data: Dataset): { moves: Transition[]; single: number; awaiting: string[] } {
  const moves: Transition[] = [];
  let single = 0;
  const awaiting: string[] = [];
  for (const a of data.authorities.values()) {
    if (!a.current) continue;
    // A latest inspection whose grade is not in the data: its older grades are not "latest".
    if (latestRating(data, a.slug)?.grade === null) {
      awaiting.push(a.name);
      continue;
    }
    const h = gradedHistory(data, a.slug).filter((e) => frameworkFamily(e.inspection.framework) !== 'other');
    const latest = h[h.length - 1];
    const prev = h[h.length - 2];
    if (!latest) continue;
    if (!prev) {
      single++;
      continue;
    }
    moves.push({
      slug: a.slug,
      name: a.name,
      previous: prev.grade,
      latest: latest.grade,
      previousYear: yearOf(prev.date),
      latestYear: yearOf(latest.date),
      change: gradeChange(prev.grade, latest.grade),
      sources: [prev.inspection.source, latest.inspection.source],
    });
  }
  moves.sort((x, y) => x.name.localeCompare(y.name, 'en'));
  awaiting.sort((x, y) => x.localeCompare(y, 'en'));
  return { moves, single, awaiting };
}

export function transitions(data: Dataset): ChartFigure {
  const id = 'transitions';
  const { moves, single, awaiting } = transitionsOf(data);
  const pairs = GRADE_ORDER.flatMap((p) =>
    GRADE_ORDER.map((l) => ({
      previous: p,
      latest: l,
      councils: moves.filter((m) => m.previous === p && m.latest === l),
    })),
  );
  const rose = moves.filter((m) => directionOf(m.change) === 'rose');
  const fell = moves.filter((m) => directionOf(m.change) === 'fell');
  const same = moves.filter((m) => directionOf(m.change) === 'same').length;
  const title = `At their latest inspection, ${rose.length} councils rose a grade or more and ${fell.length} fell`;
  const subtitle =
    'Current councils with at least two SIF or ILACS overall grades; rows are the previous grade, columns the latest';
  const worst = Math.min(0, ...fell.map((m) => m.change));
  const biggest = fell.filter((m) => m.change === worst).slice(0, 5);
  const alt =
    `Of ${moves.length} councils with two or more overall grades, ${rose.length} rose, ${same} stayed the same and ${fell.length} fell.` +
    (biggest.length
      ? ` Largest fall${biggest.length > 1 ? 's' : ''}: ${listJoin(biggest.map((m) => `${m.name} (${gradeLabel(m.previous).toLowerCase()} to ${gradeLabel(m.latest).toLowerCase()})`))}.`
      : '');
  const notes = [
    'Only overall grades from the single inspection framework (SIF, from November 2013) and ILACS (from January 2018) are compared, as earlier frameworks graded differently.',
    `${single} current council${single === 1 ? ' has' : 's have'} only one such grade and ${single === 1 ? 'is' : 'are'} not shown.`,
    ...(awaiting.length
      ? [
          `Not shown: ${listJoin(awaiting)}, whose latest inspection's overall grade is not yet in our data; an older grade is not shown as the latest.`,
        ]
      : []),
    'The table lists every council in each cell; the chart names as many as fit (none on small screens).',
  ];
  const table = chartTable(
    {
      previous: 'Previous grade',
      latest: 'Latest grade',
      direction: 'Direction',
      councils: 'Councils',
      names: 'Which councils',
    },
    pairs
      .filter((p) => p.councils.length)
      .map((p) => ({
        previous: gradeLabel(p.previous),
        latest: gradeLabel(p.latest),
        direction: directionOf(gradeChange(p.previous, p.latest)),
        councils: p.councils.length,
        names: p.councils.map((c) => c.name).join('; '),
      })),
  );
  return drawnFigure(data, {
    id,
    type: 'transitions',
    title,
    subtitle,
    draw: (variant) => render(variant, pairs),
    alt,
    notes,
    sourceIds: moves.flatMap((m) => m.sources),
    table,
  });
}

function render(
  variant: Variant,
  pairs: { previous: OverallGrade; latest: OverallGrade; councils: Transition[] }[],
): Element {
  // Rows: previous grade; columns: latest grade. Each cell: the count and direction, and (wide)
  // the councils' names, as many as fit; the rest are counted ("+3 more") and all are in the table.
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const size = fontOf(variant);
  const labels: Label[] = [];
  const rowLines = GRADE_ORDER.map((g) => wrapText(gradeLabel(g), narrow ? 84 : 130, size));
  const left = Math.ceil(linesWidth([...rowLines.flat(), 'Previous ↓'], size)) + 12;
  const colW = (width - left) / 4;
  let y = EDGE;
  if (narrow) {
    const key = wrapText(
      GRADE_ORDER.map((g) => `${gradeCode(g)} ${gradeWords(g)}`).join(', '),
      width - 2 * EDGE,
      size,
    );
    labels.push({ lines: key, x: EDGE, y, anchor: 'start', valign: 'top', size, attrs: MUTED_TEXT });
    y += labelHeight(key.length, size) + 8;
  }
  labels.push({
    lines: ['Latest grade →'],
    x: left,
    y,
    anchor: 'start',
    valign: 'top',
    size,
    attrs: MUTED_TEXT,
  });
  y += lineBoxHeight(size) + 4;
  const heads = GRADE_ORDER.map((g) => (narrow ? [gradeCode(g)] : wrapText(gradeLabel(g), colW - 8, size)));
  const headH = labelHeight(Math.max(...heads.map((h) => h.length)), size);
  labels.push({
    lines: ['Previous ↓'],
    x: left - 8,
    y: y + headH,
    anchor: 'end',
    valign: 'bottom',
    size,
    attrs: MUTED_TEXT,
  });
  GRADE_ORDER.forEach((_, i) =>
    labels.push({
      lines: heads[i] ?? [],
      x: left + i * colW + colW / 2,
      y: y + headH,
      anchor: 'middle',
      valign: 'bottom',
      size,
    }),
  );
  y += headH + 6;
  const countH = lineBoxHeight(size, 'bold');
  const maxLines = 5;
  const cells: { x: number; y: number; h: number; n: number; dir: string }[] = [];
  GRADE_ORDER.forEach((prev, r) => {
    const row = pairs.filter((p) => p.previous === prev);
    // The names each cell can show: whole names only, at most `maxLines` lines, the last line
    // kept for "+N more" when some do not fit.
    const content = row.map((p) => {
      if (narrow) return [];
      const names = p.councils.map((c) => wrapText(c.name, colW - 12, size));
      const out: string[] = [];
      for (let k = 0; k < names.length; k++) {
        const next = names[k] ?? [];
        const rest = names.length - k - 1;
        if (out.length + next.length + (rest ? 1 : 0) > maxLines) {
          out.push(`+${names.length - k} more`);
          break;
        }
        out.push(...next);
      }
      return out;
    });
    const lines = Math.max(0, ...content.map((c) => c.length));
    const rowH = Math.max(
      narrow ? 40 : 44,
      Math.ceil(8 + countH + (lines ? 4 + labelHeight(lines, size) : 0) + 8),
      labelHeight(rowLines[r]?.length ?? 1, size) + 12,
    );
    labels.push({
      lines: rowLines[r] ?? [],
      x: left - 8,
      y: y + rowH / 2,
      anchor: 'end',
      valign: 'middle',
      size,
    });
    row.forEach((p, c) => {
      const x = left + GRADE_ORDER.indexOf(p.latest) * colW;
      const dir = directionOf(gradeChange(p.previous, p.latest));
      const n = p.councils.length;
      cells.push({ x, y, h: rowH, n, dir });
      labels.push({
        lines: [n ? `${n}${dir === 'same' ? '' : dir === 'rose' ? ' ↑' : ' ↓'}` : '–'],
        x: x + 8,
        y: y + 8,
        anchor: 'start',
        valign: 'top',
        size,
        weight: 'bold',
      });
      const names = content[c] ?? [];
      if (names.length)
        labels.push({ lines: names, x: x + 8, y: y + 8 + countH + 4, anchor: 'start', valign: 'top', size });
    });
    y += rowH;
  });
  const height = Math.ceil(y + 2);
  const fills: Record<string, string> = {
    same: 'var(--chart-grid)',
    rose: 'var(--chart-rose)',
    fell: 'var(--chart-fell)',
  };
  const el = pixelPlot(width, height, [
    Plot.rect(cells, {
      x1: (c: { x: number }) => c.x + 1,
      x2: (c: { x: number }) => c.x + colW - 1,
      y1: (c: { y: number }) => c.y + 1,
      y2: (c: { y: number; h: number }) => c.y + c.h - 1,
      fill: (c: { dir: string; n: number }) => (c.n ? (fills[c.dir] ?? 'none') : 'none'),
      stroke: 'var(--chart-grid)',
    }),
  ]);
  el.appendChild(labelGroup(labels, { fill: 'currentColor' }));
  return el;
}
