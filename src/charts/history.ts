/**
 * Inspection history helpers shared by the rating charts. Pure: every result is computed from
 * the Dataset (memoised per Dataset object).
 *
 * Rules, documented for readers in the charts' notes:
 * - An inspection's date is its publication date, else its end date, else its start date;
 *   undated rows are left out.
 * - A council's grade in force on a date is the overall grade of its latest graded inspection
 *   published on or before that date. SLAC inspections have no overall grade (two headline
 *   judgements), so they never change the grade in force.
 * - Former councils count until the first inspection or visit of any of their successors; a
 *   council that replaced others counts from its own first inspection or visit.
 */
import type { Authority, Dataset, Inspection } from '../data/types';
import { isOverallGrade, type OverallGrade } from './grades';

export interface GradedEvent {
  inspection: Inspection;
  date: string;
  grade: OverallGrade;
}

export function eventDate(i: Inspection): string | null {
  return i.published ?? i.endDate ?? i.startDate;
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

/** The overall grade in force on `date` (ISO), if any. */
export function gradeInForce(data: Dataset, slug: string, date: string): GradedEvent | undefined {
  let found: GradedEvent | undefined;
  for (const e of gradedHistory(data, slug)) {
    if (e.date <= date) found = e;
    else break;
  }
  return found;
}

export function latestGraded(data: Dataset, slug: string): GradedEvent | undefined {
  const h = gradedHistory(data, slug);
  return h[h.length - 1];
}

function firstEvent(data: Dataset, slug: string): string | null {
  const list = inspectionsOf(data, slug);
  return list.length ? (eventDate(list[0] as Inspection) ?? null) : null;
}

/** When a council counts as existing: [from, to) as ISO dates, null for open ends. */
export function existence(data: Dataset, a: Authority): { from: string | null; to: string | null } {
  let from: string | null = null;
  if (a.predecessors.length) from = firstEvent(data, a.slug);
  let to: string | null = null;
  if (!a.current) {
    const starts = a.successors.map((s) => firstEvent(data, s)).filter((d): d is string => d !== null);
    to = starts.length ? (starts.sort()[0] ?? null) : null;
  }
  return { from, to };
}

export function existsOn(data: Dataset, a: Authority, date: string): boolean {
  const { from, to } = existence(data, a);
  return (from === null || from <= date) && (to === null || date < to);
}

/** The latest dated event in the data (ISO), or null. */
export function latestEventDate(data: Dataset): string | null {
  let max: string | null = null;
  for (const i of data.inspections) {
    const d = eventDate(i);
    if (d !== null && (max === null || d > max)) max = d;
  }
  return max;
}

export function earliestEventDate(data: Dataset): string | null {
  let min: string | null = null;
  for (const i of data.inspections) {
    const d = eventDate(i);
    if (d !== null && (min === null || d < min)) min = d;
  }
  return min;
}

export function authorityName(data: Dataset, slug: string): string {
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
