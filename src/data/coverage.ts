/**
 * What the dataset covers, computed from the data: every year range, "since" year and temporal
 * coverage the site states comes from here, so a refresh that adds a year changes every page that
 * states it, and no page keeps last year's range.
 */
import { periodReach, type PeriodFile } from './comparable-period';
import { formatMonth } from './format';
import { newerAreasWords } from './reader-words';
import { restsOnCommunityList } from './reader-words';
import type { DataFileKey } from './load';
import type { Dataset, Inspection } from './types';

/** `[2021, 2025]` -> `2021 to 2025`; one year alone; '' for none. */
function yearRange(years: Iterable<number>): string {
  const list = [...years].filter(Number.isFinite);
  if (!list.length) return '';
  const first = Math.min(...list);
  const last = Math.max(...list);
  return first === last ? String(first) : `${first} to ${last}`;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const inspectionDate = (i: Inspection) => i.published ?? i.endDate ?? i.startDate;

const memo = new WeakMap<Dataset, Coverage>();

export interface Coverage {
  /** The year of the first inspection or report (curated events included). */
  firstYear: number | null;
  /** The latest year any inspection or figure refers to. */
  lastYear: number | null;
  /** Schema.org / Data Package temporal coverage, `first/last`. */
  temporal: string;
  /** Reporting years of the DfE's care-leaver figures, e.g. `2021 to 2025`. */
  careLeaverYears: string;
  /** The month of the statistical neighbour groupings (`April 2021`), from their source. */
  neighboursMonth: string;
  /** The title of Ofsted's latest official statistics release in the data ("... as at 31 March yyyy"). */
  officialStatistics: string;
  /**
   * How far the inspection data goes: the latest publication date (yyyy-mm-dd) of any inspection
   * or visit report in it; '' for none. Every "current" or "latest" grade is as of this day
   * (worded by `reachWords` in reader-words.ts).
   */
  inspectionsTo: string;
  /** How many inspections rest on the community-maintained list of Ofsted's reports alone. */
  communityListRows: number;
}

/** The coverage of a dataset (computed once per Dataset). */
export function coverage(data: Dataset): Coverage {
  const hit = memo.get(data);
  if (hit) return hit;
  const inspectionYears = data.inspections
    .map(inspectionDate)
    .filter((d): d is string => d !== null)
    .map(yearOf);
  const figureYears = [
    ...data.careLeavers.map((r) => r.year),
    ...data.adoptionStages.map((r) => r.year),
    ...data.adoptionCounts.map((r) => r.year),
    ...data.workforce.map((r) => r.year),
    ...data.adoptionAsglb.map((r) => Number(r.period.slice(0, 4)) + 1),
  ];
  const all = [...inspectionYears, ...figureYears];
  const firstYear = inspectionYears.length ? Math.min(...inspectionYears) : null;
  const lastYear = all.length ? Math.max(...all) : null;
  const neighboursSource = data.neighbours[0] ? data.sources.get(data.neighbours[0].source) : undefined;
  const official = [...data.sources.values()]
    .filter((s) => s.id.startsWith('ofsted-la-outcomes-'))
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  const c: Coverage = {
    firstYear,
    lastYear,
    temporal: firstYear !== null && lastYear !== null ? `${firstYear}/${lastYear}` : '',
    careLeaverYears: yearRange(data.careLeavers.map((r) => r.year)),
    neighboursMonth: neighboursSource ? formatMonth(neighboursSource.date) : '',
    officialStatistics: official?.title ?? '',
    communityListRows: data.inspections.filter((i) => restsOnCommunityList(i.note)).length,
    inspectionsTo: data.inspections.reduce((m, i) => (i.published && i.published > m ? i.published : m), ''),
  };
  memo.set(data, c);
  return c;
}

/** The files whose rows carry a `year`, and what those years are, in words. */
const YEARS_OF = {
  careLeavers: 'Reporting years',
  adoptionStages: 'Reporting years',
  adoptionCounts: 'Years to 31 March',
  workforce: 'Years to 30 September',
} as const satisfies Partial<Record<DataFileKey, string>>;

/**
 * What one file of the data dictionary covers, as a sentence computed from its rows (appended to
 * its description on /data/ and in datapackage.json); '' when there is nothing to say.
 */
export function fileCoverage(data: Dataset, key: DataFileKey): string {
  const years = (label: string, ys: number[]) => (ys.length ? `${label}: ${yearRange(ys)}.` : '');
  // A newer period published so far for some areas only says so (src/data/comparable-period.ts).
  const nameOf = (slug: string) => data.authorities.get(slug)?.name ?? slug;
  const partial = (file: PeriodFile) =>
    periodReach(data, file)
      .newer.map((n) => ` ${n.period} so far for ${newerAreasWords(n, nameOf, 0)}.`)
      .join('');
  const dated = (list: Inspection[]) =>
    years(
      'Published',
      list
        .map(inspectionDate)
        .filter((d): d is string => d !== null)
        .map(yearOf),
    );
  const curated = (i: Inspection) => !i.source.startsWith('ofsted-');
  switch (key) {
    case 'inspections':
      return dated(data.inspections.filter((i) => !curated(i)));
    case 'curatedEvents':
      return dated(data.inspections.filter(curated));
    case 'careLeavers':
    case 'adoptionStages':
    case 'adoptionCounts':
    case 'workforce': {
      const rows: readonly { year: number }[] = data[key];
      const text = years(
        YEARS_OF[key],
        rows.map((r) => r.year),
      );
      return text && key !== 'adoptionStages' ? `${text}${partial(key)}` : text;
    }
    case 'adoptionAsglb': {
      const periods = [...new Set(data.adoptionAsglb.map((r) => r.period))].sort();
      return periods.length ? `Financial years: ${periods.join(', ')}.${partial(key)}` : '';
    }
    case 'neighbours':
      return coverage(data).neighboursMonth ? `Groupings of ${coverage(data).neighboursMonth}.` : '';
    default:
      return '';
  }
}
