/**
 * Questions pages ask of the dataset, answered once per build (memoised per Dataset object).
 */
import type { Authority, CareLeaverRow, Dataset, Inspection } from './types';
import type { Framework } from './vocabulary';
import { latestRating, previousGradedRating } from './ratings-at';
import { eventDate, gradeRank, isOverallGrade } from './vocabulary';
import { GRADE_NOT_IN_DATA } from './reader-words';

export type Direction = 'improved' | 'declined' | 'same' | 'first' | 'none' | 'unknown';

export interface AuthoritySummary {
  authority: Authority;
  inspections: Inspection[];
  /**
   * Latest SIF or ILACS inspection (src/data/ratings-at.ts). Its `overall` is null when the data
   * holds no overall grade for it: pages then say so, and never fall back to an older grade.
   */
  latest: Inspection | null;
  /** The graded SIF or ILACS inspection before `latest`. */
  previous: Inspection | null;
  direction: Direction;
}

const memo = new WeakMap<Dataset, Map<string, AuthoritySummary>>();

export function summaries(data: Dataset): Map<string, AuthoritySummary> {
  const hit = memo.get(data);
  if (hit) return hit;
  const by = new Map<string, Inspection[]>();
  for (const i of data.inspections) by.set(i.authority, [...(by.get(i.authority) ?? []), i]);
  const out = new Map<string, AuthoritySummary>();
  for (const a of [...data.authorities.values()].sort((x, y) => x.name.localeCompare(y.name))) {
    const list = (by.get(a.slug) ?? []).sort(
      (x, y) => (eventDate(x) ?? '').localeCompare(eventDate(y) ?? '') || x.id.localeCompare(y.id),
    );
    const rating = latestRating(data, a.slug);
    const latest = rating?.inspection ?? null;
    const previous = rating ? (previousGradedRating(data, a.slug, rating)?.inspection ?? null) : null;
    let direction: Direction = 'none';
    if (rating && rating.grade === null) direction = 'unknown';
    else if (latest && !previous) direction = 'first';
    else if (isOverallGrade(latest?.overall) && isOverallGrade(previous?.overall)) {
      const d = gradeRank(latest.overall) - gradeRank(previous.overall);
      direction = d > 0 ? 'improved' : d < 0 ? 'declined' : 'same';
    }
    out.set(a.slug, { authority: a, inspections: list, latest, previous, direction });
  }
  memo.set(data, out);
  return out;
}

export function summaryOf(data: Dataset, slug: string): AuthoritySummary {
  const s = summaries(data).get(slug);
  if (!s) throw new Error(`unknown council "${slug}"`);
  return s;
}

export const DIRECTION_LABEL: Record<Direction, string> = {
  improved: 'Improved',
  declined: 'Declined',
  same: 'No change',
  first: 'First graded inspection',
  none: 'No graded inspection',
  unknown: `Not known: latest ${GRADE_NOT_IN_DATA}`,
};

export function neighboursOf(data: Dataset, slug: string): Authority[] {
  return data.neighbours
    .filter((n) => n.authority === slug)
    .sort((a, b) => a.rank - b.rank)
    .map((n) => data.authorities.get(n.neighbour))
    .filter((a): a is Authority => a !== undefined);
}

export function careLeaversOf(data: Dataset, slug: string): CareLeaverRow[] {
  return data.careLeavers.filter((r) => r.authority === slug);
}

export function regionSlug(region: string): string {
  return region
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Frameworks that are visits, not inspections. */
export const VISIT_FRAMEWORKS: ReadonlySet<Framework> = new Set<Framework>([
  'focused-visit',
  'monitoring-visit',
]);

interface VisitCoverage {
  /** First and last day a visit in the data began (or, undated, was published). */
  from: string;
  to: string;
  /** Sources the visits come from. */
  sources: string[];
}

/**
 * The period the data holds focused and monitoring visits for (Ofsted lists them only in its
 * in-year sheets), computed from the data; null when it holds none.
 */
export function visitCoverage(data: Dataset): VisitCoverage | null {
  let from: string | null = null;
  let to: string | null = null;
  const sources = new Set<string>();
  for (const i of data.inspections) {
    if (!VISIT_FRAMEWORKS.has(i.framework)) continue;
    const d = i.startDate ?? i.published;
    if (d === null) continue;
    if (from === null || d < from) from = d;
    if (to === null || d > to) to = d;
    sources.add(i.source);
  }
  return from !== null && to !== null ? { from, to, sources: [...sources].sort() } : null;
}
