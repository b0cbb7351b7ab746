/**
 * The home page's national picture: every current council by the grade of its latest SIF or ILACS
 * inspection in our data, and the same councils as Ofsted counts them on the latest 31 March (the
 * rule of the grade charts, the year grid and the map), with the sentence that tells a reader why
 * the two counts can differ. Pure functions of the Dataset.
 */
import type { Dataset } from './types';
import { GRADE_ORDER, gradeLabel, type OverallGrade } from './vocabulary';
import { summaries } from './queries';
import { countsAt31March, earlierFrameworksCoverage, nationalCountDates } from './ratings-at';
import { formatDate } from './format';
import { coverage } from './coverage';
import { GRADE_NOT_IN_DATA } from './reader-words';

export interface NationalPicture {
  /** Current councils counted. */
  councils: number;
  /** Current councils at each grade of their latest SIF or ILACS inspection in our data. */
  counts: { grade: OverallGrade; n: number }[];
  /** Councils whose latest inspection's grade is not in our data, and councils never graded. */
  ungraded: { label: string; n: number }[];
  /** The latest publication date of any inspection in our data (ISO). */
  latestPublished: string;
  /** Source ids of the latest inspections counted. */
  sources: string[];
  /** Why the latest-grade table and the 31 March chart can differ, in numbers; null without a count. */
  cutoffNote: string | null;
}

export function nationalPicture(data: Dataset): NationalPicture {
  const current = [...summaries(data).values()].filter((s) => s.authority.current);
  const counts = GRADE_ORDER.map((grade) => ({
    grade,
    n: current.filter((s) => s.latest?.overall === grade).length,
  }));
  const ungraded = [
    {
      label: `Latest inspection’s ${GRADE_NOT_IN_DATA}`,
      n: current.filter((s) => s.latest && !s.latest.overall).length,
    },
    { label: 'No graded inspection yet', n: current.filter((s) => !s.latest).length },
  ].filter((r) => r.n > 0);
  const latestPublished = coverage(data).inspectionsTo;
  return {
    councils: current.length,
    counts,
    ungraded,
    latestPublished,
    sources: current.flatMap((s) => (s.latest ? [s.latest.source] : [])),
    cutoffNote: cutoffNote(data, counts, latestPublished),
  };
}

/**
 * The two counts side by side: the chart's latest 31 March, as Ofsted counts, against the table's
 * latest grades to the newest report in our data. Names the grades whose counts differ.
 */
function cutoffNote(
  data: Dataset,
  latest: { grade: OverallGrade; n: number }[],
  latestPublished: string,
): string | null {
  const date = nationalCountDates(data).at(-1);
  if (!date) return null;
  const march = countsAt31March(data, date).counts;
  const differ = latest.filter((c) => march[c.grade] !== c.n);
  const words = (g: OverallGrade) => gradeLabel(g).toLowerCase();
  const head =
    `The chart below counts as Ofsted’s official statistics do, on 31 March each year, by the date each inspection began; ` +
    `the table above counts every council’s latest inspection in our data, to reports published by ${formatDate(latestPublished)}.`;
  if (!differ.length) return `${head} On ${formatDate(date)} the counts were the same.`;
  return (
    `${head} So they can differ: on ${formatDate(date)}, ` +
    differ.map((c) => `${march[c.grade]} councils were ${words(c.grade)}`).join(', ') +
    ` (${differ.map((c) => `${c.n} ${words(c.grade)}`).join(', ')} in the table).`
  );
}

/**
 * Why the national counts (grade charts, year grid, map) start when they do, with the earlier
 * frameworks' reach in numbers from the data.
 */
export function nationalCountsStart(data: Dataset): string {
  const first = nationalCountDates(data)[0];
  const earlier = earlierFrameworksCoverage(data);
  return (
    `The national counts start on ${formatDate(first ?? null)}, the first 31 March under the single inspection framework. ` +
    'Before it, no framework gave every council an overall grade: the safeguarding and looked after children inspections gave two judgements and no overall grade, and the joint area reviews and the child protection and looked after children inspections graded only some councils' +
    (earlier
      ? ` (on ${formatDate(earlier.date)}, ${earlier.graded} of ${earlier.total} councils had an overall grade from one of them in our data)`
      : '') +
    '. Each council’s earlier judgements are on its own page.'
  );
}
