/**
 * What the search page shows under a council it names (public/search.js): the council's latest
 * grade (its latest SIF or ILACS inspection, on the current scale) and when that report came out,
 * then its newest stories and its newest inspections and visits, each newest first, with how many
 * there are in all. Served inside /search/places.json (src/pages/search/places.json.ts). Also the
 * date each searchable page sorts by, newest first, in the search results that follow
 * (SearchSortDate.astro). Pure: computed from the Dataset and the stories' frontmatter.
 */
import type { Dataset } from './types';
import { latestRating } from './ratings-at';
import { eventDateText } from './event-date-text';
import { formatDate } from './format';
import { coverage } from './coverage';
import { GRADE_NOT_IN_DATA, NOT_IN_DATA_BADGE, reachWords } from './reader-words';
import { FRAMEWORK, gradeBadge } from './vocabulary';
import { councilInspections, inspectionPath } from './inspection-pages';

/** How many stories and inspections a council's search result lists (the rest are on its page). */
export const SEARCH_LIST_MAX = 3;

interface SearchLink {
  path: string;
  text: string;
  /** yyyy-mm-dd */
  date: string;
}

export interface CouncilSearchCard {
  /** The latest grade's badge and the sentence around it; null where the council has no SIF or ILACS inspection. */
  latest: { label: string; cls: string; words: string } | null;
  stories: SearchLink[];
  storyCount: number;
  inspections: SearchLink[];
  inspectionCount: number;
}

/** The story frontmatter a card reads. */
interface StoryLine {
  id: string;
  data: { title: string; published: string; authorities: readonly string[] };
}

export function councilSearchCard(
  data: Dataset,
  slug: string,
  stories: readonly StoryLine[],
): CouncilSearchCard {
  const r = latestRating(data, slug);
  const when = r ? eventDateText(r.inspection) : '';
  const reach = reachWords(coverage(data).inspectionsTo);
  const latest = r
    ? {
        ...gradeBadge(r.grade, r.scale, NOT_IN_DATA_BADGE),
        words:
          (r.grade
            ? `Latest grade, from its ${FRAMEWORK[r.inspection.framework].short} report published ${formatDate(when)}.`
            : `Its latest ${FRAMEWORK[r.inspection.framework].short}, published ${formatDate(when)}: ${GRADE_NOT_IN_DATA}.`) +
          ` ${reach}`,
      }
    : null;
  const own = stories
    .filter((s) => s.data.authorities.includes(slug))
    .map((s) => ({ path: `/stories/${s.id}/`, text: s.data.title, date: s.data.published }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
  const visits = [...councilInspections(data, slug)].reverse().map((i) => ({
    path: inspectionPath(data, i),
    text: `${FRAMEWORK[i.framework].name}, ${formatDate(eventDateText(i))}`,
    date: eventDateText(i),
  }));
  return {
    latest,
    stories: own.slice(0, SEARCH_LIST_MAX),
    storyCount: own.length,
    inspections: visits.slice(0, SEARCH_LIST_MAX),
    inspectionCount: visits.length,
  };
}

/** The date a council's page sorts by among search results: its newest inspection or visit. */
export function councilSortDate(data: Dataset, slug: string): string | null {
  const list = councilInspections(data, slug);
  const last = list[list.length - 1];
  return last ? eventDateText(last) || null : null;
}
