/**
 * The top of a council's page, as data (rendered by src/components/CouncilTop.astro): its grade,
 * the date of the report that gave it and how far our data goes; what the grade means and what
 * usually happens next, from the glossary with its source; where the grade rests on the
 * community-maintained list alone, that and the report link; and a contents list of the page.
 */
import { coverage } from './coverage';
import { formatDate, formatMonthRange } from './format';
import { inspectionPath } from './inspection-pages';
import { placesOf } from './places';
import { summaryOf } from './queries';
import {
  COMMUNITY_LIST_WORDS,
  GRADE_GUIDE,
  GRADE_GUIDE_SOURCE,
  GRADE_NOT_IN_DATA,
  reachWords,
  restsOnCommunityList,
} from './reader-words';
import { reportLink, type ReportLink } from './report-link';
import type { Dataset } from './types';
import { FRAMEWORK, isOverallGrade, type GradeScale, type OverallGrade } from './vocabulary';

/** A section of the council page that the contents list links to. */
interface PageSection {
  id: string;
  label: string;
}

export interface CouncilTop {
  /** "Current grade" for a council that exists, "Last grade" for a former one. */
  label: string;
  /** The overall grade of the latest SIF or ILACS inspection; null when there is none in our data. */
  grade: { grade: OverallGrade; scale: GradeScale } | null;
  /** The sentence beside (or instead of) the grade: which inspection, when published. */
  when: string;
  /** The inspection's page, where there is one. */
  inspectionPath: string | null;
  /** How far our inspection data goes ("Our inspection data runs to reports published by …"). */
  reach: string;
  /** What the grade means and what usually follows; null without a grade or for a former council. */
  guide: { text: string; source: typeof GRADE_GUIDE_SOURCE; glossaryPath: string } | null;
  /** Where the grade rests on the community-maintained list alone: the words, and the report. */
  community: { words: string; report: ReportLink } | null;
  /** The page's sections, in page order, for the contents list. */
  sections: PageSection[];
}

/** Which optional sections the page shows (the rest are always there). */
export interface SectionFlags {
  ranks: boolean;
  stories: boolean;
}

/** The council page's sections, in page order (the ids are the headings' ids on the page). */
function councilSections(data: Dataset, slug: string, flags: SectionFlags): PageSection[] {
  const places = placesOf(data, slug).length > 0;
  return [
    { id: 'trajectory', label: 'Rating over time' },
    { id: 'inspections', label: 'Every inspection and visit' },
    { id: 'care-leavers', label: 'Care leavers' },
    { id: 'adoption', label: 'Adoption' },
    { id: 'workforce', label: 'Social workers' },
    ...(flags.ranks ? [{ id: 'ranks', label: 'How it ranks' }] : []),
    { id: 'neighbours', label: 'Statistical neighbours' },
    ...(flags.stories ? [{ id: 'stories', label: 'Stories' }] : []),
    ...(places ? [{ id: 'places-heading', label: 'Areas it serves' }] : []),
  ];
}

export function councilTop(data: Dataset, slug: string, flags: SectionFlags): CouncilTop {
  const s = summaryOf(data, slug);
  const a = s.authority;
  const latest = s.latest;
  const grade =
    latest && isOverallGrade(latest.overall) ? { grade: latest.overall, scale: latest.scale } : null;
  const framework = latest ? FRAMEWORK[latest.framework].name : '';
  const published = latest?.published ? `, published ${formatDate(latest.published)}` : '';
  const when = !latest
    ? 'No overall grade from a single inspection (SIF) or ILACS inspection in our data.'
    : grade
      ? `${framework}${published}.`
      : `${framework}, inspected ${formatMonthRange(latest.startDate, latest.endDate) || 'on dates not in our data'}${published}: overall ${GRADE_NOT_IN_DATA}.`;
  const guide =
    grade && a.current
      ? {
          text: `${GRADE_GUIDE[grade.grade].meaning} ${GRADE_GUIDE[grade.grade].next}`,
          source: GRADE_GUIDE_SOURCE,
          glossaryPath: '/glossary/#grades',
        }
      : null;
  return {
    label: a.current ? 'Current grade' : 'Last grade',
    grade,
    when,
    inspectionPath: latest ? inspectionPath(data, latest) : null,
    reach: reachWords(coverage(data).inspectionsTo),
    guide,
    community:
      latest && restsOnCommunityList(latest.note)
        ? { words: COMMUNITY_LIST_WORDS, report: reportLink(data, latest) }
        : null,
    sections: councilSections(data, slug, flags),
  };
}
