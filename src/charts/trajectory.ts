/**
 * Rating trajectory of one council: every graded inspection since 2008 on an ordinal grade axis
 * over time, framework changes marked, adequate-scale grades flagged (open symbols, "adequate"),
 * SLAC's two judgements labelled, ungraded events on a separate strip below.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset, Inspection } from '../data/types';
import type { ChartFigure } from './figure';
import { chartTable } from './chart-table';
import { drawnFigure } from './drawn-figure';
import {
  ADEQUATE_CHART_NOTE,
  FRAMEWORK,
  FRAMEWORK_CHANGE_NOTE,
  FRAMEWORK_CHANGES,
  FRAMEWORK_CODES,
  SLAC_NOTE,
  TRAJECTORY_LINE_NOTE,
  GRADE_ORDER,
  comparableFrameworks,
  eventDate,
  gradeColor,
  gradeLabel,
  gradeSymbol,
  gradeWords,
  isAdequate,
  isOverallGrade,
  type OverallGrade,
  type Framework,
  type GradeScale,
  type JudgementKey,
} from '../data/vocabulary';
import { formerNote, inspectionsOf, utc, yearOf } from './history';
import * as d3 from 'd3';
import {
  EDGE,
  MUTED_TEXT,
  labelBox,
  labelGroup,
  labelHeight,
  placeLabels,
  pointBox,
  type Anchor,
  type Label,
  type VAlign,
} from './labels';
import { emptySvg, fontOf, plot, widthOf, yearTicks, type Variant } from './svg';
import { linesWidth, textWidth, wrapText } from './text';
import { gapRules } from './rule-gaps';
import { inspectionByPageId } from '../data/inspection-pages';
import { SLAC_JUDGEMENTS, highlightSentence, trajectoryAlt, trajectoryTitle } from './trajectory-words';

export { trajectoryAlt };

export interface TrajectoryOptions {
  authority: string;
  /** Page id of one of the council's inspections to ring (e.g. on that inspection's page). */
  highlight?: string | undefined;
}

interface GradePoint {
  date: string;
  x: Date;
  grade: OverallGrade;
  scale: GradeScale;
  kind: 'overall' | 'slac';
  judgement: string;
  framework: Framework;
  /** The label's first line, per layout: framework and year (wide), year (narrow). */
  head: Record<Variant, string>;
  /** What the label adds under its first line: SLAC's judgement(s); "adequate*". */
  more: string[];
  /** False for the second of two SLAC judgements with one grade (one label for both). */
  labelled: boolean;
  open: boolean;
  dx: number;
  source: string;
  /** The inspection the page is about, ringed. */
  highlight: boolean;
}

interface StripPoint {
  date: string;
  x: Date;
  type: string;
  framework: Framework;
  theme: string | null;
  source: string;
  highlight: boolean;
}

/** Frameworks that give no grade: drawn on the strip below the grades. */
const STRIP_FRAMEWORKS = new Set<Framework>(FRAMEWORK_CODES.filter((f) => FRAMEWORK[f].scale === 'ungraded'));

function points(
  list: Inspection[],
  marked: Inspection | null,
): { graded: GradePoint[]; strip: StripPoint[] } {
  const graded: GradePoint[] = [];
  const strip: StripPoint[] = [];
  for (const i of list) {
    const date = eventDate(i);
    if (date === null) continue;
    const fw = FRAMEWORK[i.framework];
    const year = yearOf(date);
    const head = { wide: `${fw.chartShort} ${year}`, narrow: String(year) };
    if (isOverallGrade(i.overall)) {
      const adequate = isAdequate(i.overall, i.scale);
      graded.push({
        date,
        x: utc(date),
        grade: i.overall,
        scale: i.scale,
        kind: 'overall',
        judgement: 'overall effectiveness',
        framework: i.framework,
        head,
        more: adequate ? ['adequate*'] : [],
        labelled: true,
        open: adequate,
        dx: 0,
        source: i.source,
        highlight: i === marked,
      });
      continue;
    }
    const slac = SLAC_JUDGEMENTS.filter(([k]) => isOverallGrade(i.judgements[k]));
    if (slac.length) {
      // Judgements with the same grade share one label; symbols sit side by side.
      const byGrade = new Map<OverallGrade, [JudgementKey, string][]>();
      for (const j of slac) {
        const g = i.judgements[j[0]] as OverallGrade;
        byGrade.set(g, [...(byGrade.get(g) ?? []), j]);
      }
      for (const [g, js] of byGrade) {
        js.forEach(([, words], n) => {
          const adequate = isAdequate(g, i.scale);
          graded.push({
            date,
            x: utc(date),
            grade: g,
            scale: i.scale,
            kind: 'slac',
            judgement: words,
            framework: i.framework,
            head,
            more: [js.length > 1 ? 'both judgements' : words, ...(adequate ? ['adequate*'] : [])],
            labelled: n === 0,
            open: adequate,
            dx: js.length > 1 ? (n === 0 ? -6 : 6) : 0,
            source: i.source,
            highlight: i === marked,
          });
        });
      }
      continue;
    }
    if (STRIP_FRAMEWORKS.has(i.framework) || i.overall === null || i.scale === 'ungraded') {
      strip.push({
        date,
        x: utc(date),
        type: fw.chartName,
        framework: i.framework,
        theme: i.theme,
        source: i.source,
        highlight: i === marked,
      });
    }
  }
  return { graded, strip };
}

/**
 * Ring radii: a grade's symbol (r 6) reaches 13.3 px from its centre (a star's point, with its
 * mitred stroke), a strip's triangle (r 5) about 9.3 px; each ring's inner edge (1 px inside
 * its radius) stays clear of them.
 */
const RING_R = 15;
const STRIP_RING_R = 11;
/**
 * A strip's triangle (r 5, stroke 1.5) is about 15 px across and 13 px tall. Two in one lane keep
 * their centres this far apart; a ringed one keeps its ring clear of the next.
 */
const STRIP_GAP = 16;
const STRIP_RING_GAP = STRIP_RING_R + 10;
/** Lanes of a strip row: centres this far apart, or far enough to keep a ring clear of a triangle. */
const LANE = 14;
const RING_LANE = STRIP_RING_R + 10;

/**
 * Events of one strip row, in date order, each in the first lane where it clears the last event
 * in that lane (visits a few months apart would otherwise cover each other): each event's lane,
 * and the spacing of the lanes. Exported for tests.
 */
export function stripLanes(events: readonly { px: number; highlight: boolean }[]): {
  lanes: number[];
  spacing: number;
} {
  const last: { px: number; highlight: boolean }[] = [];
  const lanes = events.map((e) => {
    const gap = (o: { highlight: boolean }) => (e.highlight || o.highlight ? STRIP_RING_GAP : STRIP_GAP);
    let lane = last.findIndex((o) => e.px - o.px >= gap(o));
    if (lane < 0) lane = last.length;
    last[lane] = e;
    return lane;
  });
  // A ring reaches into the lanes beside it: they move further apart where one is near it.
  const nearRing = events.some(
    (e, i) =>
      e.highlight && events.some((o, j) => lanes[j] !== lanes[i] && Math.abs(o.px - e.px) < STRIP_RING_GAP),
  );
  return { lanes, spacing: nearRing ? RING_LANE : LANE };
}

/**
 * The runs of the step line: overall grades in date order, two neighbours joined only where their
 * frameworks are comparable and no other graded judgement (a SLAC's) falls between them, so the
 * line never stands for a year that had another judgement. Runs of one grade draw no line.
 * Exported for tests.
 */
export function lineRuns<P extends { date: string; kind: 'overall' | 'slac'; framework: Framework }>(
  graded: readonly P[],
): P[][] {
  const runs: P[][] = [];
  let run: P[] = [];
  for (const p of graded.filter((q) => q.kind === 'overall')) {
    const q = run[run.length - 1];
    const between = q ? graded.some((o) => o.kind === 'slac' && o.date > q.date && o.date < p.date) : false;
    if (q && (!comparableFrameworks(q.framework, p.framework) || between)) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

interface Drawn {
  el: Element;
  /** Points whose label did not fit anywhere (the table lists them). */
  unlabelled: number;
}

/**
 * The candidate places of a point's label, best first: the full label, then (for adequate
 * grades) the same with "adequate*" shortened to an asterisk, then the first line alone; each
 * above, below, right and left of the point.
 */
function candidates(
  p: GradePoint,
  px: number,
  py: number,
  variant: Variant,
  size: number,
  /** Distance from the point's centre to a label's edge: more for a ringed point. */
  away = { v: 12, h: 11 },
): Label[] {
  const wrapW = variant === 'wide' ? 170 : 120;
  const head = p.head[variant];
  const star = p.open ? '*' : '';
  const judgement = p.more.filter((m) => m !== 'adequate*').flatMap((m) => wrapText(m, wrapW, size));
  const texts = [
    [head, ...p.more.flatMap((m) => wrapText(m, wrapW, size))],
    ...(p.open ? [[`${head}${star}`, ...judgement]] : []),
    ...(judgement.length ? [[`${head}${star}`]] : []),
  ];
  const attrs = {
    fill: 'currentColor',
    stroke: 'var(--page-bg)',
    'stroke-width': 3,
    'paint-order': 'stroke',
  };
  return texts.flatMap((lines, tier) => {
    const l = (x: number, y: number, anchor: Anchor, valign: VAlign): Label => ({
      lines,
      tier,
      x,
      y,
      anchor,
      valign,
      size,
      attrs,
    });
    return [
      l(px, py - away.v, 'middle', 'bottom'),
      l(px - 4, py - away.v, 'start', 'bottom'),
      l(px + 4, py - away.v, 'end', 'bottom'),
      l(px, py + away.v, 'middle', 'top'),
      l(px - 4, py + away.v, 'start', 'top'),
      l(px + 4, py + away.v, 'end', 'top'),
      l(px + away.h, py, 'start', 'middle'),
      l(px - away.h, py, 'end', 'middle'),
    ];
  });
}

function render(variant: Variant, graded: GradePoint[], strip: StripPoint[], domain: [Date, Date]): Drawn {
  // Marks by Plot on a pixel y scale (grade rows on top, a framed strip of ungraded events
  // below); every text but the year axis is a measured label (labels.ts).
  const width = widthOf(variant);
  const narrow = variant === 'narrow';
  const size = fontOf(variant);
  const rowLabelW = narrow ? 84 : 150;
  const gradeRows = GRADE_ORDER.map((g) => ({ g, lines: wrapText(gradeLabel(g), rowLabelW, size) }));
  const types = [...new Set(strip.map((s) => s.type))];
  const typeRows = types.map((t) => ({ t, lines: wrapText(t, rowLabelW, size) }));
  const marginLeft =
    Math.ceil(
      linesWidth(
        [...gradeRows, ...typeRows].flatMap((r) => r.lines),
        size,
      ),
    ) + 12;
  const marginRight = 20;
  const top = 26;
  const rowGap = narrow ? 52 : 48;
  const rowY = (g: OverallGrade) => top + 26 + GRADE_ORDER.indexOf(g) * rowGap;
  const gradeBottom = top + 52 + 3 * rowGap;
  const x = d3
    .scaleUtc()
    .domain(domain)
    .range([marginLeft, width - marginRight]);
  const stripTop = gradeBottom + 14;
  const stripRow = Math.max(narrow ? 32 : 26, ...typeRows.map((r) => labelHeight(r.lines.length, size) + 6));
  // Each row of the strip as tall as its lanes need, events close in time stacked in lanes.
  const laneOf = new Map<StripPoint, number>();
  const rows = types.map((t) => {
    const events = strip.filter((s) => s.type === t).sort((a, b) => a.date.localeCompare(b.date));
    const { lanes, spacing } = stripLanes(events.map((s) => ({ px: x(s.x), highlight: s.highlight })));
    events.forEach((s, i) => laneOf.set(s, lanes[i] ?? 0));
    const count = Math.max(1, ...lanes.map((l) => l + 1));
    return { count, spacing, height: Math.max(stripRow, stripRow + (count - 1) * spacing) };
  });
  const rowTop = (i: number) => stripTop + rows.slice(0, i).reduce((h, r) => h + r.height, 0);
  const typeY = (t: string) => {
    const i = types.indexOf(t);
    return rowTop(i) + (rows[i]?.height ?? stripRow) / 2;
  };
  const stripY = (s: StripPoint) => {
    const row = rows[types.indexOf(s.type)];
    const lane = laneOf.get(s) ?? 0;
    return typeY(s.type) + (row ? (lane - (row.count - 1) / 2) * row.spacing : 0);
  };
  const stripBottom = rowTop(types.length);
  // Without a strip, the axis's ticks start a little below the lowest labels' room.
  const plotBottom = types.length ? stripBottom : gradeBottom + 8;
  const height = plotBottom + 30;
  const inDomain = (d: Date) => d >= domain[0] && d <= domain[1];
  const y0 = domain[0].getUTCFullYear();
  const y1 = domain[1].getUTCFullYear();
  const ticks = yearTicks(y0, y1, (width - marginLeft - marginRight) / (y1 - y0), textWidth('2000', size))
    .map((y) => utc(`${y}-01-01`))
    // The last label must not reach past the right edge.
    .filter((d) => x(d) + textWidth('2000', size) / 2 <= width);
  const changes = FRAMEWORK_CHANGES.map((c) => ({ x: utc(c.date), label: c.label })).filter((c) =>
    inDomain(c.x),
  );
  const runs = lineRuns(graded).filter((r) => r.length > 1);
  const gy = (p: GradePoint) => rowY(p.grade);

  const fixed: Label[] = [
    ...gradeRows.map((r): Label => ({
      lines: r.lines,
      x: marginLeft - 8,
      y: rowY(r.g),
      anchor: 'end',
      valign: 'middle',
      size,
    })),
    ...typeRows.map((r): Label => ({
      lines: r.lines,
      x: marginLeft - 8,
      y: typeY(r.t),
      anchor: 'end',
      valign: 'middle',
      size,
    })),
    // Right of its line, or left of it where it would run off the chart.
    ...changes.map((c): Label => {
      const right = x(c.x) + 4 + textWidth(c.label, size) <= width - EDGE;
      return {
        lines: [c.label],
        x: right ? x(c.x) + 4 : x(c.x) - 4,
        y: top - 4,
        anchor: right ? 'start' : 'end',
        valign: 'bottom',
        size,
        attrs: MUTED_TEXT,
      };
    }),
  ];
  // Symbols reach 10 px from their centre (star, diamond), 8 across.
  const markers = graded.map((p) => {
    const b = pointBox(x(p.x) + p.dx, gy(p), 8);
    return { ...b, top: b.top - 2, bottom: b.bottom + 2 };
  });
  // The ringed inspection: one ring round its symbol, or round both of a SLAC pair that share a
  // grade (side by side); a SLAC inspection whose two judgements differ has a ring on each row.
  const rings = [...new Set(graded.filter((p) => p.highlight).map((p) => p.grade))].map((g) => {
    const ps = graded.filter((p) => p.highlight && p.grade === g);
    const first = ps[0] as GradePoint;
    const pair = ps.length > 1;
    return { x: first.x, y: gy(first), dx: pair ? 0 : first.dx, r: pair ? RING_R + 6 : RING_R };
  });
  const ringBoxes = rings.map((r) => pointBox(x(r.x) + r.dx, r.y, r.r + 1));
  // The step line's segments: no label crosses them.
  const stepLine = runs.flatMap((run) =>
    run.slice(1).flatMap((p, i) => {
      const q = run[i] as GradePoint;
      const [x0, x1, y0, y1] = [x(q.x), x(p.x), gy(q), gy(p)];
      return [
        { left: x0, right: x1, top: y0 - 1, bottom: y0 + 1 },
        { left: x1 - 1, right: x1 + 1, top: Math.min(y0, y1), bottom: Math.max(y0, y1) },
      ];
    }),
  );
  const labelled = graded.filter((p) => p.labelled).sort((a, b) => b.date.localeCompare(a.date));
  const placed = placeLabels(
    labelled.map((p) => {
      const pair = graded.filter((q) => q.date === p.date && q.grade === p.grade);
      const px = pair.length > 1 ? x(p.x) : x(p.x) + p.dx;
      const ring = p.highlight ? rings.find((r) => r.y === gy(p)) : undefined;
      const away = ring ? { v: ring.r + 3, h: ring.r + 3 } : undefined;
      return candidates(p, ring ? x(ring.x) + ring.dx : px, gy(p), variant, size, away);
    }),
    [...fixed.map(labelBox), ...markers, ...ringBoxes, ...stepLine],
    { left: EDGE, right: width - EDGE, top: EDGE, bottom: gradeBottom + 6 },
    2,
  );
  const labels = placed.flatMap((r) => (r ? [r.label] : []));

  const el = plot({
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 0,
    marginBottom: height - plotBottom,
    x: { type: 'utc', domain, ticks, label: null, tickFormat: '%Y' },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.ruleY(gradeRows, { y: (r: { g: OverallGrade }) => rowY(r.g), stroke: 'var(--chart-grid)' }),
      ...(types.length
        ? [
            Plot.rect([{ x1: domain[0], x2: domain[1], y1: stripTop, y2: stripBottom }], {
              x1: 'x1',
              x2: 'x2',
              y1: 'y1',
              y2: 'y2',
              fill: 'none',
              stroke: 'var(--chart-grid)',
            }),
            Plot.dot(strip, {
              x: 'x',
              y: stripY,
              symbol: 'triangle',
              r: 5,
              stroke: 'currentColor',
              fill: 'none',
              strokeWidth: 1.5,
            }),
          ]
        : []),
      Plot.ruleX(changes, {
        x: 'x',
        y1: top,
        y2: plotBottom,
        stroke: 'var(--chart-muted)',
        strokeDasharray: '4 3',
      }),
      Plot.line(
        runs.flatMap((run, n) => run.map((p) => ({ ...p, run: n }))),
        {
          x: 'x',
          y: gy,
          z: 'run',
          curve: 'step-after',
          stroke: 'var(--chart-muted)',
          strokeWidth: 1.5,
        },
      ),
      ...[-6, 0, 6].map((dx) =>
        Plot.dot(
          graded.filter((p) => p.dx === dx),
          {
            x: 'x',
            y: gy,
            dx,
            r: 6,
            symbol: (p: GradePoint) => gradeSymbol(p.grade),
            fill: (p: GradePoint) => (p.open ? 'var(--page-bg)' : gradeColor(p.grade)),
            stroke: (p: GradePoint) => gradeColor(p.grade),
            strokeWidth: 2,
          },
        ),
      ),
      // The inspection the page is about: a ring round its symbol(s), clear of their points.
      ...rings.map((ring) =>
        Plot.dot([ring], {
          x: 'x',
          y: 'y',
          dx: ring.dx,
          r: ring.r,
          fill: 'none',
          stroke: 'currentColor',
          strokeWidth: 2,
        }),
      ),
      Plot.dot(
        strip.filter((s) => s.highlight),
        {
          x: 'x',
          y: stripY,
          r: STRIP_RING_R,
          fill: 'none',
          stroke: 'currentColor',
          strokeWidth: 2,
        },
      ),
    ],
  });
  el.appendChild(labelGroup([...fixed, ...labels], { fill: 'currentColor' }));
  // The framework changes' and the grades' rules stop short of every label.
  gapRules(el, [...fixed, ...labels].map(labelBox));
  return { el, unlabelled: placed.filter((r) => r === null).length };
}

export function trajectory(data: Dataset, options: TrajectoryOptions): ChartFigure {
  const a = data.authorities.get(options.authority);
  if (!a) throw new Error(`unknown council "${options.authority}"`);
  const marked = options.highlight ? (inspectionByPageId(data, options.highlight) ?? null) : null;
  if (options.highlight && marked?.authority !== a.slug)
    throw new Error(`"${options.highlight}" is not an inspection of ${a.name}`);
  const id = marked ? `trajectory-at-${options.highlight ?? ''}` : `trajectory-${a.slug}`;
  const list = inspectionsOf(data, a.slug);
  const { graded, strip } = points(list, marked);
  const dates = list.map((i) => eventDate(i) as string);
  const lastYear = Math.max(2008, ...dates.map(yearOf));
  const firstYear = Math.min(2008, ...dates.map(yearOf));
  const domain: [Date, Date] = [utc(`${firstYear}-01-01`), utc(`${lastYear + 1}-01-01`)];
  const title = trajectoryTitle(data, a.slug, firstYear);
  const subtitle =
    `Ofsted’s overall grade for children’s social care at each graded inspection since ${firstYear}; visits and reports that carry no grade are marked below` +
    (marked ? '; the inspection on this page is ringed' : '');
  const alt = marked
    ? `${trajectoryAlt(data, a.slug)} ${highlightSentence(marked)}`
    : trajectoryAlt(data, a.slug);

  const notes: string[] = [FRAMEWORK_CHANGE_NOTE];
  if (graded.some((p) => p.open)) notes.push(ADEQUATE_CHART_NOTE);
  if (graded.some((p) => p.kind === 'slac')) notes.push(SLAC_NOTE);
  if (lineRuns(graded).length > 1) notes.push(TRAJECTORY_LINE_NOTE);
  if (strip.length)
    notes.push(
      'Progress reports, focused visits and monitoring visits are not graded; they are marked on the strip below the grades.',
    );
  const former = formerNote(data, a);
  if (former) notes.push(former);
  for (const i of list)
    if (i.note) notes.push(`${eventDate(i) ?? ''} ${FRAMEWORK[i.framework].chartName}: ${i.note}`);
  const undated = data.inspections.filter((i) => i.authority === a.slug && eventDate(i) === null).length;
  if (undated)
    notes.push(
      `${undated} inspection${undated > 1 ? 's' : ''} without a date ${undated > 1 ? 'are' : 'is'} not shown.`,
    );

  const table = chartTable(
    {
      date: 'Date',
      event: 'Inspection or visit',
      judgement: 'Judgement',
      grade: 'Grade',
      shown_on: 'Shown on',
      ...(marked ? { this_page: 'This page’s inspection' } : {}),
    },
    [
      ...graded.map((p) => ({
        date: p.date,
        event: FRAMEWORK[p.framework].chartName,
        judgement: p.judgement,
        grade: p.open
          ? `${gradeLabel(p.grade, p.scale)} (shown by Ofsted as ${gradeWords(p.grade)})`
          : gradeLabel(p.grade, p.scale),
        shown_on: 'grade axis',
        ...(marked ? { this_page: p.highlight ? 'yes' : null } : {}),
      })),
      ...strip.map((s) => ({
        date: s.date,
        event: s.type,
        judgement: s.theme ?? null,
        grade: 'not graded',
        shown_on: 'events strip',
        ...(marked ? { this_page: s.highlight ? 'yes' : null } : {}),
      })),
    ].sort((x, y) => x.date.localeCompare(y.date)),
  );

  const drawn = {
    wide: graded.length || strip.length ? render('wide', graded, strip, domain) : null,
    narrow: graded.length || strip.length ? render('narrow', graded, strip, domain) : null,
  };
  if ((drawn.wide?.unlabelled ?? 0) + (drawn.narrow?.unlabelled ?? 0) > 0)
    notes.push(
      'Where points sit too close together to label, a label is left off (on small screens especially); the table lists every inspection.',
    );
  return drawnFigure(data, {
    id,
    type: 'trajectory',
    title,
    subtitle,
    draw: (variant) => drawn[variant]?.el ?? emptySvg(variant, 'No inspections in the data.'),
    alt,
    notes,
    sourceIds: [...graded.map((p) => p.source), ...strip.map((s) => s.source)],
    table,
  });
}
