/**
 * Ranks: where each current council stands among all councils, and within its region, on each
 * measure the site shows, in the latest period that covers at least 90% of current councils (the
 * rule of src/data/comparable-period.ts: a release that covers a handful of councils so far does
 * not take over; it is named in `newer`).
 *
 * - Measures: care leavers in education, employment or training (per cent, ages 19-21 and 17-18;
 *   higher is better); social work workforce (caseload, agency rate, turnover rate, vacancy rate;
 *   lower is better), where the data holds it; adoption A10 and A2 from the ASGLB (average days;
 *   fewer is better).
 * - Ties share a rank, and the next rank skips (1, 2, 2, 4): a council's rank is one more than the
 *   number of councils with a better figure.
 * - Left out, and said so: councils whose figure is suppressed or withheld (a symbol; for adoption
 *   `too-few`, fewer than eleven children adopted), councils with no row, councils whose figure is
 *   a joint return with another council (one figure for two councils), and former councils (their
 *   rows are not counted at all).
 *
 * Everything is computed from the Dataset (memoised per Dataset object); nothing reads files.
 */
import { comparablePeriod, periodReach, type NewerPeriod, type PeriodFile } from './comparable-period';
import type { Authority, Dataset, Measured } from './types';
import { COMPARABLE_PERIOD_WORDS, newerPeriodWords } from './reader-words';
import { missingWording, type Region } from './vocabulary';

type Better = 'higher' | 'lower';

export interface MeasureSpec {
  /** Stable id, used in page addresses: `care-leavers-19-21`. */
  id: string;
  /** What is measured, in plain English, for headings: "Care leavers aged 19 to 21 in education, employment or training". */
  label: string;
  /** Shorter, in sentences: "care leavers aged 19 to 21 in education, employment or training". */
  short: string;
  /** A table column's heading, with its unit: "Agency social workers (%)". */
  heading: string;
  unit: 'per cent' | 'days' | 'cases';
  better: Better;
  /** Why that direction counts as better, in plain English. */
  betterWords: string;
  /** The period ranked, as readers read it: "2025", "April 2022 to March 2023". */
  period: string;
  /** Source ids of the rows ranked. */
  sources: string[];
  /**
   * Newer periods than the one ranked, published so far for too few councils to rank
   * (src/data/comparable-period.ts), with who has them.
   */
  newer: NewerPeriod[];
}

/** One council's standing on a measure. */
export interface RankEntry {
  slug: string;
  name: string;
  region: Region;
  value: number;
  /** 1 is best; ties share a rank. */
  rank: number;
  /** Councils ranked. */
  of: number;
  /** True when another council has the same rank. */
  tied: boolean;
  regionRank: number;
  regionOf: number;
  regionTied: boolean;
}

/** A current council left out of a measure's ranks, and why (plain English). */
interface NotRanked {
  slug: string;
  name: string;
  reason: string;
}

export interface MeasureRanks {
  measure: MeasureSpec;
  /** By rank, then name. */
  ranked: RankEntry[];
  /** Current councils without a rank, by name. */
  notRanked: NotRanked[];
  /** Rows of former councils in the period, left out. */
  former: number;
  /** England's figure for the same period, where published. */
  england: number | null;
}

/** A council's figure for ranking, or why it has none. */
export type Candidate = { authority: Authority; value: number } | { authority: Authority; reason: string };

/**
 * Rank candidates (pure): competition ranking over all of them and within each region, `better`
 * deciding the direction. Candidates with a reason are listed as not ranked; former councils are
 * left out and counted.
 */
export function rankCandidates(
  measure: MeasureSpec,
  candidates: readonly Candidate[],
  england: number | null = null,
): MeasureRanks {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const current = candidates.filter((c) => c.authority.current);
  const former = candidates.length - current.length;
  const valued = current.flatMap((c) => ('value' in c ? [{ a: c.authority, value: c.value }] : []));
  const notRanked = current
    .flatMap((c) =>
      'reason' in c ? [{ slug: c.authority.slug, name: c.authority.name, reason: c.reason }] : [],
    )
    .sort(byName);
  const sign = measure.better === 'higher' ? -1 : 1;
  const rankIn = (list: readonly { value: number }[], v: number) => ({
    rank: 1 + list.filter((x) => sign * (x.value - v) < 0).length,
    tied: list.filter((x) => x.value === v).length > 1,
  });
  const ranked = valued
    .map(({ a, value }) => {
      const all = rankIn(valued, value);
      const inRegion = valued.filter((x) => x.a.region === a.region);
      const region = rankIn(inRegion, value);
      return {
        slug: a.slug,
        name: a.name,
        region: a.region,
        value,
        rank: all.rank,
        of: valued.length,
        tied: all.tied,
        regionRank: region.rank,
        regionOf: inRegion.length,
        regionTied: region.tied,
      };
    })
    .sort((x, y) => x.rank - y.rank || byName(x, y));
  return { measure, ranked, notRanked, former, england };
}

// ---- Reading the measures from the data -----------------------------------------------------------

const isValue = (m: Measured): m is { value: number } => 'value' in m;
const valueOf = (m: Measured | undefined): number | null => (m && isValue(m) ? m.value : null);

/**
 * Candidates from area rows (adoption, workforce): each current council's own row in the period,
 * or why it has none. `rows` are the period's council rows.
 */
function fromAreaRows(
  data: Dataset,
  rows: readonly { authorities: string[]; areaName: string }[],
  value: (row: number) => Measured,
): Candidate[] {
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => {
    for (const s of r.authorities) rowOf.set(s, i);
  });
  const out: Candidate[] = [];
  for (const a of data.authorities.values()) {
    const i = rowOf.get(a.slug);
    if (i === undefined) {
      if (a.current) out.push({ authority: a, reason: 'no figure in the data' });
      continue;
    }
    const row = rows[i];
    if (!row) continue;
    if (row.authorities.length > 1) {
      const others = row.authorities
        .filter((s) => s !== a.slug)
        .map((s) => data.authorities.get(s)?.name ?? s);
      out.push({ authority: a, reason: `one joint figure with ${others.join(' and ')}, not its own` });
      continue;
    }
    const m = value(i);
    out.push(
      isValue(m) ? { authority: a, value: m.value } : { authority: a, reason: missingWording(m.symbol) },
    );
  }
  return out;
}

function careLeaverRanks(data: Dataset, age: '19-21' | '17-18'): MeasureRanks | null {
  const rows = data.careLeavers.filter((r) => r.level === 'authority' && r.age === age);
  const comparable = comparablePeriod(data, 'careLeavers');
  if (comparable === null) return null;
  const year = Number(comparable);
  const inYear = rows.filter((r) => r.year === year);
  const bySlug = new Map(inYear.flatMap((r) => (r.authority ? [[r.authority, r]] : [])));
  const candidates: Candidate[] = [];
  for (const a of data.authorities.values()) {
    const r = bySlug.get(a.slug);
    if (!r) {
      if (a.current) candidates.push({ authority: a, reason: 'no figure in the data' });
      continue;
    }
    candidates.push(
      isValue(r.eetPercent)
        ? { authority: a, value: r.eetPercent.value }
        : { authority: a, reason: missingWording(r.eetPercent.symbol) },
    );
  }
  const band = age === '19-21' ? '19 to 21' : '17 and 18';
  const national = data.careLeavers.find((r) => r.level === 'national' && r.age === age && r.year === year);
  return rankCandidates(
    {
      id: `care-leavers-${age}`,
      label: `Care leavers aged ${band} in education, employment or training`,
      short: `care leavers aged ${band} in education, employment or training`,
      heading: `Care leavers aged ${age} in education, work or training (%)`,
      unit: 'per cent',
      better: 'higher',
      betterWords: 'a higher percentage ranks higher',
      period: `year to 31 March ${year}`,
      sources: [...new Set(inYear.map((r) => r.source))],
      newer: periodReach(data, 'careLeavers').newer,
    },
    candidates,
    national && isValue(national.eetPercent) ? national.eetPercent.value : null,
  );
}

const WORKFORCE = [
  {
    id: 'workforce-caseload',
    heading: 'Cases per social worker',
    key: 'caseloadFte',
    label: 'Average caseload of children’s social workers',
    short: 'average caseload per social worker',
    unit: 'cases',
    betterWords: 'fewer cases per social worker ranks higher',
  },
  {
    id: 'workforce-agency',
    heading: 'Agency social workers (%)',
    key: 'agencyRateFte',
    label: 'Agency social workers, as a percentage of all social workers',
    short: 'agency social workers',
    unit: 'per cent',
    betterWords: 'a lower percentage ranks higher: fewer temporary staff',
  },
  {
    id: 'workforce-turnover',
    heading: 'Social workers leaving in the year (%)',
    key: 'turnoverRateFte',
    label: 'Social workers who left in the year, as a percentage of those in post',
    short: 'social worker turnover',
    unit: 'per cent',
    betterWords: 'a lower percentage ranks higher: fewer leavers',
  },
  {
    id: 'workforce-vacancy',
    heading: 'Vacant social worker posts (%)',
    key: 'vacancyRateFte',
    label: 'Vacant social worker posts, as a percentage of all posts',
    short: 'social worker vacancies',
    unit: 'per cent',
    betterWords: 'a lower percentage ranks higher: fewer empty posts',
  },
] as const;

const ADOPTION = [
  {
    id: 'adoption-a10',
    heading: 'Days from care to adoptive family (A10)',
    key: 'a10Days',
    label: 'Average days from a child entering care to moving in with its adoptive family (A10)',
    short: 'days from entering care to moving in with an adoptive family (A10)',
  },
  {
    id: 'adoption-a2',
    heading: 'Days from court authority to match (A2)',
    key: 'a2Days',
    label: 'Average days from court authority to place a child to the match with adopters (A2)',
    short: 'days from court authority to a match with adopters (A2)',
  },
] as const;

/** "2022-23" -> "April 2022 to March 2023". */
function financialYearWords(p: string): string {
  const start = Number(p.slice(0, 4));
  return `April ${start} to March ${start + 1}`;
}

/** A measure of an area file (workforce, adoption), as its table names it; lower ranks higher. */
interface AreaMeasureSpec<K> extends Pick<
  MeasureSpec,
  'id' | 'label' | 'short' | 'heading' | 'unit' | 'betterWords'
> {
  key: K;
}

interface AreaFileRow {
  level: string;
  authorities: string[];
  areaName: string;
  source: string;
}

/**
 * Ranks on each of `measures`, read from an area file's rows (`all`: councils, regions and
 * England): its latest period's council rows, and England's figure for the same period.
 */
function areaFileRanks<K extends string, R extends AreaFileRow & Record<K, Measured>>(
  data: Dataset,
  file: PeriodFile & ('workforce' | 'adoptionAsglb'),
  all: readonly R[],
  periodOf: (r: R) => string | number,
  periodWords: (p: string | number) => string,
  measures: readonly AreaMeasureSpec<K>[],
): MeasureRanks[] {
  const rows = all.filter((r) => r.level === 'authority');
  const reach = periodReach(data, file);
  const period = rows.map(periodOf).find((p) => String(p) === reach.comparable);
  if (period === undefined) return [];
  const inPeriod = rows.filter((r) => periodOf(r) === period);
  const national = all.find((r) => r.level === 'national' && periodOf(r) === period);
  return measures.map((m) =>
    rankCandidates(
      {
        id: m.id,
        label: m.label,
        short: m.short,
        heading: m.heading,
        unit: m.unit,
        better: 'lower',
        betterWords: m.betterWords,
        period: periodWords(period),
        sources: [...new Set(inPeriod.map((r) => r.source))],
        newer: reach.newer,
      },
      fromAreaRows(data, inPeriod, (i) => (inPeriod[i] as R)[m.key]),
      valueOf(national?.[m.key]),
    ),
  );
}

const memo = new WeakMap<Dataset, MeasureRanks[]>();

/** Every measure's ranks, in the order the site shows the measures. */
export function allRanks(data: Dataset): MeasureRanks[] {
  let out = memo.get(data);
  if (!out) {
    out = [
      careLeaverRanks(data, '19-21'),
      careLeaverRanks(data, '17-18'),
      ...areaFileRanks(
        data,
        'workforce',
        data.workforce,
        (r) => r.year,
        (year) => `year to 30 September ${year}`,
        WORKFORCE,
      ),
      ...areaFileRanks(
        data,
        'adoptionAsglb',
        data.adoptionAsglb,
        (r) => r.period,
        (period) => financialYearWords(String(period)),
        ADOPTION.map((m) => ({
          ...m,
          unit: 'days',
          betterWords: 'fewer days ranks higher: children wait less',
        })),
      ),
    ].filter((m): m is MeasureRanks => m !== null && m.ranked.length > 0);
    memo.set(data, out);
  }
  return out;
}

/** One council's standing on each measure: its entry, or why it is not ranked. */
export function ranksOf(
  data: Dataset,
  slug: string,
): { measure: MeasureSpec; entry: RankEntry | null; reason: string | null }[] {
  return allRanks(data).map((m) => ({
    measure: m.measure,
    entry: m.ranked.find((e) => e.slug === slug) ?? null,
    reason: m.notRanked.find((n) => n.slug === slug)?.reason ?? null,
  }));
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "12th of 150 councils; 3rd of 12 in London" ("joint 12th" where shared). */
export function rankWords(e: RankEntry): string {
  const joint = (tied: boolean) => (tied ? 'joint ' : '');
  return `${joint(e.tied)}${ordinal(e.rank)} of ${e.of} councils; ${joint(e.regionTied)}${ordinal(e.regionRank)} of ${e.regionOf} in ${e.region}`;
}

/** A figure in a table whose heading gives the unit: days whole, others to one decimal place. */
export function figureCell(v: number | null, unit: MeasureSpec['unit']): string {
  if (v === null) return '–';
  return unit === 'days' ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
}

/** A figure as written beside its rank: "63%", "15.2 cases", "480 days". */
export function valueWords(v: number, unit: MeasureSpec['unit']): string {
  if (unit === 'per cent') return `${v}%`;
  if (unit === 'days') return `${Math.round(v)} days`;
  return `${v} cases`;
}

/**
 * Why a measure ranks an older period than the newest the data holds, or '' when it ranks the
 * newest: the 90% rule and who has each newer period so far (src/data/comparable-period.ts).
 */
export function newerNote(data: Dataset, m: MeasureSpec): string {
  if (!m.newer.length) return '';
  const nameOf = (slug: string) => data.authorities.get(slug)?.name ?? slug;
  return [COMPARABLE_PERIOD_WORDS, ...m.newer.map((n) => newerPeriodWords(n, nameOf))].join(' ');
}
