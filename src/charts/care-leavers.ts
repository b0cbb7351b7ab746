/**
 * Care leavers in education, employment or training (EET): a council against its region and
 * England, DfE series by year, lines with points; suppressed values are gaps explained in notes.
 * Figures quoted in inspection reports are drawn as distinct, labelled points (open diamonds),
 * noted as not measured the same way.
 */
import * as Plot from '@observablehq/plot';
import { councilPeriodNotes } from '../data/comparable-period';
import type { AgeBand, CareLeaverRow, Dataset, ReportedFigure } from '../data/types';
import { measuredCell, measuredValue, type ChartFigure } from './figure';
import { chartTable } from './chart-table';
import { drawnFigure } from './drawn-figure';
import { missingWording } from '../data/vocabulary';
import { formerNote, possessive } from './history';
import * as d3 from 'd3';
import {
  labelBox,
  labelGroup,
  labelHeight,
  placeLabels,
  pointBox,
  spreadVertically,
  type Label,
} from './labels';
import { gapRules } from './rule-gaps';
import { withinLifetime } from '../data/former';
import { emptySvg, fontOf, plot, svgElement, widthOf, yearTicks, type Variant } from './svg';
import { lineBoxHeight, linesWidth, textWidth, wrapText } from './text';

export interface CareLeaversOptions {
  authority: string;
  age?: AgeBand;
}

type Level = CareLeaverRow['level'];

interface Pt {
  series: string;
  level: Level | 'reported';
  year: number;
  x: number;
  value: number | null;
  cell: string | number | null;
  source: string;
  label: string;
}

const SERIES_STYLE: Record<
  Level,
  { stroke: string; symbol: string; dash: string | undefined; width: number }
> = {
  authority: { stroke: 'var(--series-council)', symbol: 'circle', dash: undefined, width: 2.5 },
  regional: { stroke: 'var(--series-region)', symbol: 'square', dash: '6 3', width: 1.75 },
  national: { stroke: 'var(--series-england)', symbol: 'triangle', dash: '2 3', width: 1.75 },
};

/** `2013-03` -> 2013 (DfE years end in March); `2012-2015` -> 2015. */
function periodX(period: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (m) return Number(m[1]) + (m[2] ? (Number(m[2]) - 3) / 12 : 0);
  const r = /(\d{4})\D*$/.exec(period);
  return r ? Number(r[1]) : NaN;
}

export function reportedCareLeavers(data: Dataset, slug: string, age: AgeBand): ReportedFigure[] {
  const other = age === '19-21' ? '17-18' : '19-21';
  return data.reported.filter(
    (r) =>
      r.authority === slug &&
      r.unit === 'percent' &&
      r.measure.startsWith('care-leavers') &&
      !r.measure.endsWith(other) &&
      (r.measure.endsWith(age) || age === '19-21'),
  );
}

function fmt(v: number): string {
  return `${Math.round(v * 10) / 10}%`;
}

export function careLeavers(data: Dataset, options: CareLeaversOptions): ChartFigure {
  const a = data.authorities.get(options.authority);
  if (!a) throw new Error(`unknown council "${options.authority}"`);
  const age: AgeBand = options.age ?? '19-21';
  const id = `care-leavers-${a.slug}-${age}`;
  const areaRows = data.careLeavers.filter(
    (r) =>
      r.age === age &&
      // A former council's chart ends with the last year it lived through.
      withinLifetime(data, a.slug, r.year) &&
      ((r.level === 'authority' && r.authority === a.slug) ||
        (r.level === 'regional' && r.areaName === a.region) ||
        r.level === 'national'),
  );
  // A year newer than the council's own latest is shown only where the council has it.
  const ownYears = areaRows.filter((r) => r.level === 'authority').map((r) => r.year);
  const ownLast = ownYears.length ? Math.max(...ownYears) : Infinity;
  const rows = areaRows.filter((r) => r.level === 'authority' || r.year <= ownLast);
  const partial = councilPeriodNotes(
    data,
    'careLeavers',
    a.slug,
    (['regional', 'national'] as const).map((level) => ({
      name: level === 'regional' ? a.region : 'England',
      periods: rows.filter((r) => r.level === level).map((r) => String(r.year)),
    })),
  );
  const order: Level[] = ['authority', 'regional', 'national'];
  rows.sort((x, y) => order.indexOf(x.level) - order.indexOf(y.level) || x.year - y.year);
  const seriesName = (r: CareLeaverRow) =>
    r.level === 'authority' ? a.name : r.level === 'regional' ? a.region : 'England';
  const pts: Pt[] = rows.map((r) => ({
    series: seriesName(r),
    level: r.level,
    year: r.year,
    x: r.year,
    value: measuredValue(r.eetPercent),
    cell: measuredCell(r.eetPercent),
    source: r.source,
    label: '',
  }));
  const reported = reportedCareLeavers(data, a.slug, age).filter((r) =>
    withinLifetime(data, a.slug, Math.floor(periodX(r.period))),
  );
  const rpts: Pt[] = reported.map((r) => ({
    series: `${a.name} (inspection report)`,
    level: 'reported',
    year: Math.floor(periodX(r.period)),
    x: periodX(r.period),
    value: r.value,
    cell: r.value,
    source: r.source,
    label: `${fmt(r.value)} (${r.period}, report)`,
  }));
  const ageWords = age === '19-21' ? 'aged 19 to 21' : 'aged 17 to 18';
  const title = careLeaversTitle(a.name, ageWords, pts);
  const subtitle = `Per cent of care leavers ${ageWords} the council was in touch with, year ending 31 March: ${a.name}, ${a.region} and England`;
  const alt = [careLeaversAlt(a.name, a.region, ageWords, pts, rpts), ...partial].join(' ');

  const notes: string[] = [];
  for (const p of pts) {
    if (p.value === null && typeof p.cell === 'string') {
      notes.push(
        `${p.series}, ${p.year}: suppressed (${p.cell}) — ${missingWording(p.cell)}; shown as a gap.`,
      );
    }
  }
  if (rpts.length) {
    notes.push(
      `Open diamonds are figures quoted in Ofsted inspection reports (${rpts.map((r) => r.label.replace(', report', '')).join('; ')}); they are not measured the same way as the DfE series and are not joined to it.`,
    );
  }
  notes.push(...partial);
  const former = formerNote(data, a);
  if (former) notes.push(former);

  const all = [...pts, ...rpts];
  const table = chartTable(
    {
      area: 'Area',
      year: 'Year',
      period: 'Period',
      eet_percent: 'In education, employment or training (%)',
      measure: 'Measure',
    },
    [
      ...pts.map((p) => ({
        area: p.series,
        year: p.year,
        period: `year ending March ${p.year}`,
        eet_percent: p.cell,
        measure: 'DfE care leavers statistics',
      })),
      ...reported.map((r) => ({
        area: a.name,
        year: Math.floor(periodX(r.period)),
        period: r.period,
        eet_percent: r.value,
        measure: 'quoted in an inspection report',
      })),
    ],
  );
  return drawnFigure(data, {
    id,
    type: 'care-leavers',
    title,
    subtitle,
    draw: (variant) => (all.length ? render(variant, pts, rpts) : emptySvg(variant, 'No published figures.')),
    alt,
    notes,
    sourceIds: all.map((p) => p.source),
    table,
  });
}

/** The title: the latest figure against England's, or what the chart shows when there is none. */
function careLeaversTitle(name: string, ageWords: string, pts: Pt[]): string {
  const council = pts.filter((p) => p.level === 'authority' && p.value !== null);
  const last = council[council.length - 1];
  if (!last || last.value === null)
    return `${possessive(name)} care leavers ${ageWords} in education, employment or training`;
  const e = pts.find((p) => p.level === 'national' && p.year === last.year)?.value;
  return (
    `${fmt(last.value)} of ${possessive(name)} care leavers ${ageWords} were in education, employment or training in ${last.year}` +
    (e !== undefined && e !== null ? `, against ${fmt(e)} in England` : '')
  );
}

function careLeaversAlt(name: string, region: string, ageWords: string, pts: Pt[], rpts: Pt[]): string {
  const council = pts.filter((p) => p.level === 'authority' && p.value !== null);
  const at = (level: Level, year: number) =>
    pts.find((p) => p.level === level && p.year === year && p.value !== null)?.value;
  const last = council[council.length - 1];
  if (!last || last.value === null) {
    const extra = rpts.length
      ? ` Its inspection reports quoted ${rpts.map((r) => r.label.replace(', report', '')).join(' and ')}.`
      : '';
    return `No figures for ${possessive(name)} care leavers ${ageWords} are published in the DfE series shown (values are missing or suppressed).${extra}`;
  }
  const r = at('regional', last.year);
  const e = at('national', last.year);
  const cmp = [
    r !== undefined && r !== null ? `${fmt(r)} in ${region}` : null,
    e !== undefined && e !== null ? `${fmt(e)} in England` : null,
  ].filter(Boolean);
  let s = `In ${last.year}, ${fmt(last.value)} of ${possessive(name)} care leavers ${ageWords} were in education, employment or training${cmp.length ? `, compared with ${cmp.join(' and ')}` : ''}.`;
  const first = council[0];
  if (first && first !== last && first.value !== null) {
    const dir = last.value > first.value ? 'up from' : last.value < first.value ? 'down from' : 'the same as';
    s += ` That is ${dir} ${fmt(first.value)} in ${first.year}.`;
  }
  const later = pts.filter((p) => p.level === 'authority' && p.year > last.year && p.value === null);
  if (later.length)
    s += ` The ${later.map((p) => p.year).join(' and ')} figure${later.length > 1 ? 's are' : ' is'} suppressed.`;
  return s;
}

interface KeyEntry {
  text: string;
  symbol: 'circle' | 'square' | 'triangle' | 'diamond';
  stroke: string;
  dash: string | undefined;
  /** Open symbol, no line sample (reported figures). */
  open: boolean;
}

/** A key symbol drawn at (x, y): the same shapes Plot draws for the series. */
function keySymbol(e: KeyEntry, x: number, y: number): Element[] {
  const out: Element[] = [];
  if (!e.open) {
    const line = svgElement('line', {
      x1: x - 11,
      x2: x + 11,
      y1: y,
      y2: y,
      stroke: e.stroke,
      'stroke-width': 2,
    });
    if (e.dash) line.setAttribute('stroke-dasharray', e.dash);
    out.push(line);
  }
  const paint = e.open
    ? { fill: 'var(--page-bg)', stroke: e.stroke, 'stroke-width': 2 }
    : { fill: e.stroke, stroke: 'none' };
  const shape: Record<KeyEntry['symbol'], string> = {
    circle: 'M4,0A4,4,0,1,1,-4,0A4,4,0,1,1,4,0',
    square: 'M-3.5,-3.5h7v7h-7Z',
    triangle: 'M0,-5.2L4.5,2.6L-4.5,2.6Z',
    diamond: 'M0,-6.6L3.8,0L0,6.6L-3.8,0Z',
  };
  out.push(svgElement('path', { d: shape[e.symbol], transform: `translate(${x},${y})`, ...paint }));
  return out;
}

function render(variant: Variant, pts: Pt[], rpts: Pt[]): Element {
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const size = fontOf(variant);
  const levels: Level[] = ['authority', 'regional', 'national'];
  const ends = levels
    .map((level) => {
      const s = pts.filter((p) => p.level === level && p.value !== null);
      const last = s[s.length - 1];
      return last ? { level, x: last.x, value: last.value as number, series: last.series } : null;
    })
    .filter((e): e is { level: Level; x: number; value: number; series: string } => e !== null);

  // The key: on phones every series (no room for end labels); everywhere the reported figures.
  const entries: KeyEntry[] = [
    ...(narrow
      ? levels
          .filter((l) => pts.some((p) => p.level === l))
          .map((l) => ({
            text: pts.find((p) => p.level === l)?.series ?? '',
            symbol: SERIES_STYLE[l].symbol as KeyEntry['symbol'],
            stroke: SERIES_STYLE[l].stroke,
            dash: SERIES_STYLE[l].dash,
            open: false,
          }))
      : []),
    ...(rpts.length
      ? [
          {
            text: 'Figure quoted in an inspection report',
            symbol: 'diamond' as const,
            stroke: 'var(--series-council)',
            dash: undefined,
            open: true,
          },
        ]
      : []),
  ];
  const keyLabels: Label[] = [];
  const keyMarks: Element[] = [];
  let keyY = 4;
  for (const e of entries) {
    const lines = wrapText(e.text, width - 40, size);
    const h = labelHeight(lines.length, size);
    keyLabels.push({ lines, x: 32, y: keyY, anchor: 'start', valign: 'top', size });
    keyMarks.push(...keySymbol(e, 14, keyY + lineBoxHeight(size) / 2));
    keyY += h + 4;
  }

  // End labels (wide): series names, wrapped, moved apart so none overlaps.
  const weight = (e: { level: Level }) => (e.level === 'authority' ? 'bold' : 'normal');
  // A series whose latest figure is older than the others' says which year its label is for.
  const lastX = Math.max(...ends.map((e) => e.x));
  const endLines = ends.map((e) =>
    wrapText(e.x < lastX ? `${e.series}, ${Math.floor(e.x)}` : e.series, 130, size, weight(e)),
  );
  const endW = narrow
    ? 0
    : Math.ceil(Math.max(0, ...ends.map((e, i) => linesWidth(endLines[i] ?? [], size, weight(e)))));
  const marginTop = (entries.length ? keyY + 6 : 0) + 10;
  const marginBottom = 30;
  const marginLeft = Math.ceil(textWidth('100%', size)) + 10;
  const marginRight = narrow ? Math.ceil(textWidth('2000', size) / 2) + 4 : endW + 14;
  const height = marginTop + (narrow ? 220 : 240) + marginBottom;
  const years = [...pts, ...rpts].map((p) => p.x);
  const x0 = Math.floor(Math.min(...years));
  const x1 = Math.ceil(Math.max(...years));
  const domain: [number, number] = [x0 === x1 ? x0 - 1 : x0, x1];
  const x = d3.scaleLinear(domain, [marginLeft, width - marginRight]);
  const y = d3.scaleLinear([0, 100], [height - marginBottom, marginTop]);
  const ticks = yearTicks(domain[0], domain[1], x(domain[0] + 1) - x(domain[0]), textWidth('2000', size));

  const endLabels: Label[] = [];
  if (!narrow) {
    const lines = endLines;
    const hs = lines.map((l, i) => labelHeight(l.length, size) + (i < lines.length ? 4 : 0));
    const ys = spreadVertically(
      ends.map((e) => y(e.value)),
      hs,
      marginTop - 6,
      height - marginBottom + 6,
    );
    ends.forEach((e, i) =>
      endLabels.push({
        lines: lines[i] ?? [],
        x: x(domain[1]) + 8,
        y: ys[i] ?? y(e.value),
        anchor: 'start',
        valign: 'middle',
        size,
        weight: weight(e),
      }),
    );
  }

  // Reported figures: a value label where one fits clear of every point and label.
  const halo = { stroke: 'var(--page-bg)', 'stroke-width': 3, 'paint-order': 'stroke' };
  const obstacles = [
    ...pts.filter((p) => p.value !== null).map((p) => pointBox(x(p.x), y(p.value ?? 0), 5)),
    ...rpts.map((p) => pointBox(x(p.x), y(p.value ?? 0), 7)),
    ...endLabels.map(labelBox),
    ...keyLabels.map(labelBox),
  ];
  const placed = placeLabels(
    rpts.map((p) => {
      const px = x(p.x);
      const py = y(p.value ?? 0);
      const texts = narrow ? [fmt(p.value ?? 0)] : [`${fmt(p.value ?? 0)}, report`, fmt(p.value ?? 0)];
      return texts.flatMap((t): Label[] => [
        { lines: [t], x: px + 10, y: py, anchor: 'start', valign: 'middle', size, attrs: halo },
        { lines: [t], x: px - 10, y: py, anchor: 'end', valign: 'middle', size, attrs: halo },
        { lines: [t], x: px, y: py - 10, anchor: 'middle', valign: 'bottom', size, attrs: halo },
        { lines: [t], x: px, y: py + 10, anchor: 'middle', valign: 'top', size, attrs: halo },
      ]);
    }),
    obstacles,
    { left: marginLeft, right: width - marginRight, top: marginTop - 4, bottom: height - marginBottom },
  );

  const el = plot({
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    x: { domain, label: null, tickFormat: 'd', ticks, tickPadding: 6 },
    y: { domain: [0, 100], label: null, ticks: 5, tickFormat: (d: number) => `${d}%`, grid: true },
    marks: [
      Plot.gridY({ ticks: 5, stroke: 'var(--chart-grid)', strokeOpacity: 1 }),
      ...[...levels].reverse().flatMap((level) => {
        const st = SERIES_STYLE[level];
        const s = pts.filter((p) => p.level === level);
        return [
          Plot.line(s, {
            x: 'x',
            y: (p: Pt) => p.value ?? undefined,
            stroke: st.stroke,
            strokeWidth: st.width,
            ...(st.dash ? { strokeDasharray: st.dash } : {}),
          }),
          Plot.dot(
            s.filter((p) => p.value !== null),
            { x: 'x', y: 'value', symbol: st.symbol, r: 4, fill: st.stroke },
          ),
        ];
      }),
      Plot.dot(rpts, {
        x: 'x',
        y: 'value',
        symbol: 'diamond',
        r: 6,
        stroke: 'var(--series-council)',
        strokeWidth: 2,
        fill: 'var(--page-bg)',
      }),
    ],
  });
  for (const m of keyMarks) el.appendChild(m);
  const texts = [...keyLabels, ...endLabels, ...placed.flatMap((r) => (r ? [r.label] : []))];
  el.appendChild(labelGroup(texts, { fill: 'currentColor' }));
  // Grid lines stop short of every label.
  gapRules(el, texts.map(labelBox));
  return el;
}
