/**
 * Children adopted from care, year by year (DfE, via LAIT): the council's number, and adoptions
 * as a share of all children leaving care against its region and England (the share compares
 * areas of any size; the numbers would not). Unpublished years are gaps, named in words.
 */
import type { AdoptionCountRow, Dataset } from '../data/types';
import { missingWording } from '../data/vocabulary';
import { readerText } from '../data/reader-words';
import { withinLifetime } from '../data/former';
import { areaName, areaRow, jointNote, type AreaLevel } from './areas';
import { measuredCell, measuredValue, type ChartFigure } from './figure';
import { chartTable } from './chart-table';
import { drawnFigure } from './drawn-figure';
import { formerNote, possessive } from './history';
import { renderLinePanels, type Panel, type SeriesPoint } from './line-panels';
import { emptySvg } from './svg';

export interface AdoptionsOptions {
  authority: string;
}

const LEVELS: AreaLevel[] = ['authority', 'regional', 'national'];

export function hasAdoptionCounts(data: Dataset, slug: string): boolean {
  return data.adoptionCounts.some((r) => r.level === 'authority' && r.authorities.includes(slug));
}

export function adoptions(data: Dataset, options: AdoptionsOptions): ChartFigure {
  const a = data.authorities.get(options.authority);
  if (!a) throw new Error(`unknown council "${options.authority}"`);
  const id = `adoptions-${a.slug}`;
  const years = [
    ...new Set(
      data.adoptionCounts
        .filter((r) => r.level === 'authority' && r.authorities.includes(a.slug))
        .map((r) => r.year),
    ),
  ]
    // A former council's chart ends with the last year it lived through.
    .filter((y) => withinLifetime(data, a.slug, y))
    .sort((x, y) => x - y);
  const rowOf = (level: AreaLevel, year: number, measure: AdoptionCountRow['measure']) =>
    areaRow(
      data.adoptionCounts.filter((r) => r.year === year && r.measure === measure),
      a,
      level,
    );
  const point = (level: AreaLevel, year: number, measure: AdoptionCountRow['measure']): SeriesPoint => {
    const r = rowOf(level, year, measure);
    return {
      year,
      value: r ? measuredValue(r.value) : null,
      missing: r && 'symbol' in r.value ? missingWording(r.value.symbol) : 'no figure',
    };
  };
  const panels: Panel[] = [
    {
      title: `Children adopted from ${possessive(a.name)} care`,
      format: (v) => String(Math.round(v)),
      series: [
        { level: 'authority', name: a.name, points: years.map((y) => point('authority', y, 'adopted')) },
      ],
    },
    {
      title: 'Adopted, % of all children leaving care',
      format: (v) => `${Math.round(v)}%`,
      series: LEVELS.map((level) => ({
        level,
        name: areaName(a, level),
        points: years.map((y) => point(level, y, 'adopted-percent')),
      })),
    },
  ];

  const last = years[years.length - 1];
  const first = years[0];
  const n =
    last !== undefined ? measuredValue(rowOf('authority', last, 'adopted')?.value ?? { symbol: '' }) : null;
  const n0 =
    first !== undefined ? measuredValue(rowOf('authority', first, 'adopted')?.value ?? { symbol: '' }) : null;
  const pc = (level: AreaLevel) =>
    last !== undefined ? measuredValue(rowOf(level, last, 'adopted-percent')?.value ?? { symbol: '' }) : null;
  const title =
    n !== null && last !== undefined
      ? `${Math.round(n)} children were adopted from ${possessive(a.name)} care in the year to March ${last}${n0 !== null && first !== last ? `, against ${Math.round(n0)} in ${first}` : ''}`
      : `Children adopted from ${possessive(a.name)} care, ${first ?? ''} to ${last ?? ''}`;
  const subtitle = `Years ending 31 March: the number adopted, and adoptions as a share of all children leaving care in ${a.name}, ${a.region} and England`;
  const [pa, pr, pe] = LEVELS.map(pc);
  const alt = years.length
    ? `In the year to March ${last ?? ''}, ${n !== null ? `${Math.round(n)} children were adopted from ${possessive(a.name)} care` : `the number of children adopted from ${possessive(a.name)} care is not published`}` +
      (n !== null && n0 !== null && first !== last ? ` (${Math.round(n0)} in ${first ?? ''})` : '') +
      '.' +
      (pa !== null
        ? ` Adoptions were ${pa}% of children leaving its care${pr !== null ? `, against ${pr}% in ${a.region}` : ''}${pe !== null ? ` and ${pe}% in England` : ''}.`
        : '')
    : `The DfE publishes no adoption numbers for ${a.name}.`;

  const notes: string[] = [
    'Children looked after who left care because they were adopted, in years ending 31 March; the share is of all children who left care that year. Missing figures are gaps, never zero.',
  ];
  const own = data.adoptionCounts.find(
    (r) => r.level === 'authority' && r.authorities.includes(a.slug) && r.note,
  );
  if (own?.note) notes.push(readerText(own.note));
  const joint = jointNote(
    data.adoptionCounts,
    a,
    (x) => data.authorities.get(x)?.name ?? x,
    'adoption figures',
  );
  if (joint) notes.push(joint);
  const former = formerNote(data, a);
  if (former) notes.push(former);

  const rows = LEVELS.flatMap((level) =>
    years.map((year) => ({
      level,
      year,
      adopted: rowOf(level, year, 'adopted'),
      percent: rowOf(level, year, 'adopted-percent'),
    })),
  ).filter((r) => r.adopted || r.percent);
  const table = chartTable(
    {
      area: 'Area',
      year: 'Year to 31 March',
      adopted: 'Children adopted',
      adopted_percent: 'Adopted, % of children leaving care',
    },
    rows.map((r) => ({
      area: areaName(a, r.level),
      year: r.year,
      // Only the council's number is plotted; the region's and England's are for reference.
      adopted: r.adopted ? measuredCell(r.adopted.value) : null,
      adopted_percent: r.percent ? measuredCell(r.percent.value) : null,
    })),
  );
  return drawnFigure(data, {
    id,
    type: 'adoptions',
    title,
    subtitle,
    draw: (variant) =>
      years.length ? renderLinePanels(variant, panels) : emptySvg(variant, 'No figures published.'),
    alt,
    notes,
    sourceIds: rows.flatMap((r) => [r.adopted?.source, r.percent?.source]).filter((s): s is string => !!s),
    table,
  });
}
