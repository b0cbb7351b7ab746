/**
 * The "latest comparable period" rule, in one place: the DfE publishes some councils' figures
 * later than the rest (late returns), so a new release may cover England, a region and a handful
 * of councils only. Then:
 *
 * - national comparisons (ranks, compare tables and /compare/councils.json, England's and the
 *   regions' figures beside them) use the latest period that covers at least 90% of current
 *   councils (`COMPARABLE_SHARE`), and say which period;
 * - a council's own figures and charts use the council's own latest period, and a chart shows a
 *   newer period only where that council has it, naming in words the areas that lack it;
 * - the refresh summary and data/CHANGES.md name the areas that have a newer period and count the
 *   current councils that do not yet.
 *
 * Pure: computed from the Dataset (memoised per Dataset and file); nothing reads files.
 */
import { areaNotYetWords, notYetWords } from './reader-words';
import type { Dataset } from './types';

/** The share of current councils a period must cover to be compared nationally. */
const COMPARABLE_SHARE = 0.9;

/** The files of figures by council, region and England, and a period of each. */
export type PeriodFile = 'workforce' | 'careLeavers' | 'adoptionAsglb' | 'adoptionCounts';

/** A period newer than the comparable one: who has it so far. */
export interface NewerPeriod {
  period: string;
  /** England's figures are in it. */
  england: boolean;
  /** Regions with figures in it, in name order. */
  regions: string[];
  /** Current councils with figures in it, by name (slugs). */
  councils: string[];
  /** Current councils without figures in it. */
  lacking: number;
}

export interface PeriodReach {
  /** Periods of the file, oldest first (as text: "2025", "2022-23"). */
  periods: string[];
  /** The latest period with figures for at least COMPARABLE_SHARE of current councils. */
  comparable: string | null;
  /** The periods after `comparable`, each with who has it so far (empty when none). */
  newer: NewerPeriod[];
}

/** A row as the rule sees it: its level, the council(s) or region it is for, and its period. */
interface ReachRow {
  level: 'national' | 'regional' | 'authority';
  councils: readonly string[];
  region: string | null;
  period: string;
}

/** The rows of a file as the rule sees them. */
function reachRows(data: Dataset, file: PeriodFile): ReachRow[] {
  switch (file) {
    case 'careLeavers':
      return data.careLeavers.map((r) => ({
        level: r.level,
        councils: r.authority ? [r.authority] : [],
        region: r.level === 'regional' ? r.areaName : null,
        period: String(r.year),
      }));
    case 'workforce':
    case 'adoptionCounts':
      return data[file].map((r) => ({
        level: r.level,
        councils: r.authorities,
        region: r.region,
        period: String(r.year),
      }));
    case 'adoptionAsglb':
      return data.adoptionAsglb.map((r) => ({
        level: r.level,
        councils: r.authorities,
        region: r.region,
        period: r.period,
      }));
  }
}

/**
 * The reach of each period (pure): the latest period covering at least `share` of `current`
 * councils, and who has each later period.
 */
function periodReachOf(
  rows: readonly ReachRow[],
  current: ReadonlyMap<string, string>,
  share = COMPARABLE_SHARE,
): PeriodReach {
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const councilsIn = new Map<string, Set<string>>();
  for (const r of rows)
    if (r.level === 'authority')
      for (const c of r.councils) {
        if (!current.has(c)) continue;
        const set = councilsIn.get(r.period) ?? new Set<string>();
        set.add(c);
        councilsIn.set(r.period, set);
      }
  const needed = Math.ceil(share * current.size);
  const comparable =
    periods.filter((p) => current.size > 0 && (councilsIn.get(p)?.size ?? 0) >= needed).at(-1) ?? null;
  const after =
    comparable === null ? periods.filter((p) => councilsIn.has(p)) : periods.filter((p) => p > comparable);
  const byName = (a: string, b: string) => (current.get(a) ?? a).localeCompare(current.get(b) ?? b);
  const newer = after.map((period) => {
    const inPeriod = rows.filter((r) => r.period === period);
    const councils = [...(councilsIn.get(period) ?? [])].sort(byName);
    return {
      period,
      england: inPeriod.some((r) => r.level === 'national'),
      regions: [
        ...new Set(inPeriod.flatMap((r) => (r.level === 'regional' && r.region ? [r.region] : []))),
      ].sort(),
      councils,
      lacking: current.size - councils.length,
    };
  });
  return { periods, comparable, newer };
}

const memo = new WeakMap<Dataset, Map<PeriodFile, PeriodReach>>();

/** The reach of each period of `file` in the data (memoised). */
export function periodReach(data: Dataset, file: PeriodFile): PeriodReach {
  let byFile = memo.get(data);
  if (!byFile) memo.set(data, (byFile = new Map<PeriodFile, PeriodReach>()));
  const hit = byFile.get(file);
  if (hit) return hit;
  const current = new Map(
    [...data.authorities.values()].filter((a) => a.current).map((a) => [a.slug, a.name]),
  );
  const reach = periodReachOf(reachRows(data, file), current);
  byFile.set(file, reach);
  return reach;
}

/** The period national comparisons of `file` use, or null when no period covers enough councils. */
export function comparablePeriod(data: Dataset, file: PeriodFile): string | null {
  return periodReach(data, file).comparable;
}

/**
 * The periods of `file` after the council's own latest one that other areas already have, for a
 * council's chart to name ("2026: published so far for England, the North West and 5 councils").
 */
function newerThanCouncil(data: Dataset, file: PeriodFile, slug: string): NewerPeriod[] {
  const reach = periodReach(data, file);
  const own = reachRows(data, file)
    .filter((r) => r.level === 'authority' && r.councils.includes(slug))
    .map((r) => r.period)
    .sort()
    .at(-1);
  if (own === undefined) return [];
  return reach.newer.filter((n) => n.period > own);
}

/**
 * What a council's chart of `file` says about partial releases, in words: each newer period than
 * the council's own latest that other areas have so far (the chart does not show it), and each
 * area of the chart (its region, England) without figures in a newer period the council has.
 * `areas` are the chart's other areas, each with the periods it has.
 */
export function councilPeriodNotes(
  data: Dataset,
  file: PeriodFile,
  slug: string,
  areas: readonly { name: string; periods: readonly string[] }[],
): string[] {
  const nameOf = (s: string) => data.authorities.get(s)?.name ?? s;
  const council = nameOf(slug);
  const notes = newerThanCouncil(data, file, slug).map((n) => notYetWords(n, nameOf, council));
  for (const n of periodReach(data, file).newer)
    if (n.councils.includes(slug))
      for (const area of areas)
        if (!area.periods.includes(n.period)) notes.push(areaNotYetWords(area.name, n.period));
  return notes;
}
