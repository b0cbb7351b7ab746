/**
 * Adoption timeliness in one year (the ASGLB's A10 and A2, in days): every council as a dot, this
 * council highlighted and labelled, England's and its region's averages as labelled lines. Where
 * the Board withholds a time (10 or fewer children adopted) the chart says so in words; it never
 * draws a number for it.
 */
import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import type { AdoptionAsglbRow, Authority, Dataset, Measured } from '../data/types';
import { ASGLB_MIN_ADOPTIONS } from '../data/datasets';
import { missingWording } from '../data/vocabulary';
import { readerText } from '../data/reader-words';
import { areaRow, type AreaLevel } from './areas';
import { measuredCell, measuredValue, type ChartFigure } from './figure';
import { chartTable } from './chart-table';
import { drawnFigure } from './drawn-figure';
import { formerNote, possessive } from './history';
import { EDGE, MUTED_TEXT, labelBox, labelGroup, labelHeight, placeLabels, type Label } from './labels';
import { gapRules } from './rule-gaps';
import { LEVEL_STYLE } from './line-panels';
import { dotPath, emptySvg, fontOf, pixelPlot, widthOf, type Variant } from './svg';
import { lineBoxHeight, linesWidth, textWidth, wrapText, type Weight } from './text';

const weightOf = (level: AreaLevel): Weight => (level === 'authority' ? 'bold' : 'normal');

export interface AdoptionTimesOptions {
  authority: string;
}

type TimeKey = 'a10Days' | 'a2Days';

/** The two measures, as readers read them (the code, then what it measures). */
export const ADOPTION_TIMES: readonly { key: TimeKey; code: string; column: string; words: string }[] = [
  {
    key: 'a10Days',
    code: 'A10',
    column: 'a10_days',
    words: 'average days from entering care to moving in with the adoptive family',
  },
  {
    key: 'a2Days',
    code: 'A2',
    column: 'a2_days',
    words:
      'average days from the court’s authority to place a child for adoption to the decision on a match with adopters',
  },
];

/** The latest ASGLB period in the data. */
export function latestAsglbPeriod(data: Dataset): string | undefined {
  return [...new Set(data.adoptionAsglb.map((r) => r.period))].sort().at(-1);
}

/** The council's ASGLB row in the latest period (its own or a joint return's). */
export function asglbRowOf(data: Dataset, slug: string): AdoptionAsglbRow | undefined {
  const a = data.authorities.get(slug);
  const period = latestAsglbPeriod(data);
  if (!a || !period) return undefined;
  return areaRow(
    data.adoptionAsglb.filter((r) => r.period === period),
    a,
    'authority',
  );
}

/** Days as readers read them: rounded to whole days. */
const days = (v: number): string => `${Math.round(v)} days`;

/** A withheld time in words: too-few says why. */
function withheldWords(m: Measured): string {
  if ('value' in m) return days(m.value);
  return m.symbol === 'too-few'
    ? `not published: ${ASGLB_MIN_ADOPTIONS} or fewer children were adopted`
    : `not published (${missingWording(m.symbol)})`;
}

export function adoptionTimes(data: Dataset, options: AdoptionTimesOptions): ChartFigure {
  const a = data.authorities.get(options.authority);
  if (!a) throw new Error(`unknown council "${options.authority}"`);
  const id = `adoption-times-${a.slug}`;
  const period = latestAsglbPeriod(data) ?? '';
  const rows = data.adoptionAsglb.filter((r) => r.period === period);
  const own = areaRow(rows, a, 'authority');
  const region = areaRow(rows, a, 'regional');
  const england = areaRow(rows, a, 'national');
  const councils = rows.filter((r) => r.level === 'authority');

  const a10 = own ? measuredValue(own.a10Days) : null;
  const e10 = england ? measuredValue(england.a10Days) : null;
  const title = !own
    ? `${possessive(a.name)} adoption times, ${period}: no figures`
    : a10 !== null
      ? `${a.name}: ${days(a10)} on average from entering care to moving in with an adoptive family in ${period}${e10 !== null ? `, against ${Math.round(e10)} in England` : ''}`
      : `${possessive(a.name)} adoption times for ${period} are ${withheldWords(own.a10Days)}`;
  const subtitle = `Adoption and Special Guardianship Leadership Board, April ${period.slice(0, 4)} to March 20${period.slice(-2)}: every council’s average as a dot, ${a.name} highlighted, with ${a.region} and England`;

  const sentence = (m: (typeof ADOPTION_TIMES)[number]) => {
    const v = own ? own[m.key] : undefined;
    const r = region ? measuredValue(region[m.key]) : null;
    const e = england ? measuredValue(england[m.key]) : null;
    const ref = [r !== null ? `${a.region} ${days(r)}` : null, e !== null ? `England ${days(e)}` : null]
      .filter(Boolean)
      .join(', ');
    const known = councils.filter((c) => measuredValue(c[m.key]) !== null);
    const slower =
      v && 'value' in v ? known.filter((c) => (measuredValue(c[m.key]) ?? 0) > v.value).length : null;
    return (
      `${m.code}, ${m.words}: ${a.name} ${v ? withheldWords(v) : 'no figure'}${ref ? ` (${ref})` : ''}` +
      (slower !== null ? `; ${slower} of ${known.length} councils with a published figure took longer.` : '.')
    );
  };
  const alt = own
    ? `${period}. ${ADOPTION_TIMES.map(sentence).join(' ')}`
    : `The Adoption and Special Guardianship Leadership Board publishes no ${period} figures for ${a.name}.`;

  const notes: string[] = [
    `The Board publishes a council’s average times only when more than ${ASGLB_MIN_ADOPTIONS} children were adopted in the year; otherwise the chart says so and draws no dot.`,
    'A10 counts from the day a child entered care to the day they moved in with the family who adopted them (adjusted for children adopted by their foster carers); A2 from the court’s authority to place the child for adoption to the decision on a match.',
  ];
  if (own?.note) notes.push(readerText(own.note));
  const former = formerNote(data, a);
  if (former) notes.push(former);

  const nameOfRow = (r: AdoptionAsglbRow) =>
    r.level === 'authority'
      ? r.authorities.map((s) => data.authorities.get(s)?.name ?? s).join(' and ')
      : r.level === 'regional'
        ? (r.region ?? r.areaName)
        : 'England';
  const ordered = [
    ...(own ? [own] : []),
    ...(region ? [region] : []),
    ...(england ? [england] : []),
    // Only councils drawn as a dot (a published time for either measure): the table and CSV hold
    // exactly what is plotted. The council's own row stays even when its times are withheld.
    ...councils
      .filter((r) => r !== own && ADOPTION_TIMES.some((m) => measuredValue(r[m.key]) !== null))
      .sort((x, y) => nameOfRow(x).localeCompare(nameOfRow(y), 'en-GB')),
  ];
  const table = chartTable(
    {
      area: 'Area',
      period: 'Year (April to March)',
      adoptions: 'Children adopted',
      a10_days: 'A10: average days from entering care to moving in with the adoptive family',
      a2_days: 'A2: average days from court authority to a match',
    },
    ordered.map((r) => ({
      area: nameOfRow(r),
      period: r.period,
      adoptions: measuredCell(r.adoptions),
      a10_days: cellDays(r.a10Days),
      a2_days: cellDays(r.a2Days),
    })),
  );
  return drawnFigure(data, {
    id,
    type: 'adoption-times',
    title,
    subtitle,
    draw: (variant) =>
      own ? render(variant, a, own, region, england, councils) : emptySvg(variant, 'No figures published.'),
    alt,
    notes,
    sourceIds: ordered.map((r) => r.source),
    table,
  });
}

/** Days in the table: whole days, or the symbol (too-few, c, ..) as published. */
function cellDays(m: Measured): string | number | null {
  const c = measuredCell(m);
  return typeof c === 'number' ? Math.round(c) : c;
}

/** Lanes for a dot strip: each dot in the lowest lane where it clears the last dot by `gap`. */
function dodge(xs: number[], gap: number): number[] {
  const order = xs.map((_, i) => i).sort((i, j) => (xs[i] ?? 0) - (xs[j] ?? 0));
  const ends: number[] = [];
  const lane: number[] = xs.map(() => 0);
  for (const i of order) {
    const x = xs[i] ?? 0;
    let k = ends.findIndex((e) => x - e >= gap);
    if (k < 0) k = ends.length;
    ends[k] = x;
    lane[i] = k;
  }
  return lane;
}

function render(
  variant: Variant,
  a: Authority,
  own: AdoptionAsglbRow,
  region: AdoptionAsglbRow | undefined,
  england: AdoptionAsglbRow | undefined,
  councils: AdoptionAsglbRow[],
): Element {
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const size = fontOf(variant);
  const labels: Label[] = [];
  const dots: { x: number; y: number }[] = [];
  const refs: { x: number; y1: number; y2: number; level: AreaLevel }[] = [];
  const marks: { x: number; y: number }[] = [];
  const ticks: { x: number; y1: number; y2: number }[] = [];
  const r = narrow ? 2.5 : 3;
  const step = 2 * r + 1;
  let y = EDGE;

  const all = councils.flatMap((c) => ADOPTION_TIMES.map((m) => measuredValue(c[m.key]) ?? 0));
  const max =
    d3
      .scaleLinear([0, Math.max(1, ...all)], [0, 1])
      .nice()
      .domain()[1] ?? 1;
  const tickValues = d3.ticks(0, max, narrow ? 3 : 6);
  const left = EDGE + Math.ceil(textWidth('0', size) / 2) + 2;
  const right = width - EDGE - Math.ceil(textWidth(String(max), size) / 2) - 2;
  const px = (v: number) => left + ((right - left) * v) / max;

  for (const m of ADOPTION_TIMES) {
    const head = wrapText(`${m.code}: ${m.words}`, width - 2 * EDGE, size, 'bold');
    labels.push({ lines: head, x: EDGE, y, anchor: 'start', valign: 'top', size, weight: 'bold' });
    y += labelHeight(head.length, size, 'bold') + 8;

    // Reference labels: the council, England and the region, each in one of three rows.
    const ownV = measuredValue(own[m.key]);
    const refItems: { level: AreaLevel; v: number; text: string }[] = [];
    if (ownV !== null) refItems.push({ level: 'authority', v: ownV, text: `${a.name}: ${days(ownV)}` });
    const ev = england ? measuredValue(england[m.key]) : null;
    if (ev !== null) refItems.push({ level: 'national', v: ev, text: `England: ${days(ev)}` });
    const rv = region ? measuredValue(region[m.key]) : null;
    if (rv !== null) refItems.push({ level: 'regional', v: rv, text: `${a.region}: ${days(rv)}` });
    // Each label starts or ends at its line; one that fits neither way sits over its line, moved
    // in from the edge; a name wider than the chart (Bournemouth, Christchurch & Poole on a phone)
    // wraps, and the band gains a row for each extra line.
    const rowH = lineBoxHeight(size) + 4;
    const refLines = refItems.map((it) => wrapText(it.text, width - 2 * EDGE, size, weightOf(it.level)));
    const rows = Math.max(
      3,
      refLines.reduce((n, l) => n + l.length, 0),
    );
    const bandTop = y;
    const bandBottom = y + rows * rowH;
    const placed = placeLabels(
      refItems.map((it, i) => {
        const weight = weightOf(it.level);
        const lines = refLines[i] ?? [it.text];
        const w = linesWidth(lines, size, weight);
        const over = Math.min(Math.max(px(it.v) - w / 2, EDGE), width - EDGE - w);
        const at = [
          ...(lines.length === 1
            ? [
                { anchor: 'start' as const, x: px(it.v) - 1 },
                { anchor: 'end' as const, x: px(it.v) + 1 },
              ]
            : []),
          { anchor: 'start' as const, x: over },
        ];
        return d3.range(rows - lines.length + 1).flatMap((k): Label[] =>
          at.map(({ anchor, x }) => ({
            lines,
            x,
            y: bandTop + k * rowH,
            anchor,
            valign: 'top',
            size,
            weight,
          })),
        );
      }),
      [],
      { left: EDGE, right: width - EDGE, top: bandTop, bottom: bandBottom },
    );
    // Every line drawn is named: a label with no room is a layout bug, not something to drop.
    const lost = refItems.filter((_, i) => !placed[i]);
    if (lost.length)
      throw new Error(
        `adoption-times (${a.slug}, ${variant}): no room for the label ${lost.map((l) => `"${l.text}"`).join(', ')}`,
      );
    y = bandBottom + 4;

    // The strip: every council with a published figure, the highlighted one drawn last.
    const others = councils.filter((c) => c !== own && measuredValue(c[m.key]) !== null);
    const xs = others.map((c) => px(measuredValue(c[m.key]) ?? 0));
    const lanes = dodge(xs, step);
    const nLanes = Math.max(1, ...lanes.map((l) => l + 1));
    const stripTop = y + r + 2;
    const stripBottom = stripTop + (nLanes - 1) * step;
    xs.forEach((x, i) => dots.push({ x, y: stripBottom - (lanes[i] ?? 0) * step }));
    placed.forEach((p, i) => {
      const it = refItems[i];
      if (!p || !it) return;
      const labelBottom = p.label.y + labelHeight(p.label.lines.length, size, p.label.weight);
      refs.push({ x: px(it.v), y1: labelBottom + 1, y2: stripBottom + r + 2, level: it.level });
    });
    if (ownV !== null) marks.push({ x: px(ownV), y: stripBottom });
    labels.push(...placed.flatMap((p) => (p ? [p.label] : [])));
    y = stripBottom + r + 4;
    for (const v of tickValues) {
      ticks.push({ x: px(v), y1: y, y2: y + 4 });
      labels.push({
        lines: [String(v)],
        x: px(v),
        y: y + 6,
        anchor: 'middle',
        valign: 'top',
        size,
        attrs: MUTED_TEXT,
      });
    }
    y += 6 + lineBoxHeight(size) + 4;
    const unit = wrapText(
      ownV === null
        ? `Days. ${a.name}: ${withheldWords(own[m.key])}, so no dot is drawn.`
        : `Days. Grey dots: the other councils with a published figure (${others.length}).`,
      width - 2 * EDGE,
      size,
    );
    labels.push({ lines: unit, x: EDGE, y, anchor: 'start', valign: 'top', size, attrs: MUTED_TEXT });
    y += labelHeight(unit.length, size) + 18;
  }

  const height = Math.ceil(y - 12);
  const el = pixelPlot(width, height, [
    Plot.ruleX(ticks, { x: 'x', y1: 'y1', y2: 'y2', stroke: 'var(--chart-muted)' }),
    dotPath(dots, r, 'var(--chart-muted)'),
    ...(['national', 'regional', 'authority'] as const).map((level) =>
      Plot.ruleX(
        refs.filter((f) => f.level === level),
        {
          x: 'x',
          y1: 'y1',
          y2: 'y2',
          stroke: LEVEL_STYLE[level].stroke,
          strokeWidth: level === 'authority' ? 2 : 1.5,
          ...(LEVEL_STYLE[level].dash ? { strokeDasharray: LEVEL_STYLE[level].dash } : {}),
        },
      ),
    ),
    Plot.dot(marks, {
      x: 'x',
      y: 'y',
      r: 6,
      fill: 'var(--series-council)',
      stroke: 'var(--page-bg)',
      strokeWidth: 1.5,
    }),
  ]);
  el.appendChild(labelGroup(labels, { fill: 'currentColor' }));
  // Reference lines and ticks stop short of every text.
  gapRules(el, labels.map(labelBox));
  return el;
}
