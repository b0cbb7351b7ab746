/**
 * A council beside its ten statistical neighbours (the DfE's 2025 model): each one's latest grade
 * and inspection, and its figure on every measure the site ranks (src/data/ranks.ts), with the
 * neighbours' average and England's figure. Also every current council's row, for comparing any
 * two councils in one table without a script, and the same cells as JSON for the compare form's
 * script (compareJson). Pure: computed from the Dataset.
 */
import type { Authority, Dataset } from './types';
import { allRanks, figureCell, newerNote, type MeasureRanks } from './ranks';
import { latestRating } from './ratings-at';
import { formatDate } from './format';
import { GRADE_ORDER, gradeBadge, type OverallGrade } from './vocabulary';
import { NOT_IN_DATA_BADGE } from './reader-words';

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
  return {
    measures,
    council: compareRow(data, a),
    neighbours,
    average,
    england: measures.map((m) => m.england),
  };
}

/** The current councils that have a comparison page, by slug. */
export function comparedCouncils(data: Dataset): string[] {
  const withNeighbours = new Set(data.neighbours2025.map((n) => n.authority));
  return [...data.authorities.values()]
    .filter((a) => a.current && withNeighbours.has(a.slug))
    .map((a) => a.slug)
    .sort();
}

/** The headings of the table's columns after the council's name, in order: the grade, the date, then one per measure. */
export function compareHeadings(measures: readonly MeasureRanks[]): string[] {
  return ['Latest grade', 'Report published', ...measures.map((m) => m.measure.heading)];
}

/**
 * Which period the table's figures are for, in words, and any newer period published so far for
 * too few councils to compare (src/data/comparable-period.ts).
 */
export function comparePeriodWords(data: Dataset, measures: readonly MeasureRanks[]): string {
  const periods = [...new Set(measures.map((m) => m.measure.period))].join('; ');
  const newer = [...new Set(measures.map((m) => newerNote(data, m.measure)).filter(Boolean))];
  return [`Figures are for the latest period compared across England: ${periods}.`, ...newer].join(' ');
}

/** The report date as the table shows it; a dash when there is none. */
export const inspectedCell = (r: CompareRow): string => (r.inspected ? formatDate(r.inspected) : '–');

/** A council's figures as the table shows them, in `measures` order. */
export const figureCells = (r: CompareRow, measures: readonly MeasureRanks[]): string[] =>
  measures.map((m, i) => figureCell(r.values[i] ?? null, m.measure.unit));

/**
 * What the table of every council sorts each column by (public/sort-table.js reads them from the
 * cells' data-sort attributes): the council's name, the grade's place from outstanding (1) to
 * inadequate (4), the report date (yyyy-mm-dd), then each figure. An empty string where there is
 * none: such a council sorts last whichever way the column is sorted, never as a zero.
 */
export function sortKeys(r: CompareRow): string[] {
  return [
    r.authority.name,
    r.grade ? String(GRADE_ORDER.indexOf(r.grade) + 1) : '',
    r.inspected ?? '',
    ...r.values.map((v) => (v === null ? '' : String(v))),
  ];
}

/**
 * /compare/councils.json, for the "compare any two councils" form (public/compare-any.js): every
 * current council's cells exactly as the compare table shows them, under the same headings
 * (compareHeadings), so the script only places text. `path` is the council's page under the base.
 */
export interface CompareJson {
  headings: string[];
  councils: {
    slug: string;
    name: string;
    path: string;
    /** The grade badge (the table's only scale is the current one, so never "adequate"). */
    grade: { label: string; cls: string };
    /** One per heading after the grade: the report date, then each measure. */
    cells: string[];
  }[];
}

export function compareJson(data: Dataset, link: (path: string) => string): CompareJson {
  const measures = allRanks(data);
  return {
    headings: compareHeadings(measures),
    councils: [...data.authorities.values()]
      .filter((a) => a.current)
      .sort((x, y) => x.name.localeCompare(y.name))
      .map((a) => {
        const r = compareRow(data, a);
        return {
          slug: a.slug,
          name: a.name,
          path: link(`/authorities/${a.slug}/`),
          grade: gradeBadge(r.grade, 'ri-scale', NOT_IN_DATA_BADGE),
          cells: [inspectedCell(r), ...figureCells(r, measures)],
        };
      }),
  };
}
