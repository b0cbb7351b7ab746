/**
 * Which overall grade a council held on a date, and how many councils held each grade: the one
 * counting rule every page and chart uses. Pure functions of the Dataset (memoised per Dataset).
 *
 * The rule reproduces Ofsted's own "as at 31 March" statistics (checked council by council
 * against the official lists for 31 March 2023 and 2025; see tests/data/ratings-at.test.ts):
 *
 * - **The inspection date decides, not the publication date.** A council's grade on a date is
 *   that of its latest inspection that *began* on or before the date, even if the report came
 *   out later (Ofsted's lists carry the inspection date; e.g. York, inspected from 24 February
 *   2025 and published 15 April 2025, is outstanding in the 31 March 2025 list). Where the data
 *   holds no inspection date (the SIF and earlier frameworks come with publication dates only),
 *   the publication date stands in.
 * - **On 31 March, as Ofsted cut its lists:** each official release counts only reports
 *   published by its deadline (30 April 2023; 30 June 2025), with any exceptions its notes name
 *   (South Tyneside in 2023). Those cut-offs are data (data/curated/official-counts.csv); a year
 *   without a release there takes the latest release's deadline, moved to its own year.
 * - **Only the current frameworks count from 2014:** the single inspection framework (SIF, from
 *   November 2013, first reports February 2014), its re-inspections, and ILACS standard and short
 *   inspections. Visits, progress reports and the earlier frameworks never set a current grade.
 * - **Earlier years on their own scale:** on dates before 2014 the grade is the latest overall
 *   judgement from the earlier frameworks (joint area reviews, child protection and looked after
 *   children inspections), on the outstanding / good / adequate / inadequate scale. SLAC
 *   inspections gave two headline judgements and no overall grade, so they never set one.
 * - **A missing grade stays missing:** if the council's latest counted inspection has no overall
 *   grade in the data, it has none on that date; an older grade is never carried forward.
 * - **Councils created or merged:** a council that replaced others counts from its own first
 *   inspection or visit; a former council counts until the first inspection or visit of any of
 *   its successors. So each date counts every area of England once.
 */
import { yearProblem } from '../config/build-day';
import type { Authority, Dataset, Inspection, OfficialCount } from './types';
import type { Framework, GradeScale } from './vocabulary';

/** The four grades that count. */
type CountedGrade = 'outstanding' | 'good' | 'requires-improvement' | 'inadequate';

type RatingEra = 'earlier' | 'current';

/** Dates from this day on count SIF and ILACS grades only; earlier dates, the earlier frameworks'. */
export const CURRENT_FRAMEWORKS_FROM = '2014-01-01';

/** Frameworks whose overall grade is a council's current grade (SIF and ILACS). */
export const CURRENT_FRAMEWORKS: ReadonlySet<Framework> = new Set<Framework>([
  'sif',
  'sif-reinspection',
  'ilacs-standard',
  'ilacs-short',
]);

/** Earlier frameworks whose overall grade counts on dates before CURRENT_FRAMEWORKS_FROM. */
const EARLIER_FRAMEWORKS: ReadonlySet<Framework> = new Set<Framework>(['jar', 'cpi', 'cpri', 'tlac']);

function eraOn(date: string): RatingEra {
  return date < CURRENT_FRAMEWORKS_FROM ? 'earlier' : 'current';
}

/** The date that decides when an inspection counts: when it began, else when it was published. */
export function decidingDate(i: Inspection): string | null {
  return i.startDate ?? i.published ?? i.endDate;
}

function isCountedGrade(g: Inspection['overall']): g is CountedGrade {
  return g === 'outstanding' || g === 'good' || g === 'requires-improvement' || g === 'inadequate';
}

export interface RatingAt {
  /** The inspection that sets the council's standing on the date. */
  inspection: Inspection;
  /** The date that decided (see `decidingDate`). */
  date: string;
  era: RatingEra;
  /** Its overall grade, or null when the data holds none for it (never an older grade). */
  grade: CountedGrade | null;
  scale: GradeScale;
}

interface Index {
  /** Per council, the inspections that can set a grade, in deciding-date order. */
  counted: Map<string, { current: Inspection[]; earlier: Inspection[] }>;
  /** Per council, the deciding date of its first inspection or visit of any kind. */
  first: Map<string, string>;
}

const cache = new WeakMap<Dataset, Index>();

function index(data: Dataset): Index {
  const hit = cache.get(data);
  if (hit) return hit;
  const counted = new Map<string, { current: Inspection[]; earlier: Inspection[] }>();
  const first = new Map<string, string>();
  const order = (a: Inspection, b: Inspection) =>
    (decidingDate(a) ?? '').localeCompare(decidingDate(b) ?? '') ||
    (a.published ?? '').localeCompare(b.published ?? '') ||
    a.id.localeCompare(b.id);
  for (const i of [...data.inspections].sort(order)) {
    const d = decidingDate(i);
    if (d === null) continue;
    if (!first.has(i.authority)) first.set(i.authority, d);
    let c = counted.get(i.authority);
    if (!c) counted.set(i.authority, (c = { current: [], earlier: [] }));
    if (CURRENT_FRAMEWORKS.has(i.framework)) c.current.push(i);
    else if (EARLIER_FRAMEWORKS.has(i.framework) && isCountedGrade(i.overall)) c.earlier.push(i);
  }
  const ix = { counted, first };
  cache.set(data, ix);
  return ix;
}

/** A publication cut-off: count only reports published by `publishedBy`, and those in `alsoCounted`. */
interface Cutoff {
  publishedBy: string;
  alsoCounted: ReadonlySet<string>;
}

function withinCutoff(i: Inspection, cutoff: Cutoff | undefined): boolean {
  if (!cutoff || cutoff.alsoCounted.has(i.id)) return true;
  return i.published !== null && i.published <= cutoff.publishedBy;
}

/**
 * A council's standing on `date` (ISO): the counted inspection in force, or null if none yet.
 * With a cut-off, only inspections whose reports were published by then count.
 */
export function ratingAt(data: Dataset, slug: string, date: string, cutoff?: Cutoff): RatingAt | null {
  const era = eraOn(date);
  const list = index(data).counted.get(slug)?.[era] ?? [];
  let found: Inspection | undefined;
  for (const i of list) {
    if ((decidingDate(i) ?? '') > date) break;
    if (withinCutoff(i, cutoff)) found = i;
  }
  if (!found) return null;
  return {
    inspection: found,
    date: decidingDate(found) ?? date,
    era,
    grade: isCountedGrade(found.overall) ? found.overall : null,
    scale: found.scale,
  };
}

/** A council's latest SIF or ILACS inspection, whether or not the data holds its grade. */
export function latestRating(data: Dataset, slug: string): RatingAt | null {
  return ratingAt(data, slug, '9999-12-31');
}

/** The graded SIF or ILACS inspection before `rating`, for the direction of travel. */
export function previousGradedRating(data: Dataset, slug: string, rating: RatingAt): RatingAt | null {
  const list = index(data).counted.get(slug)?.current ?? [];
  const at = list.indexOf(rating.inspection);
  for (let k = at - 1; k >= 0; k--) {
    const i = list[k] as Inspection;
    if (isCountedGrade(i.overall))
      return { inspection: i, date: decidingDate(i) ?? '', era: 'current', grade: i.overall, scale: i.scale };
  }
  return null;
}

/** When a council counts as existing: [from, to) as ISO dates, null for open ends. */
function existence(data: Dataset, a: Authority): { from: string | null; to: string | null } {
  const { first } = index(data);
  const from = a.predecessors.length ? (first.get(a.slug) ?? null) : null;
  let to: string | null = null;
  if (!a.current) {
    const starts = a.successors.map((s) => first.get(s)).filter((d): d is string => d !== undefined);
    to = starts.length ? (starts.sort()[0] ?? null) : null;
  }
  return { from, to };
}

export function existsOn(data: Dataset, a: Authority, date: string): boolean {
  const { from, to } = existence(data, a);
  return (from === null || from <= date) && (to === null || date < to);
}

export interface GradeCounts {
  date: string;
  era: RatingEra;
  /** Councils at each grade; on the earlier scale "requires-improvement" holds "adequate". */
  counts: Record<CountedGrade, number>;
  /** Councils with no counted grade on the date (not yet inspected under the era's frameworks). */
  noGrade: number;
  /** Councils counted (every council that existed on the date). */
  total: number;
  /** The inspections counted, for their sources. */
  ratings: RatingAt[];
}

/** How many councils held each grade on `date` (with a publication cut-off, if given). */
function gradeCountsOn(data: Dataset, date: string, cutoff?: Cutoff): GradeCounts {
  const counts: Record<CountedGrade, number> = {
    outstanding: 0,
    good: 0,
    'requires-improvement': 0,
    inadequate: 0,
  };
  let noGrade = 0;
  let total = 0;
  const ratings: RatingAt[] = [];
  for (const a of data.authorities.values()) {
    if (!existsOn(data, a, date)) continue;
    total++;
    const r = ratingAt(data, a.slug, date, cutoff);
    if (r?.grade) {
      counts[r.grade]++;
      ratings.push(r);
    } else noGrade++;
  }
  return { date, era: eraOn(date), counts, noGrade, total, ratings };
}

/** Every 31 March from the first year with an inspection in the data to the latest one. */
function thirtyFirstMarches(data: Dataset): string[] {
  let min: string | null = null;
  let max: string | null = null;
  for (const i of data.inspections) {
    const d = decidingDate(i);
    // A date outside DATE_YEARS (which the loader refuses) never stretches the years counted.
    if (d === null || yearProblem(d) !== null) continue;
    if (min === null || d < min) min = d;
    const p = i.published !== null && yearProblem(i.published) === null ? i.published : d;
    if (max === null || p > max) max = p;
  }
  if (min === null || max === null) return [];
  const out: string[] = [];
  for (let y = Number(min.slice(0, 4)) + (min.slice(5) > '03-31' ? 1 : 0); `${y}-03-31` <= max; y++)
    out.push(`${y}-03-31`);
  return out;
}

/**
 * The 31 Marches the national counts are made on: from the first under the current frameworks.
 * Before 2014 no framework gave every council an overall grade (the safeguarding and looked after
 * children inspections gave two judgements; the child protection and looked after children
 * inspections judged one service each, for some councils), so earlier years hold no national
 * picture: the grade charts, the year grid, the map and `:stat` counts all start here.
 */
export function nationalCountDates(data: Dataset): string[] {
  return thirtyFirstMarches(data).filter((d) => d >= CURRENT_FRAMEWORKS_FROM);
}

/**
 * How many councils had an overall grade from an earlier framework on the last 31 March before
 * the current frameworks, of how many: the reason the national counts start in 2014, in numbers.
 */
export function earlierFrameworksCoverage(
  data: Dataset,
): { date: string; graded: number; total: number } | null {
  const date = thirtyFirstMarches(data)
    .filter((d) => d < CURRENT_FRAMEWORKS_FROM)
    .at(-1);
  if (!date) return null;
  const c = gradeCountsOn(data, date);
  return { date, graded: c.total - c.noGrade, total: c.total };
}

/** Ofsted's official count as at `date`, where the data holds that release. */
function officialCountOn(data: Dataset, date: string): OfficialCount | undefined {
  return data.officialCounts.find((o) => o.asAt === date);
}

/**
 * The publication cut-off for the count as at `date` (a 31 March): the official release's own,
 * else the latest release's deadline moved to that year (e.g. 30 June). None without releases.
 */
function cutoffFor(data: Dataset, date: string): Cutoff | undefined {
  const own = officialCountOn(data, date);
  if (own) return { publishedBy: own.publishedBy, alsoCounted: new Set(own.alsoCounted) };
  const latest = data.officialCounts.at(-1);
  if (!latest) return undefined;
  const years = Number(latest.publishedBy.slice(0, 4)) - Number(latest.asAt.slice(0, 4));
  const year = Number(date.slice(0, 4)) + years;
  return { publishedBy: `${year}${latest.publishedBy.slice(4)}`, alsoCounted: new Set() };
}

/** The counts on 31 March of a year, cut as Ofsted cuts its official lists. */
export function countsAt31March(data: Dataset, date: string): GradeCounts {
  return gradeCountsOn(data, date, cutoffFor(data, date));
}

/** A council's standing on 31 March of a year, cut as Ofsted cuts its official lists. */
export function ratingAt31March(data: Dataset, slug: string, date: string): RatingAt | null {
  return ratingAt(data, slug, date, cutoffFor(data, date));
}
