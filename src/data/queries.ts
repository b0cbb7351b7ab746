/**
 * Questions pages ask of the dataset, answered once per build (memoised per Dataset object).
 */
import type { Authority, CareLeaverRow, Dataset, Framework, Grade, Inspection } from './types';

export const FRAMEWORK_LABEL: Record<Framework, string> = {
  jar: 'Joint area review',
  'progress-report': 'Progress report',
  slac: 'Safeguarding and looked after children inspection (SLAC)',
  'slac-reinspection': 'SLAC re-inspection',
  cpi: 'Child protection inspection',
  cpri: 'Child protection re-inspection',
  tlac: 'Targeted looked after children inspection',
  sif: 'Single inspection (SIF)',
  'sif-reinspection': 'SIF re-inspection',
  'ilacs-standard': 'ILACS standard inspection',
  'ilacs-short': 'ILACS short inspection',
  'focused-visit': 'ILACS focused visit',
  'monitoring-visit': 'Monitoring visit',
};

export const FRAMEWORK_SHORT: Record<Framework, string> = {
  jar: 'JAR',
  'progress-report': 'Progress report',
  slac: 'SLAC',
  'slac-reinspection': 'SLAC re-inspection',
  cpi: 'CPI',
  cpri: 'CPRI',
  tlac: 'TLAC',
  sif: 'SIF',
  'sif-reinspection': 'SIF re-inspection',
  'ilacs-standard': 'ILACS standard',
  'ilacs-short': 'ILACS short',
  'focused-visit': 'Focused visit',
  'monitoring-visit': 'Monitoring visit',
};

/** Grade rank for comparisons: higher is better. */
export const GRADE_RANK: Record<Grade, number | null> = {
  outstanding: 4,
  good: 3,
  'requires-improvement': 2,
  inadequate: 1,
  'not-judged': null,
};

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

export function eventDate(i: Inspection): string {
  return i.published ?? i.endDate ?? i.startDate ?? '';
}

const memo = new WeakMap<Dataset, Map<string, AuthoritySummary>>();

function isCurrentScaleGrade(i: Inspection): boolean {
  return i.scale === 'ri-scale' && i.overall !== null && i.overall !== 'not-judged';
}

export function summaries(data: Dataset): Map<string, AuthoritySummary> {
  const hit = memo.get(data);
  if (hit) return hit;
  const by = new Map<string, Inspection[]>();
  for (const i of data.inspections) by.set(i.authority, [...(by.get(i.authority) ?? []), i]);
  const out = new Map<string, AuthoritySummary>();
  for (const a of [...data.authorities.values()].sort((x, y) => x.name.localeCompare(y.name))) {
    const list = (by.get(a.slug) ?? []).sort((x, y) => eventDate(x).localeCompare(eventDate(y)) || x.id.localeCompare(y.id));
    const graded = list.filter(isCurrentScaleGrade);
    const latest = graded.at(-1) ?? null;
    const previous = graded.at(-2) ?? null;
    let direction: Direction = 'none';
    if (latest && !previous) direction = 'first';
    if (latest?.overall && previous?.overall) {
      const d = (GRADE_RANK[latest.overall] ?? 0) - (GRADE_RANK[previous.overall] ?? 0);
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
