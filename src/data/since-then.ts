/**
 * "Since then": for a story or write-up about an event older than a council's latest
 * inspection, every later inspection or visit of that council in our data, with its grade, date
 * and page (rendered by src/components/SinceThen.astro), and how far our data goes.
 */
import { coverage } from './coverage';
import { eventDateText } from './event-date-text';
import { inspectionPath } from './inspection-pages';
import { GRADE_NOT_IN_DATA, NO_OVERALL_GRADE_FRAMEWORK, reachWords } from './reader-words';
import type { Dataset } from './types';
import {
  FRAMEWORK,
  NO_OVERALL_FRAMEWORKS,
  isOverallGrade,
  type GradeScale,
  type OverallGrade,
} from './vocabulary';

interface SinceThenItem {
  /** Site path of the inspection's page. */
  path: string;
  /** What it was, e.g. "Short inspection (ILACS)". */
  what: string;
  /** yyyy-mm-dd: published, else its last or first day. */
  date: string;
  grade: { grade: OverallGrade; scale: GradeScale } | null;
  /** Words where there is no grade to show: a visit, or a grade not yet in our data. */
  noGrade: string;
}

export interface SinceThen {
  slug: string;
  name: string;
  /** Later inspections and visits, oldest first. */
  items: SinceThenItem[];
  /** "Our inspection data runs to reports published by …". */
  reach: string;
}

/**
 * For each council (in the order given), the inspections and visits dated after `after`
 * (yyyy-mm-dd); councils with none are left out, so an empty list means nothing happened since
 * in our data.
 */
export function sinceThen(data: Dataset, slugs: readonly string[], after: string): SinceThen[] {
  const reach = reachWords(coverage(data).inspectionsTo);
  return slugs.flatMap((slug) => {
    const items = data.inspections
      .filter((i) => i.authority === slug && eventDateText(i) > after)
      .sort((x, y) => eventDateText(x).localeCompare(eventDateText(y)) || x.id.localeCompare(y.id))
      .map((i) => ({
        path: inspectionPath(data, i),
        what: FRAMEWORK[i.framework].name,
        date: eventDateText(i),
        grade: isOverallGrade(i.overall) ? { grade: i.overall, scale: i.scale } : null,
        noGrade:
          i.scale === 'ungraded'
            ? 'no grade (a visit or report)'
            : NO_OVERALL_FRAMEWORKS.includes(i.framework)
              ? NO_OVERALL_GRADE_FRAMEWORK
              : `overall ${GRADE_NOT_IN_DATA}`,
      }));
    const name = data.authorities.get(slug)?.name ?? slug;
    return items.length ? [{ slug, name, items, reach }] : [];
  });
}
