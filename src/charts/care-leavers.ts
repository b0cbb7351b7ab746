/**
 * Care leavers in education, employment or training (EET): a council against its region and
 * England, DfE series by year, lines with points; suppressed values are gaps explained in notes.
 * Figures quoted in inspection reports are drawn as distinct, labelled points (open diamonds),
 * noted as not measured the same way.
 */
import * as Plot from '@observablehq/plot';
import type { AgeBand, CareLeaverRow, Dataset, ReportedFigure } from '../data/types';
import { measuredCell, measuredValue, type ChartFigure, type ChartTable, makeFigure } from './figure';
import { formerNote, possessive } from './history';
import { symbolMeaning } from '../data/vocabulary';
import { dodge, emptySvg, finishSvg, plot, widthOf, type Variant } from './svg';

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
  const rows = data.careLeavers.filter(
    (r) =>
      r.age === age &&
      ((r.level === 'authority' && r.authority === a.slug) ||
        (r.level === 'regional' && r.areaName === a.region) ||
        r.level === 'national'),
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
  const reported = reportedCareLeavers(data, a.slug, age);
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
  const title = `${possessive(a.name)} care leavers ${ageWords} in education, employment or training`;
  const subtitle = `Per cent of care leavers ${ageWords} the council was in touch with, year ending 31 March: ${a.name}, ${a.region} and England`;
  const alt = careLeaversAlt(a.name, a.region, ageWords, pts, rpts);

  const notes: string[] = [];
  for (const p of pts) {
    if (p.value === null && typeof p.cell === 'string') {
      notes.push(
        `${p.series}, ${p.year}: suppressed (${p.cell}) — ${symbolMeaning(p.cell)}; shown as a gap.`,
      );
    }
  }
  if (rpts.length) {
    notes.push(
      `Open diamonds are figures quoted in Ofsted inspection reports (${rpts.map((r) => r.label.replace(', report', '')).join('; ')}); they are not measured the same way as the DfE series and are not joined to it.`,
    );
  }
  const former = formerNote(data, a);
  if (former) notes.push(former);

  const all = [...pts, ...rpts];
  const table: ChartTable = {
    columns: [
      { key: 'area', label: 'Area' },
      { key: 'year', label: 'Year' },
      { key: 'period', label: 'Period' },
      { key: 'eet_percent', label: 'In education, employment or training (%)' },
      { key: 'measure', label: 'Measure' },
    ],
    rows: [
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
  };
  const svg = (variant: Variant) =>
    finishSvg(all.length ? render(variant, pts, rpts) : emptySvg(variant, 'No published figures.'), {
      id,
      variant,
      title,
      desc: alt,
    });
  return makeFigure(data, {
    id,
    type: 'care-leavers',
    title,
    subtitle,
    svg,
    alt,
    notes,
    sourceIds: all.map((p) => p.source),
    table,
  });
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

function render(variant: Variant, pts: Pt[], rpts: Pt[]): Element {
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const height = narrow ? 300 : 320;
  const marginTop = 16;
  const marginBottom = 30;
  const marginLeft = 40;
  const marginRight = narrow ? 100 : 124;
  const years = [...pts, ...rpts].map((p) => p.x);
  const x0 = Math.floor(Math.min(...years));
  const x1 = Math.ceil(Math.max(...years));
  const levels: Level[] = ['authority', 'regional', 'national'];
  const ends = levels
    .map((level) => {
      const s = pts.filter((p) => p.level === level && p.value !== null);
      const last = s[s.length - 1];
      return last ? { level, x: last.x, value: last.value as number, series: last.series } : null;
    })
    .filter((e): e is { level: Level; x: number; value: number; series: string } => e !== null);
  const plotH = height - marginTop - marginBottom;
  const gap = (100 * 16) / plotH;
  const dodged = dodge(
    ends.map((e) => e.value),
    gap,
  );
  const labels = ends.map((e, i) => ({
    ...e,
    x: x1,
    y: dodged[i] ?? e.value,
    text: narrow ? shortName(e.series) : e.series,
  }));
  return plot({
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    x: {
      domain: [x0 === x1 ? x0 - 1 : x0, x1],
      label: null,
      tickFormat: 'd',
      ticks: narrow ? 4 : Math.min(10, x1 - x0),
    },
    y: { domain: [0, 100], label: '%', labelAnchor: 'top', labelArrow: 'none', ticks: 5, grid: true },
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
      Plot.text(rpts, {
        x: 'x',
        y: 'value',
        text: (p: Pt) => (narrow ? `${fmt(p.value ?? 0)} report` : p.label),
        dx: 10,
        textAnchor: 'start',
        fill: 'currentColor',
        stroke: 'var(--page-bg)',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
      Plot.text(labels, { x: 'x', y: 'y', text: 'text', dx: 8, textAnchor: 'start', fill: 'currentColor' }),
    ],
  });
}

function shortName(s: string): string {
  if (s === 'Yorkshire and The Humber') return 'Yorks & H.';
  if (s === 'East of England') return 'East of Eng.';
  return s.length > 13 ? `${s.slice(0, 12)}…` : s;
}
