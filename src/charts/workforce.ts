/**
 * Children's social workers: a council against its region and England, year by year, in four
 * small multiples: caseload, agency rate, turnover and vacancy rate. Figures the DfE does not
 * publish are gaps, named in words under the panel and in the notes.
 */
import { councilPeriodNotes } from '../data/comparable-period';
import type { Authority, Dataset, Measured, WorkforceRow } from '../data/types';
import { missingWording } from '../data/vocabulary';
import { areaName, areaRow, jointNote, oneDecimal, type AreaLevel } from './areas';
import { measuredCell, measuredValue, type ChartFigure, type ChartTable } from './figure';
import { drawnFigure } from './drawn-figure';
import { formerNote, possessive } from './history';
import { renderLinePanels, type Panel } from './line-panels';
import { emptySvg } from './svg';

export interface WorkforceOptions {
  authority: string;
}

type MeasureKey = 'caseloadFte' | 'agencyRateFte' | 'turnoverRateFte' | 'vacancyRateFte';

/** The four measures, in the order drawn; the words readers see. */
const WORKFORCE_MEASURES: readonly {
  key: MeasureKey;
  column: string;
  title: string;
  short: string;
  percent: boolean;
}[] = [
  {
    key: 'caseloadFte',
    column: 'caseload',
    title: 'Caseload: cases per case-holding social worker',
    short: 'caseload',
    percent: false,
  },
  {
    key: 'agencyRateFte',
    column: 'agency_rate',
    title: 'Agency social workers, % of all social workers',
    short: 'agency rate',
    percent: true,
  },
  {
    key: 'turnoverRateFte',
    column: 'turnover_rate',
    title: 'Turnover: leavers in the year, % of social workers',
    short: 'turnover',
    percent: true,
  },
  {
    key: 'vacancyRateFte',
    column: 'vacancy_rate',
    title: 'Vacancies, % of social worker posts',
    short: 'vacancy rate',
    percent: true,
  },
];

const LEVELS: AreaLevel[] = ['authority', 'regional', 'national'];

export function hasWorkforce(data: Dataset, slug: string): boolean {
  return data.workforce.some((r) => r.level === 'authority' && r.authorities.includes(slug));
}

/** The council's, its region's and England's rows, by year. */
function workforceSeries(data: Dataset, a: Authority): { level: AreaLevel; rows: WorkforceRow[] }[] {
  const years = [...new Set(data.workforce.map((r) => r.year))].sort((x, y) => x - y);
  return LEVELS.map((level) => ({
    level,
    rows: years
      .map((year) =>
        areaRow(
          data.workforce.filter((r) => r.year === year),
          a,
          level,
        ),
      )
      .filter((r): r is WorkforceRow => r !== undefined),
  }));
}

const fmt = (percent: boolean) => (v: number) => (percent ? `${oneDecimal(v)}%` : oneDecimal(v));

export function workforce(data: Dataset, options: WorkforceOptions): ChartFigure {
  const a = data.authorities.get(options.authority);
  if (!a) throw new Error(`unknown council "${options.authority}"`);
  const id = `workforce-${a.slug}`;
  const series = workforceSeries(data, a);
  const council = series[0]?.rows ?? [];
  const years = [...new Set(council.map((r) => r.year))].sort((x, y) => x - y);
  const inYears = (rows: WorkforceRow[]) => rows.filter((r) => years.includes(r.year));

  const panels: Panel[] = WORKFORCE_MEASURES.map((m) => ({
    title: m.title,
    format: fmt(m.percent),
    series: series.map((s) => ({
      level: s.level,
      name: areaName(a, s.level),
      points: years.map((year) => {
        const row = s.rows.find((r) => r.year === year);
        const cell: Measured | undefined = row?.[m.key];
        return {
          year,
          value: cell ? measuredValue(cell) : null,
          missing: cell && 'symbol' in cell ? missingWording(cell.symbol) : 'no figure',
        };
      }),
    })),
  }));

  // The finding: the agency rate, latest year, against England (and the earliest year).
  const at = (level: AreaLevel, year: number | undefined, key: MeasureKey) => {
    const r = series.find((s) => s.level === level)?.rows.find((x) => x.year === year);
    return r ? measuredValue(r[key]) : null;
  };
  const lastYear = years[years.length - 1];
  const firstYear = years[0];
  const agency = at('authority', lastYear, 'agencyRateFte');
  const agencyEng = at('national', lastYear, 'agencyRateFte');
  const title =
    agency !== null && lastYear !== undefined
      ? `${oneDecimal(agency)}% of ${possessive(a.name)} children’s social workers were agency staff in ${lastYear}${agencyEng !== null ? `, against ${oneDecimal(agencyEng)}% in England` : ''}`
      : `${possessive(a.name)} children’s social workers: caseload, agency staff, turnover and vacancies`;
  const subtitle = `Years to 30 September${firstYear !== undefined ? `, ${firstYear} to ${lastYear ?? ''}` : ''}: ${a.name}, ${a.region} and England, each measure on its own scale`;

  const sentences: string[] = [];
  if (lastYear !== undefined)
    for (const m of WORKFORCE_MEASURES) {
      const v = at('authority', lastYear, m.key);
      const r = at('regional', lastYear, m.key);
      const e = at('national', lastYear, m.key);
      const f = fmt(m.percent);
      const cmp = [
        r !== null ? `${f(r)} in ${a.region}` : null,
        e !== null ? `${f(e)} in England` : null,
      ].filter(Boolean);
      sentences.push(
        v === null
          ? `${m.short[0]?.toUpperCase() ?? ''}${m.short.slice(1)}: not published for ${lastYear}.`
          : `${m.short[0]?.toUpperCase() ?? ''}${m.short.slice(1)}: ${f(v)}${cmp.length ? ` (${cmp.join(', ')})` : ''}.`,
      );
    }
  // A newer year published so far for some areas only: which areas lack it, in words.
  const partial = councilPeriodNotes(
    data,
    'workforce',
    a.slug,
    series.slice(1).map((s) => ({ name: areaName(a, s.level), periods: s.rows.map((r) => String(r.year)) })),
  );
  const agencyFirst = at('authority', firstYear, 'agencyRateFte');
  const alt = council.length
    ? `${a.name}, year to September ${lastYear ?? ''}. ${sentences.join(' ')}` +
      (agencyFirst !== null && agency !== null && firstYear !== lastYear
        ? ` The agency rate was ${oneDecimal(agencyFirst)}% in ${firstYear}.`
        : '') +
      (partial.length ? ` ${partial.join(' ')}` : '')
    : `The DfE publishes no social work workforce figures for ${a.name}.`;

  const notes: string[] = [
    'Full-time equivalents, as at 30 September each year. Caseload is cases held divided by case-holding social workers; the rates are percentages of social workers (agency, turnover) or of posts (vacancies).',
  ];
  for (const s of series)
    for (const r of inYears(s.rows))
      for (const m of WORKFORCE_MEASURES) {
        const c = r[m.key];
        if ('symbol' in c)
          notes.push(
            `${areaName(a, s.level)}, ${r.year}, ${m.short}: not published (${c.symbol}: ${missingWording(c.symbol)}); shown as a gap.`,
          );
      }
  notes.push(...partial);
  const joint = jointNote(data.workforce, a, (x) => data.authorities.get(x)?.name ?? x, 'workforce figures');
  if (joint) notes.push(joint);
  const former = formerNote(data, a);
  if (former) notes.push(former);

  const rows = series.flatMap((s) => inYears(s.rows).map((r) => ({ s, r })));
  const table: ChartTable = {
    columns: [
      { key: 'area', label: 'Area' },
      { key: 'year', label: 'Year to 30 September' },
      ...WORKFORCE_MEASURES.map((m) => ({ key: m.column, label: m.title })),
    ],
    rows: rows.map(({ s, r }) => ({
      area: areaName(a, s.level),
      year: r.year,
      ...Object.fromEntries(WORKFORCE_MEASURES.map((m) => [m.column, measuredCell(r[m.key])])),
    })),
  };
  return drawnFigure(data, {
    id,
    type: 'workforce',
    title,
    subtitle,
    draw: (variant) =>
      council.length
        ? renderLinePanels(variant, panels)
        : emptySvg(variant, 'No workforce figures published.'),
    alt,
    notes,
    sourceIds: rows.map(({ r }) => r.source),
    table,
  });
}
