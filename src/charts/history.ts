/**
 * Inspection history helpers shared by the rating charts. Pure: every result is computed from
 * the Dataset (memoised per Dataset object).
 *
 * Rules, documented for readers in the charts' notes:
 * - An inspection's date is its publication date, else its end date, else its start date;
 *   undated rows are left out.
 * - Which grade a council held on a date, and which councils existed then, is decided in one
 *   place for the whole site: src/data/ratings-at.ts.
 */
import { yearProblem } from '../config/build-day';
import type { Authority, Dataset, Inspection } from '../data/types';
import { eventDate, isOverallGrade, type OverallGrade } from '../data/vocabulary';

export interface GradedEvent {
  inspection: Inspection;
  date: string;
  grade: OverallGrade;
}

interface Index {
  byAuthority: Map<string, Inspection[]>;
  graded: Map<string, GradedEvent[]>;
}

const cache = new WeakMap<Dataset, Index>();

function index(data: Dataset): Index {
  let ix = cache.get(data);
  if (ix) return ix;
  const byAuthority = new Map<string, Inspection[]>();
  for (const i of data.inspections) {
    if (eventDate(i) === null) continue;
    let list = byAuthority.get(i.authority);
    if (!list) byAuthority.set(i.authority, (list = []));
    list.push(i);
  }
  const graded = new Map<string, GradedEvent[]>();
  for (const [slug, list] of byAuthority) {
    list.sort((a, b) => (eventDate(a) ?? '').localeCompare(eventDate(b) ?? '') || a.id.localeCompare(b.id));
    const g: GradedEvent[] = [];
    for (const i of list) {
      if (isOverallGrade(i.overall)) g.push({ inspection: i, date: eventDate(i) ?? '', grade: i.overall });
    }
    graded.set(slug, g);
  }
  ix = { byAuthority, graded };
  cache.set(data, ix);
  return ix;
}

/** Every dated inspection and visit of a council, oldest first. */
export function inspectionsOf(data: Dataset, slug: string): Inspection[] {
  return index(data).byAuthority.get(slug) ?? [];
}

/** Every inspection with an overall grade, oldest first. */
export function gradedHistory(data: Dataset, slug: string): GradedEvent[] {
  return index(data).graded.get(slug) ?? [];
}

export function earliestEventDate(data: Dataset): string | null {
  let min: string | null = null;
  for (const i of data.inspections) {
    const d = eventDate(i);
    // A date outside DATE_YEARS (which the loader refuses) never stretches a chart's years.
    if (d !== null && yearProblem(d) === null && (min === null || d < min)) min = d;
  }
  return min;
}

function authorityName(data: Dataset, slug: string): string {
  return data.authorities.get(slug)?.name ?? slug;
}

/** "Haringey's", "St Helens'" */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** A council's name for a chart title: "(former council)" added for one that no longer exists. */
export function titleName(a: Authority): string {
  return a.current ? a.name : `${a.name} (former council)`;
}

/** "Former council, replaced by X and Y." note, when applicable. */
export function formerNote(data: Dataset, a: Authority): string | null {
  if (a.current) return null;
  const names = a.successors.map((s) => authorityName(data, s));
  return names.length
    ? `${a.name} no longer exists; it was replaced by ${listJoin(names)}.`
    : `${a.name} no longer exists.`;
}

export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
