/**
 * Rating trajectory of one council: every graded inspection since 2008 on an ordinal grade axis
 * over time, framework changes marked, adequate-scale grades flagged (open symbols, "adequate"),
 * SLAC's two judgements labelled, ungraded events on a separate strip below.
 */
import * as Plot from '@observablehq/plot';
import type { Dataset, Framework, GradeScale, Inspection, JudgementKey } from '../data/types';
import { type ChartFigure, type ChartTable, makeFigure } from './figure';
import {
  ADEQUATE_NOTE,
  FRAMEWORK_CHANGE_NOTE,
  FRAMEWORK_CHANGES,
  FRAMEWORKS,
  SLAC_NOTE,
  GRADE_ORDER,
  frameworkFamily,
  gradeColor,
  gradeLabel,
  gradeSymbol,
  gradeWords,
  isAdequate,
  isOverallGrade,
  type OverallGrade,
} from './grades';
import {
  eventDate,
  formerNote,
  gradedHistory,
  inspectionsOf,
  possessive,
  utc,
  yearOf,
  type GradedEvent,
} from './history';
import { emptySvg, finishSvg, plot, svgElement, widthOf, type Variant } from './svg';
import { inspectionByPageId } from '../data/inspection-pages';
import { formatDate } from '../data/format';

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
  label: string;
  narrowLabel: string;
  open: boolean;
  dx: number;
  source: string;
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

const STRIP_FRAMEWORKS = new Set<Framework>(['progress-report', 'focused-visit', 'monitoring-visit']);
const SLAC_JUDGEMENTS: [JudgementKey, string, string][] = [
  ['safeguarding', 'safeguarding', 'S'],
  ['looked-after-children', 'looked after children', 'LAC'],
];

function points(
  list: Inspection[],
  highlight: Inspection | null,
): { graded: GradePoint[]; strip: StripPoint[] } {
  const graded: GradePoint[] = [];
  const strip: StripPoint[] = [];
  for (const i of list) {
    const date = eventDate(i);
    if (date === null) continue;
    const fw = FRAMEWORKS[i.framework];
    const year = yearOf(date);
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
        label: `${fw.short} ${year}${adequate ? '\nadequate*' : ''}`,
        narrowLabel: `${year}${adequate ? '\nadequate*' : ''}`,
        open: adequate,
        dx: 0,
        source: i.source,
        highlight: i === highlight,
      });
      continue;
    }
    const slac = SLAC_JUDGEMENTS.filter(([k]) => isOverallGrade(i.judgements[k]));
    if (slac.length) {
      // Judgements with the same grade share one label; symbols sit side by side.
      const byGrade = new Map<OverallGrade, [JudgementKey, string, string][]>();
      for (const j of slac) {
        const g = i.judgements[j[0]] as OverallGrade;
        byGrade.set(g, [...(byGrade.get(g) ?? []), j]);
      }
      for (const [g, js] of byGrade) {
        js.forEach(([, words], n) => {
          const adequate = isAdequate(g, i.scale);
          const first = n === 0;
          graded.push({
            date,
            x: utc(date),
            grade: g,
            scale: i.scale,
            kind: 'slac',
            judgement: words,
            framework: i.framework,
            label: first
              ? `${fw.short} ${js.map((j) => j[1]).join(', ')}${adequate ? '\nadequate*' : ''}`
              : '',
            narrowLabel: first
              ? `${fw.short} ${js.map((j) => j[2]).join(', ')}${adequate ? '\nadequate*' : ''}`
              : '',
            open: adequate,
            dx: js.length > 1 ? (n === 0 ? -6 : 6) : 0,
            source: i.source,
            highlight: i === highlight,
          });
        });
      }
      continue;
    }
    if (STRIP_FRAMEWORKS.has(i.framework) || i.overall === null || i.scale === 'ungraded') {
      strip.push({
        date,
        x: utc(date),
        type: fw.label,
        framework: i.framework,
        theme: i.theme,
        source: i.source,
        highlight: i === highlight,
      });
    }
  }
  return { graded, strip };
}

/** The finding, in one or two sentences. */
export function trajectoryAlt(data: Dataset, slug: string): string {
  const name = data.authorities.get(slug)?.name ?? slug;
  const h = gradedHistory(data, slug);
  const latest = h[h.length - 1];
  if (!latest)
    return `Ofsted has published no graded inspection of ${possessive(name)} children's services since 2008.`;
  const year = (e: GradedEvent) => yearOf(e.date);
  const words = (e: GradedEvent) => gradeWords(e.grade, e.inspection.scale);
  if (h.length === 1) {
    return `${name} has had one graded inspection: ${words(latest)} in ${year(latest)} (${FRAMEWORKS[latest.inspection.framework].label}).`;
  }
  const family = frameworkFamily(latest.inspection.framework);
  const same = h.filter((e) => family !== 'other' && frameworkFamily(e.inspection.framework) === family);
  const from = (same.length >= 2 ? same[0] : h[h.length - 2]) as GradedEvent;
  const diff =
    latest.grade === from.grade ? 0 : GRADE_ORDER.indexOf(from.grade) - GRADE_ORDER.indexOf(latest.grade);
  let lead: string;
  if (diff > 0)
    lead = `${possessive(name)} rating rose from ${words(from)} in ${year(from)} to ${words(latest)} in ${year(latest)}.`;
  else if (diff < 0)
    lead = `${possessive(name)} rating fell from ${words(from)} in ${year(from)} to ${words(latest)} in ${year(latest)}.`;
  else
    lead = `${name} was rated ${words(from)} in ${year(from)} and ${words(latest)} again in ${year(latest)}.`;
  const all = h.map((e) => `${year(e)} ${words(e)} (${FRAMEWORKS[e.inspection.framework].short})`).join(', ');
  return `${lead} Graded inspections: ${all}.`;
}

/** "The ringed inspection is the ILACS standard inspection published 16 February 2024 (inadequate)." */
function highlightSentence(i: Inspection): string {
  const date = eventDate(i);
  const grade = isOverallGrade(i.overall)
    ? ` (${gradeWords(i.overall, i.scale)})`
    : i.scale === 'ungraded'
      ? ' (not graded)'
      : '';
  return `The ringed inspection is the ${FRAMEWORKS[i.framework].label} published ${formatDate(date)}${grade}.`;
}

function labelAnchor(x: Date, [d0, d1]: [Date, Date]): 'start' | 'middle' | 'end' {
  const f = (x.getTime() - d0.getTime()) / (d1.getTime() - d0.getTime());
  return f < 0.08 ? 'start' : f > 0.85 ? 'end' : 'middle';
}

/** A drawn trajectory and where its symbols sit, so an inspection can be ringed without redrawing. */
interface Drawn {
  el: Element;
  at: (p: GradePoint | StripPoint) => { x: number; y: number };
}

function render(variant: Variant, graded: GradePoint[], strip: StripPoint[], domain: [Date, Date]): Drawn {
  // One Plot per variant (cheaper than composing panels): y is in pixels (identity scale);
  // grade rows on top, a separate framed strip of ungraded events below.
  const width = widthOf(variant);
  const narrow = variant === 'narrow';
  const marginLeft = narrow ? 96 : 150;
  const marginRight = narrow ? 16 : 24;
  const top = 24;
  const rowGap = narrow ? 50 : 44;
  const rowY = (g: OverallGrade) => top + 22 + GRADE_ORDER.indexOf(g) * rowGap;
  const gradeBottom = top + 44 + 3 * rowGap;
  const types = [...new Set(strip.map((s) => s.type))];
  const stripTop = gradeBottom + 14;
  const stripRow = narrow ? 32 : 26;
  const typeY = (t: string) => stripTop + stripRow / 2 + types.indexOf(t) * stripRow;
  const stripBottom = stripTop + types.length * stripRow;
  const plotBottom = types.length ? stripBottom : gradeBottom;
  const height = plotBottom + 30;
  const changes = FRAMEWORK_CHANGES.map((c) => ({ x: utc(c.date), label: c.label }));
  const gradeRows = GRADE_ORDER.map((g) => ({
    y: rowY(g),
    label:
      g === 'requires-improvement'
        ? narrow
          ? 'Requires\nimprovement'
          : 'Requires improvement'
        : gradeLabel(g),
  }));
  const stripRows = types.map((t) => ({ y: typeY(t), label: narrow ? t.replace(' ', '\n') : t }));
  const overall = graded.filter((p) => p.kind === 'overall');
  const gy = (p: GradePoint) => rowY(p.grade);
  const el = plot({
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 0,
    marginBottom: height - plotBottom,
    x: { type: 'utc', domain, ticks: narrow ? 4 : 8, label: null, tickFormat: '%Y' },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.ruleY(gradeRows, { y: 'y', stroke: 'var(--chart-grid)' }),
      Plot.text([...gradeRows, ...stripRows], {
        y: 'y',
        text: 'label',
        frameAnchor: 'left',
        textAnchor: 'end',
        dx: -8,
      }),
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
              y: (s: StripPoint) => typeY(s.type),
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
      Plot.text(changes, {
        x: 'x',
        y: top,
        text: 'label',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        dx: 4,
        dy: -4,
        fill: 'var(--chart-muted-text)',
      }),
      Plot.line(overall, {
        x: 'x',
        y: gy,
        curve: 'step-after',
        stroke: 'var(--chart-muted)',
        strokeWidth: 1.5,
      }),
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
      ...(['start', 'middle', 'end'] as const).map((anchor) =>
        Plot.text(
          graded.filter((p) => labelAnchor(p.x, domain) === anchor),
          {
            x: 'x',
            y: gy,
            text: narrow ? 'narrowLabel' : 'label',
            dy: -11,
            dx: anchor === 'start' ? -6 : anchor === 'end' ? 6 : 0,
            textAnchor: anchor,
            lineAnchor: 'bottom',
            fill: 'currentColor',
            stroke: 'var(--page-bg)',
            strokeWidth: 3,
            paintOrder: 'stroke',
          },
        ),
      ),
    ],
  });
  const x = (el as unknown as { scale(name: 'x'): { apply(v: Date): number } }).scale('x');
  return {
    el,
    at: (p) => ('grade' in p ? { x: x.apply(p.x) + p.dx, y: gy(p) } : { x: x.apply(p.x), y: typeY(p.type) }),
  };
}

/**
 * The council's drawing, once per council and layout: the inspection pages ring one of its
 * inspections on a copy (a ring does not change the drawing, so it is not drawn again).
 */
const drawnMemo = new WeakMap<Dataset, Map<string, Drawn>>();

function drawn(data: Dataset, key: string, draw: () => Drawn): Drawn {
  let byKey = drawnMemo.get(data);
  if (!byKey) drawnMemo.set(data, (byKey = new Map<string, Drawn>()));
  let d = byKey.get(key);
  if (!d) byKey.set(key, (d = draw()));
  return d;
}

/** A copy of the drawing with a ring around each highlighted symbol. */
function withRings(d: Drawn, points: (GradePoint | StripPoint)[]): Element {
  const el = d.el.cloneNode(true) as Element;
  for (const p of points) {
    const { x, y } = d.at(p);
    el.appendChild(
      svgElement('circle', {
        cx: Math.round(x * 100) / 100,
        cy: Math.round(y * 100) / 100,
        r: 'grade' in p ? 10 : 9,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 2,
      }),
    );
  }
  return el;
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
  const title = `${possessive(a.name)} Ofsted ratings since ${firstYear}`;
  const subtitle =
    'Overall effectiveness of children’s social care at each graded inspection; visits and reports that carry no grade are marked below' +
    (marked ? '; the inspection on this page is ringed' : '');
  const alt = marked
    ? `${trajectoryAlt(data, a.slug)} ${highlightSentence(marked)}`
    : trajectoryAlt(data, a.slug);

  const notes: string[] = [FRAMEWORK_CHANGE_NOTE];
  if (graded.some((p) => p.open)) notes.push(ADEQUATE_NOTE);
  if (graded.some((p) => p.kind === 'slac')) notes.push(SLAC_NOTE);
  if (strip.length)
    notes.push(
      'Progress reports, focused visits and monitoring visits are not graded; they are marked on the strip below the grades.',
    );
  const former = formerNote(data, a);
  if (former) notes.push(former);
  for (const i of list)
    if (i.note) notes.push(`${eventDate(i) ?? ''} ${FRAMEWORKS[i.framework].label}: ${i.note}`);
  const undated = data.inspections.filter((i) => i.authority === a.slug && eventDate(i) === null).length;
  if (undated)
    notes.push(
      `${undated} inspection${undated > 1 ? 's' : ''} without a date ${undated > 1 ? 'are' : 'is'} not shown.`,
    );

  const table: ChartTable = {
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'event', label: 'Inspection or visit' },
      { key: 'judgement', label: 'Judgement' },
      { key: 'grade', label: 'Grade' },
      { key: 'shown_on', label: 'Shown on' },
      ...(marked ? [{ key: 'this_page', label: 'This page’s inspection' }] : []),
    ],
    rows: [
      ...graded.map((p) => ({
        date: p.date,
        event: FRAMEWORKS[p.framework].label,
        judgement: p.judgement,
        grade: p.open ? 'Adequate (shown by Ofsted as requires improvement)' : gradeLabel(p.grade, p.scale),
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
  };

  const ringed = [...graded.filter((p) => p.highlight), ...strip.filter((p) => p.highlight)];
  const svg = (variant: Variant) =>
    finishSvg(
      graded.length || strip.length
        ? withRings(
            drawn(data, `${a.slug}|${variant}`, () => render(variant, graded, strip, domain)),
            ringed,
          )
        : emptySvg(variant, 'No inspections in the data.'),
      {
        id,
        variant,
        title,
        desc: alt,
      },
    );
  return makeFigure(data, {
    id,
    type: 'trajectory',
    title,
    subtitle,
    svg,
    alt,
    notes,
    sourceIds: [...graded.map((p) => p.source), ...strip.map((s) => s.source)],
    table,
  });
}
