/**
 * What a former council's pages show: its history up to the day it was abolished, and
 * comparisons made with the councils of its own time, on that day (not today's grades). One home
 * for the cut-off, used by every chart and page of a former council. A council without an
 * abolition date in data/curated/abolitions.csv is shown as the data has it.
 */
import { abolitions } from './abolitions';
import { ratingAt, latestRating, type RatingAt } from './ratings-at';
import type { Dataset, Inspection } from './types';

/** The day before a former council's abolition (its last day), or null for a current council. */
export function lastDayOf(data: Dataset, slug: string): string | null {
  const a = data.authorities.get(slug);
  const ended = a && !a.current ? abolitions(data).get(slug) : undefined;
  if (!ended) return null;
  const d = new Date(`${ended.abolished}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The last year of a yearly series that the council lived through to its end: years ending on
 * `periodEnd` (mm-dd; DfE's children-looked-after years end on 31 March, the workforce census
 * on 30 September). Null for a current council (every year counts).
 */
export function lastYearOf(data: Dataset, slug: string, periodEnd = '03-31'): number | null {
  const last = lastDayOf(data, slug);
  if (!last) return null;
  const y = Number(last.slice(0, 4));
  return last.slice(5) >= periodEnd ? y : y - 1;
}

/** Whether a year's figure falls within the council's lifetime (always, for a current council). */
export function withinLifetime(data: Dataset, slug: string, year: number, periodEnd = '03-31'): boolean {
  const last = lastYearOf(data, slug, periodEnd);
  return last === null || year <= last;
}

/**
 * A council's grade for a comparison with `of`: the grade in force on `of`'s last day for a
 * former council (its neighbours as they stood then), else the latest.
 */
export function ratingForComparison(data: Dataset, slug: string, of: string): RatingAt | null {
  const last = lastDayOf(data, of);
  return last ? ratingAt(data, slug, last) : latestRating(data, slug);
}

/** After a former council's history: when it ended and the councils that took over, by slug. */
export function formerEnd(
  data: Dataset,
  slug: string,
): { name: string; abolished: string | null; successors: { slug: string; name: string }[] } | null {
  const a = data.authorities.get(slug);
  if (!a || a.current) return null;
  return {
    name: a.name,
    abolished: abolitions(data).get(slug)?.abolished ?? null,
    successors: a.successors.map((s) => ({ slug: s, name: data.authorities.get(s)?.name ?? s })),
  };
}

/**
 * The inspection a neighbour's grade comes from when listed beside `of`: the one in force on a
 * former council's last day, else its latest (latestRating, as the council summaries use).
 */
export function neighbourStanding(data: Dataset, neighbour: string, of: string): Inspection | null {
  return ratingForComparison(data, neighbour, of)?.inspection ?? null;
}
