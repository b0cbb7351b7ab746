/**
 * Questions pages ask of the dataset, answered once per build (memoised per Dataset object).
 */
import type { Authority, CareLeaverRow, Dataset, Inspection } from './types';
import { eventDate, gradeRank, isOverallGrade } from './vocabulary';

export type Direction = 'improved' | 'declined' | 'same' | 'first' | 'none';

export interface AuthoritySummary {
  authority: Authority;
  inspections: Inspection[];
  /** Latest inspection with an overall grade on the current (SIF/ILACS) scale. */
  latest: Inspection | null;
  /** The graded inspection before `latest` on the same scale. */
  previous: Inspection | null;
  direction: Direction;
}

const memo = new WeakMap<Dataset, Map<string, AuthoritySummary>>();

function isCurrentScaleGrade(i: Inspection): boolean {
  return i.scale === 'ri-scale' && isOverallGrade(i.overall);
}

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
    const graded = list.filter(isCurrentScaleGrade);
    const latest = graded.at(-1) ?? null;
    const previous = graded.at(-2) ?? null;
    let direction: Direction = 'none';
    if (latest && !previous) direction = 'first';
    if (isOverallGrade(latest?.overall) && isOverallGrade(previous?.overall)) {
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
  return region.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
