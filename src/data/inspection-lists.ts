/**
 * The inspections lists (`/inspections/`, by year, framework and grade): their filters, each a
 * static page, the pages of each list, newest first, and an inspection as a feed item.
 */
import { eventDateText as eventDate } from './event-date-text';
import {
  inspectionByPageId,
  inspectionPath,
  inspectionSummary,
  inspectionTitle,
  inspectionsNewestFirst,
  isCounted,
} from './inspection-pages';
import type { Dataset, Inspection } from './types';
import { GRADE_NOT_IN_DATA, NO_OVERALL_GRADE_FRAMEWORK, capitalised } from './reader-words';
import { NO_OVERALL_FRAMEWORKS, badgeLabel, gradeLabel, type Framework } from './vocabulary';

/** How the lists group frameworks (a reader's "framework"), with the words shown. */
const FRAMEWORK_FILTERS: readonly { key: string; label: string; frameworks: readonly Framework[] }[] = [
  { key: 'ilacs', label: 'ILACS inspections (from 2018)', frameworks: ['ilacs-standard', 'ilacs-short'] },
  { key: 'focused-visit', label: 'Focused visits', frameworks: ['focused-visit'] },
  { key: 'monitoring-visit', label: 'Monitoring visits', frameworks: ['monitoring-visit'] },
  { key: 'sif', label: 'Single inspections (SIF, 2013 to 2018)', frameworks: ['sif', 'sif-reinspection'] },
  { key: 'cpi', label: 'Child protection inspections', frameworks: ['cpi', 'cpri'] },
  { key: 'tlac', label: 'Looked after children inspections', frameworks: ['tlac'] },
  {
    key: 'slac',
    label: 'Safeguarding and looked after children inspections (2009 to 2012)',
    frameworks: ['slac', 'slac-reinspection'],
  },
  { key: 'progress-report', label: 'Progress reports', frameworks: ['progress-report'] },
  { key: 'jar', label: 'Joint area reviews', frameworks: ['jar'] },
];

export type GradeFilter =
  | 'outstanding'
  | 'good'
  | 'requires-improvement'
  | 'adequate'
  | 'inadequate'
  | 'grade-not-in-data'
  | 'no-overall-grade'
  | 'not-graded';

const GRADE_FILTERS: readonly { key: GradeFilter; label: string }[] = [
  { key: 'outstanding', label: gradeLabel('outstanding') },
  { key: 'good', label: gradeLabel('good') },
  { key: 'requires-improvement', label: gradeLabel('requires-improvement') },
  { key: 'adequate', label: `${badgeLabel('adequate')} (before 2013)` },
  { key: 'inadequate', label: gradeLabel('inadequate') },
  { key: 'grade-not-in-data', label: `Overall ${GRADE_NOT_IN_DATA}` },
  { key: 'no-overall-grade', label: capitalised(NO_OVERALL_GRADE_FRAMEWORK) },
  { key: 'not-graded', label: 'Not graded (visits and reports)' },
];

export function gradeFilterOf(i: Inspection): GradeFilter {
  if (i.scale === 'ungraded') return 'not-graded';
  if (!isCounted(i.overall))
    return NO_OVERALL_FRAMEWORKS.includes(i.framework) ? 'no-overall-grade' : 'grade-not-in-data';
  if (i.overall === 'requires-improvement' && i.scale === 'adequate-scale') return 'adequate';
  return i.overall;
}

/** A grade filter's words, also shown in a list's grade column where there is no grade to badge. */
export function gradeFilterLabel(key: GradeFilter): string {
  return GRADE_FILTERS.find((g) => g.key === key)?.label ?? key;
}

export function frameworkFilterOf(f: Framework): string {
  return FRAMEWORK_FILTERS.find((x) => x.frameworks.includes(f))?.key ?? f;
}

/** Rows per list page: keeps each page well under 30 KB gzipped. */
export const LIST_PAGE_SIZE = 100;

export type ListKind = 'all' | 'year' | 'framework' | 'grade';

export interface ListFilter {
  kind: ListKind;
  /** The filter's key (`2024`, `ilacs`, `inadequate`); empty for all. */
  key: string;
  label: string;
  count: number;
}

export interface ListPage {
  filter: ListFilter;
  /** Site path of this page, e.g. `/inspections/year/2024/page/2/`. */
  path: string;
  /** The part after `/inspections/`, without slashes at the ends (empty for the first page). */
  param: string | undefined;
  page: number;
  pages: number;
  /** Site paths of every page of this list, first to last. */
  pagePaths: string[];
  items: Inspection[];
}

/** Every filter with its count: all, then years (newest first), frameworks, grades. */
export function listFilters(data: Dataset): ListFilter[] {
  const all = inspectionsNewestFirst(data);
  const count = (p: (i: Inspection) => boolean) => all.filter(p).length;
  const years = [...new Set(all.map((i) => eventDate(i).slice(0, 4)))];
  return [
    { kind: 'all' as const, key: '', label: 'All', count: all.length },
    ...years.map((y) => ({
      kind: 'year' as const,
      key: y,
      label: y,
      count: count((i) => eventDate(i).startsWith(y)),
    })),
    ...FRAMEWORK_FILTERS.map((f) => ({
      kind: 'framework' as const,
      key: f.key,
      label: f.label,
      count: count((i) => f.frameworks.includes(i.framework)),
    })),
    ...GRADE_FILTERS.map((g) => ({
      kind: 'grade' as const,
      key: g.key,
      label: g.label,
      count: count((i) => gradeFilterOf(i) === g.key),
    })),
  ].filter((f) => f.count > 0);
}

function filterItems(data: Dataset, f: ListFilter): Inspection[] {
  const all = inspectionsNewestFirst(data);
  switch (f.kind) {
    case 'all':
      return [...all];
    case 'year':
      return all.filter((i) => eventDate(i).startsWith(f.key));
    case 'framework':
      return all.filter((i) => frameworkFilterOf(i.framework) === f.key);
    case 'grade':
      return all.filter((i) => gradeFilterOf(i) === f.key);
  }
}

/** The site path of a list's first page: `/inspections/`, `/inspections/year/2024/`. */
export function listPath(f: Pick<ListFilter, 'kind' | 'key'>, page = 1): string {
  const root = f.kind === 'all' ? '/inspections/' : `/inspections/${f.kind}/${f.key}/`;
  return page === 1 ? root : `${root}page/${page}/`;
}

/** Every list page: each filter's items, newest first, in pages of LIST_PAGE_SIZE. */
export function inspectionListPages(data: Dataset): ListPage[] {
  const out: ListPage[] = [];
  for (const filter of listFilters(data)) {
    const items = filterItems(data, filter);
    const pages = Math.max(1, Math.ceil(items.length / LIST_PAGE_SIZE));
    const pagePaths = Array.from({ length: pages }, (_, n) => listPath(filter, n + 1));
    for (let page = 1; page <= pages; page++) {
      const path = pagePaths[page - 1] ?? '';
      const param = path.replace(/^\/inspections\/?/, '').replace(/\/$/, '');
      out.push({
        filter,
        path,
        param: param === '' ? undefined : param,
        page,
        pages,
        pagePaths,
        items: items.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE),
      });
    }
  }
  return out;
}

// --- Feeds ----------------------------------------------------------------------------------------

export interface FeedItem {
  title: string;
  description: string;
  pubDate: Date;
  link: string;
  categories: string[];
}

/** An editor's write-up, as the lists, the council page and the feeds show it. */
export interface WriteUpInfo {
  /** The inspection's page id (the write-up's file name). */
  pageId: string;
  title: string;
  standfirst: string;
  /** yyyy-mm-dd */
  published: string;
  updated?: string | undefined;
}

/** Where a write-up starts on its inspection's page (its section's id). */
export const WRITE_UP_ANCHOR = 'write-up';

/**
 * A write-up as a feed item, dated by its own publication: its title and standfirst, linking its
 * section of the inspection's page (so it is a different item from the inspection's own).
 */
export function writeUpFeedItem(data: Dataset, w: WriteUpInfo): FeedItem | null {
  const i = inspectionByPageId(data, w.pageId);
  if (!i) return null;
  return {
    title: w.title,
    description: w.standfirst,
    pubDate: new Date(`${w.published}T00:00:00Z`),
    link: `${inspectionPath(data, i)}#${WRITE_UP_ANCHOR}`,
    categories: ['write-up'],
  };
}

/** The write-ups of one council's inspections, newest first. */
export function councilWriteUps(data: Dataset, slug: string, all: Iterable<WriteUpInfo>): WriteUpInfo[] {
  return [...all]
    .filter((w) => inspectionByPageId(data, w.pageId)?.authority === slug)
    .sort((a, b) => b.published.localeCompare(a.published) || a.pageId.localeCompare(b.pageId));
}

/** An inspection as a feed item; `link` is the site path of its page (the feed adds the site). */
export function inspectionFeedItem(data: Dataset, i: Inspection): FeedItem {
  return {
    title: inspectionTitle(data, i),
    description: inspectionSummary(data, i),
    pubDate: new Date(`${eventDate(i)}T00:00:00Z`),
    link: inspectionPath(data, i),
    categories: [frameworkFilterOf(i.framework), gradeFilterOf(i)],
  };
}
