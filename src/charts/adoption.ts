/**
 * Adoption timeliness. With a council: the figures its inspection reports quote against their
 * benchmark, as paired bars labelled with values and units (each pair on its own scale, starting
 * at zero). Without a council: England's average time at each adoption stage by year (months).
 */
import * as Plot from '@observablehq/plot';
import type { Dataset, ReportedFigure } from '../data/types';
import { type ChartFigure, type ChartTable, makeFigure } from './figure';
import { formerNote, listJoin, possessive } from './history';
import { emptySvg, finishSvg, pixelPlot, widthOf, type Variant } from './svg';

export interface AdoptionOptions {
  authority?: string;
}

export function reportedAdoption(data: Dataset, slug: string): ReportedFigure[] {
  return data.reported.filter(
    (r) => r.authority === slug && r.measure.startsWith('adoption') && r.benchmarkValue !== null,
  );
}

const unitWord = (v: number, unit: string) => `${v} ${unit === 'percent' ? '%' : unit}`;

export function adoption(data: Dataset, options: AdoptionOptions = {}): ChartFigure {
  return options.authority ? councilAdoption(data, options.authority) : nationalAdoption(data);
}

function councilAdoption(data: Dataset, slug: string): ChartFigure {
  const a = data.authorities.get(slug);
  if (!a) throw new Error(`unknown council "${slug}"`);
  const id = `adoption-${a.slug}`;
  const figs = reportedAdoption(data, a.slug);
  const title = `Adoption timeliness in ${possessive(a.name)} inspection reports`;
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
  const table: ChartTable = {
    columns: [
      { key: 'measure', label: 'Measure' },
      { key: 'period', label: 'Period' },
      { key: 'value', label: a.name },
      { key: 'benchmark', label: 'Benchmark' },
      { key: 'benchmark_label', label: 'Benchmark is' },
      { key: 'unit', label: 'Unit' },
    ],
    rows: figs.map((f) => ({
      measure: f.label,
      period: f.period,
      value: f.value,
      benchmark: f.benchmarkValue,
      benchmark_label: f.benchmarkLabel,
      unit: f.unit,
    })),
  };
  const svg = (variant: Variant) =>
    finishSvg(
      figs.length ? renderPairs(variant, a.name, figs) : emptySvg(variant, 'No figures quoted in reports.'),
      { id, variant, title, desc: alt },
    );
  return makeFigure(data, {
    id,
    type: 'adoption',
    title,
    subtitle,
    svg,
    alt,
    notes,
    sourceIds: figs.map((f) => f.source),
    table,
  });
}

function renderPairs(variant: Variant, name: string, figs: ReportedFigure[]): Element {
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const labelW = narrow ? 96 : 170;
  const barMax = width - labelW - (narrow ? 86 : 130);
  const bars: { x2: number; y: number; text: string; council: boolean; label: string }[] = [];
  const heads: { y: number; text: string }[] = [];
  let y = 4;
  for (const f of figs) {
    heads.push({ y: y + 10, text: `${f.label} (${f.period})` });
    y += narrow ? 40 : 24;
    const max = Math.max(f.value, f.benchmarkValue ?? 0, 1);
    bars.push({
      x2: labelW + (barMax * f.value) / max,
      y,
      text: unitWord(f.value, f.unit),
      council: true,
      label: name,
    });
    y += 24;
    bars.push({
      x2: labelW + (barMax * (f.benchmarkValue ?? 0)) / max,
      y,
      text: unitWord(f.benchmarkValue ?? 0, f.unit),
      council: false,
      label: f.benchmarkLabel ?? 'Benchmark',
    });
    y += 34;
  }
  return pixelPlot(width, y, [
    Plot.text(heads, {
      x: 0,
      y: 'y',
      text: 'text',
      textAnchor: 'start',
      fontWeight: 'bold',
      lineWidth: narrow ? 26 : 80,
      lineAnchor: 'top',
      dy: -8,
    }),
    Plot.rect(bars, {
      x1: labelW,
      x2: 'x2',
      y1: (b: { y: number }) => b.y - 9,
      y2: (b: { y: number }) => b.y + 9,
      fill: (b: { council: boolean }) => (b.council ? 'var(--series-council)' : 'var(--series-england)'),
    }),
    Plot.text(bars, {
      x: labelW - 6,
      y: 'y',
      text: (b: { label: string }) => (narrow && b.label.length > 13 ? b.label.replace(/ /, '\n') : b.label),
      textAnchor: 'end',
    }),
    Plot.text(
      bars.filter((b) => b.council),
      { x: 'x2', y: 'y', text: 'text', dx: 6, textAnchor: 'start', fontWeight: 'bold' },
    ),
    Plot.text(
      bars.filter((b) => !b.council),
      { x: 'x2', y: 'y', text: 'text', dx: 6, textAnchor: 'start' },
    ),
  ]);
}

function nationalAdoption(data: Dataset): ChartFigure {
  const id = 'adoption-england';
  const rows = data.adoptionStages
    .filter((r) => r.age === 'Total')
    .sort((x, y) => x.stage - y.stage || x.year - y.year);
  const stages = [...new Map(rows.map((r) => [r.stage, r.stageLabel])).entries()];
  const years = [...new Set(rows.map((r) => r.year))].sort((x, y) => x - y);
  const title = 'How long adoption takes in England, stage by stage';
  const subtitle = `Average time at each stage of adoption, in months, ${years[0] ?? ''} to ${years[years.length - 1] ?? ''}`;
  const lastYear = years[years.length - 1];
  const firstYear = years[0];
  const longest = rows
    .filter((r) => r.year === lastYear && r.months !== null)
    .sort((x, y) => (y.months ?? 0) - (x.months ?? 0))[0];
  const then = longest ? rows.find((r) => r.stage === longest.stage && r.year === firstYear) : undefined;
  const alt = longest
    ? `In ${lastYear}, the average time from ${longest.stageLabel.toLowerCase()} in England was ${longest.months} months` +
      (then && then.months !== null && then !== longest
        ? `, against ${then.months} months in ${firstYear}.`
        : '.')
    : 'No adoption stage figures are in the data.';
  const notes = [
    'Published as years:months; converted to months. Suppressed or missing values are shown as gaps.',
  ];
  const table: ChartTable = {
    columns: [
      { key: 'stage', label: 'Stage' },
      { key: 'stage_label', label: 'Stage description' },
      { key: 'year', label: 'Year' },
      { key: 'months', label: 'Months' },
      { key: 'published', label: 'Published (years:months)' },
    ],
    rows: rows.map((r) => ({
      stage: r.stage,
      stage_label: r.stageLabel,
      year: r.year,
      months: r.months ?? r.raw,
      published: r.raw,
    })),
  };
  const svg = (variant: Variant) =>
    finishSvg(rows.length ? renderStages(variant, stages, years, rows) : emptySvg(variant, 'No figures.'), {
      id,
      variant,
      title,
      desc: alt,
    });
  return makeFigure(data, {
    id,
    type: 'adoption',
    title,
    subtitle,
    svg,
    alt,
    notes,
    sourceIds: rows.map((r) => r.source),
    table,
  });
}

function renderStages(
  variant: Variant,
  stages: [number, string][],
  years: number[],
  rows: Dataset['adoptionStages'],
): Element {
  // A row per stage: a dot per year on a shared months scale; first year open, last filled, labelled.
  const narrow = variant === 'narrow';
  const width = widthOf(variant);
  const left = 8;
  const right = narrow ? 96 : 120;
  const max = Math.max(1, ...rows.map((r) => r.months ?? 0));
  const x = (m: number) => left + ((width - left - right) * m) / max;
  const rowH = narrow ? 58 : 46;
  const first = years[0];
  const last = years[years.length - 1];
  const dots = rows
    .filter((r) => r.months !== null)
    .map((r) => ({
      x: x(r.months ?? 0),
      y: 4 + stages.findIndex(([s]) => s === r.stage) * rowH + 30,
      year: r.year,
      months: r.months ?? 0,
    }));
  const heads = stages.map(([s, l], i) => ({ y: 4 + i * rowH + 10, text: `${s}. ${l}` }));
  const ends = stages.map(([s], i) => {
    const a = rows.find((r) => r.stage === s && r.year === first)?.months;
    const b = rows.find((r) => r.stage === s && r.year === last)?.months;
    return { y: 4 + i * rowH + 30, text: `${a ?? '–'} → ${b ?? '–'} mo` };
  });
  const height = 4 + stages.length * rowH + 24;
  return pixelPlot(width, height, [
    Plot.ruleY(ends, { y: 'y', x1: left, x2: width - right, stroke: 'var(--chart-grid)' }),
    Plot.text(heads, { x: left, y: 'y', text: 'text', textAnchor: 'start', fontWeight: 'bold' }),
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
    Plot.text(ends, { x: width - right + 8, y: 'y', text: 'text', textAnchor: 'start' }),
    Plot.text([`open: ${first ?? ''}, square: ${last ?? ''}, small dots: years between`], {
      x: left,
      y: height - 10,
      text: (d: string) => d,
      textAnchor: 'start',
      fill: 'var(--chart-muted-text)',
    }),
  ]);
}
