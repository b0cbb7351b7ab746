/**
 * Adoption timeliness. With a council: the figures its inspection reports quote against their
 * benchmark, as paired bars labelled with values and units (each pair on its own scale, starting
 * at zero). Without a council: England's average time at each adoption stage by year (months).
 */
import * as Plot from '@observablehq/plot';
import type { Dataset, ReportedFigure } from '../data/types';
import type { ChartFigure } from './figure';
import { chartTable } from './chart-table';
import { councilBars } from './council-bars';
import { drawnFigure, type DrawnFigureParts } from './drawn-figure';
import { formerNote, listJoin, possessive } from './history';
import { EDGE, MUTED_TEXT, labelGroup, labelHeight, type Label } from './labels';
import { emptySvg, fontOf, pixelPlot, widthOf, type Variant } from './svg';
import { textWidth, wrapText } from './text';
import { formatDate } from '../data/format';

export interface AdoptionOptions {
  authority?: string;
}

export function reportedAdoption(data: Dataset, slug: string): ReportedFigure[] {
  return data.reported.filter(
    (r) => r.authority === slug && r.measure.startsWith('adoption') && r.benchmarkValue !== null,
  );
}

const unitWord = (v: number, unit: string) => `${v} ${unit === 'percent' ? '%' : unit}`;

/** What the council and the England figure each compute; both are of type `adoption`. */
type AdoptionParts = Omit<DrawnFigureParts, 'type'>;

export function adoption(data: Dataset, options: AdoptionOptions = {}): ChartFigure {
  const parts = options.authority ? councilAdoption(data, options.authority) : nationalAdoption(data);
  return drawnFigure(data, { ...parts, type: 'adoption' });
}

function councilAdoption(data: Dataset, slug: string): AdoptionParts {
  const a = data.authorities.get(slug);
  if (!a) throw new Error(`unknown council "${slug}"`);
  const id = `adoption-${a.slug}`;
  const figs = reportedAdoption(data, a.slug);
  // Time measures (longer is slower) say how many were over their benchmark.
  const timed = figs.every((f) => ['days', 'weeks', 'months'].includes(f.unit));
  const slower = figs.filter((f) => f.benchmarkValue !== null && f.value > f.benchmarkValue).length;
  const title =
    figs.length && timed
      ? `${possessive(a.name)} inspection reports: adoption slower than the benchmark on ${slower} of ${figs.length} measure${figs.length > 1 ? 's' : ''}`
      : `Adoption timeliness in ${possessive(a.name)} inspection reports`;
  const subtitle = 'Figures quoted by Ofsted against the benchmark each report uses';
  const alt = figs.length
    ? `${possessive(a.name)} inspection reports quote ${listJoin(
        figs.map(
          (f) =>
            `${unitWord(f.value, f.unit)} (${f.label.toLowerCase()}, ${f.period}) against ${unitWord(f.benchmarkValue ?? 0, f.unit)} (${f.benchmarkLabel ?? 'benchmark'})`,
        ),
      )}.`
    : `No adoption figures from ${possessive(a.name)} inspection reports are in the data.`;
  const notes = [
    'These figures are as quoted in inspection reports; they are not measured the same way as the DfE series, and each comparison is drawn on its own scale from zero.',
    ...figs.filter((f) => f.note).map((f) => `${f.label} (${f.period}): ${f.note ?? ''}`),
  ];
  const former = formerNote(data, a);
  if (former) notes.push(former);
  const table = chartTable(
    {
      measure: 'Measure',
      period: 'Period',
      value: a.name,
      benchmark: 'Benchmark',
      benchmark_label: 'Benchmark is',
      unit: 'Unit',
      source: 'Source',
    },
    figs.map((f) => ({
      measure: f.label,
      period: f.period,
      value: f.value,
      benchmark: f.benchmarkValue,
      benchmark_label: f.benchmarkLabel,
      unit: f.unit,
      source: sourceWords(data, f.source),
    })),
  );
  return {
    id,
    title,
    subtitle,
    draw: (variant) =>
      figs.length ? renderPairs(variant, a.name, figs) : emptySvg(variant, 'No figures quoted in reports.'),
    alt,
    notes,
    sourceIds: figs.map((f) => f.source),
    table,
  };
}

/** "Ofsted, <title> (18 July 2014)": which document a reported figure comes from. */
function sourceWords(data: Dataset, id: string): string {
  const s = data.sources.get(id);
  return s ? `${s.publisher}, ${s.title} (${formatDate(s.date)})` : id;
}

function renderPairs(variant: Variant, name: string, figs: ReportedFigure[]): Element {
  // Each figure: a bold heading, then the council's bar and the benchmark's, each on its own scale
  // from zero, labelled with value and unit. Wide: bar labels in a column on the left; narrow: above
  // each bar.
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const size = fontOf(variant);
  const labelW = narrow ? 0 : 170;
  const valueW = Math.ceil(
    Math.max(
      ...figs.flatMap((f) => [
        textWidth(unitWord(f.value, f.unit), size, 'bold'),
        textWidth(unitWord(f.benchmarkValue ?? 0, f.unit), size),
      ]),
    ),
  );
  const barX0 = narrow ? EDGE : labelW + 8;
  const barMax = width - barX0 - valueW - 8;
  const labels: Label[] = [];
  const bars: { x2: number; y: number; council: boolean }[] = [];
  let y = EDGE;
  for (const f of figs) {
    const head = wrapText(`${f.label} (${f.period})`, width - 2 * EDGE, size, 'bold');
    labels.push({ lines: head, x: EDGE, y, anchor: 'start', valign: 'top', size, weight: 'bold' });
    y += labelHeight(head.length, size, 'bold') + 6;
    const max = Math.max(f.value, f.benchmarkValue ?? 0, 1);
    for (const [council, who, v] of [
      [true, name, f.value],
      [false, f.benchmarkLabel ?? 'Benchmark', f.benchmarkValue ?? 0],
    ] as const) {
      const weight = council ? 'bold' : 'normal';
      const lines = wrapText(who, narrow ? width - 2 * EDGE : labelW - EDGE, size);
      let cy: number;
      if (narrow) {
        labels.push({ lines, x: EDGE, y, anchor: 'start', valign: 'top', size });
        cy = y + labelHeight(lines.length, size) + 12;
        y = cy + 12;
      } else {
        const h = Math.max(24, labelHeight(lines.length, size) + 6);
        cy = y + h / 2;
        labels.push({ lines, x: labelW, y: cy, anchor: 'end', valign: 'middle', size });
        y += h;
      }
      const x2 = barX0 + (barMax * v) / max;
      bars.push({ x2, y: cy, council });
      labels.push({
        lines: [unitWord(v, f.unit)],
        x: x2 + 6,
        y: cy,
        anchor: 'start',
        valign: 'middle',
        size,
        weight,
      });
    }
    y += 16;
  }
  const el = pixelPlot(width, Math.ceil(y), [councilBars(bars, barX0, 18)]);
  el.appendChild(labelGroup(labels, { fill: 'currentColor' }));
  return el;
}

function nationalAdoption(data: Dataset): AdoptionParts {
  const id = 'adoption-england';
  const rows = data.adoptionStages
    .filter((r) => r.age === 'Total')
    .sort((x, y) => x.stage - y.stage || x.year - y.year);
  const stages = [...new Map(rows.map((r) => [r.stage, r.stageLabel])).entries()];
  const years = [...new Set(rows.map((r) => r.year))].sort((x, y) => x - y);

  const subtitle = `Average time at each stage of adoption, in months, ${years[0] ?? ''} to ${years[years.length - 1] ?? ''}`;
  const lastYear = years[years.length - 1];
  const firstYear = years[0];
  const longest = rows
    .filter((r) => r.year === lastYear && r.months !== null)
    .sort((x, y) => (y.months ?? 0) - (x.months ?? 0))[0];
  const then = longest ? rows.find((r) => r.stage === longest.stage && r.year === firstYear) : undefined;
  const title =
    longest && then && then.months !== null && then !== longest
      ? `${longest.stageLabel} in England: ${then.months} months in ${firstYear}, ${longest.months} in ${lastYear}`
      : 'How long adoption takes in England, stage by stage';
  const alt = longest
    ? `In ${lastYear}, the average time from ${longest.stageLabel.toLowerCase()} in England was ${longest.months} months` +
      (then && then.months !== null && then !== longest
        ? `, against ${then.months} months in ${firstYear}.`
        : '.')
    : 'No adoption stage figures are in the data.';
  const notes = [
    'Published as years:months; converted to months. Suppressed or missing values are shown as gaps.',
  ];
  const table = chartTable(
    {
      stage: 'Stage',
      stage_label: 'Stage description',
      year: 'Year',
      months: 'Months',
      published: 'Published (years:months)',
    },
    rows.map((r) => ({
      stage: r.stage,
      stage_label: r.stageLabel,
      year: r.year,
      months: r.months ?? r.raw,
      published: r.raw,
    })),
  );
  return {
    id,
    title,
    subtitle,
    draw: (variant) =>
      rows.length ? renderStages(variant, stages, years, rows) : emptySvg(variant, 'No figures.'),
    alt,
    notes,
    sourceIds: rows.map((r) => r.source),
    table,
  };
}

function renderStages(
  variant: Variant,
  stages: [number, string][],
  years: number[],
  rows: Dataset['adoptionStages'],
): Element {
  // A row per stage: its name, then a dot per year on a shared months scale; the first year open,
  // the last a filled square, and "first → last" in months at the end of the row.
  const width = widthOf(variant);
  const size = fontOf(variant);
  const first = years[0];
  const last = years[years.length - 1];
  const ends = stages.map(([s]) => {
    const a = rows.find((r) => r.stage === s && r.year === first)?.months;
    const b = rows.find((r) => r.stage === s && r.year === last)?.months;
    return `${a ?? '–'} → ${b ?? '–'} months`;
  });
  const left = 8;
  const right = Math.ceil(Math.max(...ends.map((e) => textWidth(e, size)))) + 14;
  const max = Math.max(1, ...rows.map((r) => r.months ?? 0));
  const x = (m: number) => left + ((width - left - right) * m) / max;
  const labels: Label[] = [];
  const rules: { y: number }[] = [];
  const dots: { x: number; y: number; year: number }[] = [];
  let y = EDGE;
  const keyLines = wrapText(
    `Open circle: ${first ?? ''}; square: ${last ?? ''}; small dots: the years between`,
    width - 2 * EDGE,
    size,
  );
  labels.push({
    lines: keyLines,
    x: EDGE,
    y,
    anchor: 'start',
    valign: 'top',
    size,
    attrs: MUTED_TEXT,
  });
  y += labelHeight(keyLines.length, size) + 10;
  stages.forEach(([s, l], i) => {
    const head = wrapText(`${s}. ${l}`, width - left - EDGE, size, 'bold');
    labels.push({ lines: head, x: left, y, anchor: 'start', valign: 'top', size, weight: 'bold' });
    y += labelHeight(head.length, size, 'bold') + 12;
    rules.push({ y });
    for (const r of rows)
      if (r.stage === s && r.months !== null) dots.push({ x: x(r.months), y, year: r.year });
    labels.push({
      lines: [ends[i] ?? ''],
      x: width - right + 10,
      y,
      anchor: 'start',
      valign: 'middle',
      size,
    });
    y += 20;
  });
  const height = Math.ceil(y);
  const el = pixelPlot(width, height, [
    Plot.ruleY(rules, { y: 'y', x1: left, x2: width - right, stroke: 'var(--chart-grid)' }),
    Plot.dot(
      dots.filter((d) => d.year !== first && d.year !== last),
      { x: 'x', y: 'y', r: 3, fill: 'var(--chart-muted)' },
    ),
    Plot.dot(
      dots.filter((d) => d.year === first),
      { x: 'x', y: 'y', r: 5, stroke: 'var(--series-council)', fill: 'var(--page-bg)', strokeWidth: 2 },
    ),
    Plot.dot(
      dots.filter((d) => d.year === last),
      { x: 'x', y: 'y', r: 5, symbol: 'square', fill: 'var(--series-council)' },
    ),
  ]);
  el.appendChild(labelGroup(labels, { fill: 'currentColor' }));
  return el;
}
