/**
 * A council beside its ten statistical neighbours (the DfE's 2025 model): each one's latest grade
 * and inspection, and its figure on every measure the site ranks (src/data/ranks.ts), with the
 * neighbours' average and England's figure. Also every current council's row, for comparing any
 * two councils in one table without a script. Pure: computed from the Dataset.
 */
import type { Authority, Dataset } from './types';
import { allRanks, type MeasureRanks } from './ranks';
import { latestRating } from './ratings-at';
import type { OverallGrade } from './vocabulary';

export interface CompareRow {
  authority: Authority;
  /** The latest SIF or ILACS overall grade (null where the data holds none). */
  grade: OverallGrade | null;
  /** Its report's publication date (else the inspection's start). */
  inspected: string | null;
  /** The council's figure on each measure, in `measures` order; null where it has none. */
  values: (number | null)[];
  /** Its rank on each measure, null where not ranked. */
  ranks: (number | null)[];
}

export interface Comparison {
  measures: MeasureRanks[];
  council: CompareRow;
  /** The neighbours, closest first. */
  neighbours: (CompareRow & { closeness: string })[];
  /** The neighbours' mean figure on each measure (of those with one), and how many had one. */
  average: { value: number | null; count: number }[];
  england: (number | null)[];
}

export function compareRow(data: Dataset, a: Authority): CompareRow {
  const measures = allRanks(data);
  const r = latestRating(data, a.slug);
  const entries = measures.map((m) => m.ranked.find((e) => e.slug === a.slug) ?? null);
  return {
    authority: a,
    grade: r?.grade ?? null,
    inspected: r ? (r.inspection.published ?? r.inspection.startDate) : null,
    values: entries.map((e) => e?.value ?? null),
    ranks: entries.map((e) => e?.rank ?? null),
  };
}

/** The comparison for a current council, or null when the 2025 model gives it no neighbours. */
export function comparison(data: Dataset, slug: string): Comparison | null {
  const a = data.authorities.get(slug);
  if (!a) throw new Error(`unknown council "${slug}"`);
  const rows = data.neighbours2025.filter((n) => n.authority === slug).sort((x, y) => x.rank - y.rank);
  if (!rows.length) return null;
  const measures = allRanks(data);
  const neighbours = rows.flatMap((n) => {
    const b = data.authorities.get(n.neighbour);
    return b ? [{ ...compareRow(data, b), closeness: n.closeness }] : [];
  });
  const average = measures.map((_, i) => {
    const vs = neighbours.map((n) => n.values[i]).filter((v): v is number => v !== null && v !== undefined);
    return { value: vs.length ? vs.reduce((s, v) => s + v, 0) / vs.length : null, count: vs.length };
  });
  return { measures, council: compareRow(data, a), neighbours, average, england: measures.map((m) => m.england) };
}

/** The current councils that have a comparison page, by slug. */
export function comparedCouncils(data: Dataset): string[] {
  const withNeighbours = new Set(data.neighbours2025.map((n) => n.authority));
  return [...data.authorities.values()]
    .filter((a) => a.current && withNeighbours.has(a.slug))
    .map((a) => a.slug)
    .sort();
}
