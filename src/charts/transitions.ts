/**
 * Rating transitions: each current council's previous overall grade (SIF or ILACS) against its
 * latest, counted per pair, with the councils named. Position says the direction: rows are the
 * previous grade, columns the latest; cells above the diagonal rose, below it fell.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../data/types';
import { type ChartFigure, type ChartTable, makeFigure } from './figure';
import { GRADE_ORDER, frameworkFamily, gradeCode, gradeLabel, type OverallGrade } from './grades';
import { gradedHistory, listJoin, yearOf } from './history';
import { latestRating } from '../data/ratings-at';
import { finishSvg, pixelPlot, truncate, widthOf, type Variant } from './svg';

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
      change: GRADE_ORDER.indexOf(prev.grade) - GRADE_ORDER.indexOf(latest.grade),
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
  const rose = moves.filter((m) => m.change > 0);
  const fell = moves.filter((m) => m.change < 0);
  const same = moves.length - rose.length - fell.length;
  const title = 'Who rose and who fell: previous grade against latest';
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
  ];
  const table: ChartTable = {
    columns: [
      { key: 'previous', label: 'Previous grade' },
      { key: 'latest', label: 'Latest grade' },
      { key: 'direction', label: 'Direction' },
      { key: 'councils', label: 'Councils' },
      { key: 'names', label: 'Which councils' },
    ],
    rows: pairs
      .filter((p) => p.councils.length)
      .map((p) => ({
        previous: gradeLabel(p.previous),
        latest: gradeLabel(p.latest),
        direction:
          p.previous === p.latest
            ? 'same'
            : GRADE_ORDER.indexOf(p.previous) > GRADE_ORDER.indexOf(p.latest)
              ? 'rose'
              : 'fell',
        councils: p.councils.length,
        names: p.councils.map((c) => c.name).join('; '),
      })),
  };
  const svg = (variant: Variant) => finishSvg(render(variant, pairs), { id, variant, title, desc: alt });
  return makeFigure(data, {
    id,
    type: 'transitions',
    title,
    subtitle,
    svg,
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
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const left = narrow ? 92 : 150;
  const top = 44;
  const colW = (width - left - 4) / 4;
  const rowH = narrow ? 52 : 78;
  const short = (g: OverallGrade) =>
    g === 'requires-improvement' ? (narrow ? 'Req. impr.' : 'Requires impr.') : gradeLabel(g);
  const cells = pairs.map((p) => ({
    x: left + GRADE_ORDER.indexOf(p.latest) * colW,
    y: top + GRADE_ORDER.indexOf(p.previous) * rowH,
    n: p.councils.length,
    dir:
      p.previous === p.latest
        ? 'same'
        : GRADE_ORDER.indexOf(p.previous) > GRADE_ORDER.indexOf(p.latest)
          ? 'rose'
          : 'fell',
    names: narrow
      ? ''
      : p.councils.length <= 3
        ? p.councils.map((c) => truncate(c.name, 16)).join('\n')
        : `${p.councils
            .slice(0, 2)
            .map((c) => truncate(c.name, 16))
            .join('\n')}\n+${p.councils.length - 2} more`,
  }));
  const height = top + 4 * rowH + 6;
  const fills: Record<string, string> = {
    same: 'var(--chart-grid)',
    rose: 'var(--chart-rose)',
    fell: 'var(--chart-fell)',
  };
  return pixelPlot(width, height, [
    Plot.rect(cells, {
      x1: (c: { x: number }) => c.x + 1,
      x2: (c: { x: number }) => c.x + colW - 1,
      y1: (c: { y: number }) => c.y + 1,
      y2: (c: { y: number }) => c.y + rowH - 1,
      fill: (c: { dir: string; n: number }) => (c.n ? (fills[c.dir] ?? 'none') : 'none'),
      stroke: 'var(--chart-grid)',
    }),
    Plot.text(cells, {
      x: (c: { x: number }) => c.x + 8,
      y: (c: { y: number }) => c.y + 14,
      text: (c: { n: number; dir: string }) =>
        c.n ? `${c.n}${c.dir === 'same' ? '' : c.dir === 'rose' ? ' ↑' : ' ↓'}` : '–',
      textAnchor: 'start',
      fontWeight: 'bold',
    }),
    Plot.text(cells, {
      x: (c: { x: number }) => c.x + 8,
      y: (c: { y: number }) => c.y + 28,
      text: 'names',
      textAnchor: 'start',
      lineAnchor: 'top',
    }),
    Plot.text(GRADE_ORDER, {
      x: (_: OverallGrade, i: number) => left + i * colW + colW / 2,
      y: top - 10,
      text: (g: OverallGrade) => (narrow ? gradeCode(g) : short(g)),
    }),
    Plot.text(['Latest grade →'], {
      x: left,
      y: 12,
      text: (d: string) => d,
      textAnchor: 'start',
      fill: 'var(--chart-muted-text)',
    }),
    Plot.text(GRADE_ORDER, {
      x: left - 8,
      y: (_: OverallGrade, i: number) => top + i * rowH + rowH / 2,
      text: short,
      textAnchor: 'end',
    }),
    Plot.text(['Previous ↓'], {
      x: left - 8,
      y: top - 10,
      text: (d: string) => d,
      textAnchor: 'end',
      fill: 'var(--chart-muted-text)',
    }),
  ]);
}
