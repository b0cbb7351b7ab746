/**
 * The words of the rating trajectory chart: its title (what happened, in a line), its text
 * alternative (the finding) and the sentence naming a ringed inspection.
 */
import type { Dataset, Inspection } from '../data/types';
import {
  FRAMEWORK,
  GRADE_ORDER,
  JUDGEMENT,
  eventDate,
  frameworkFamily,
  gradeWords,
  isOverallGrade,
  type JudgementKey,
} from '../data/vocabulary';
import {
  earliestEventDate,
  gradedHistory,
  listJoin,
  possessive,
  titleName,
  yearOf,
  type GradedEvent,
} from './history';
import { formatDate } from '../data/format';

/** SLAC's two headline judgements, as the chart labels them. */
export const SLAC_JUDGEMENTS: [JudgementKey, string][] = [
  ['safeguarding', JUDGEMENT.safeguarding.name.toLowerCase()],
  ['looked-after-children', JUDGEMENT['looked-after-children'].name.toLowerCase()],
];

interface Change {
  name: string;
  history: GradedEvent[];
  latest: GradedEvent | undefined;
  /** The grade compared with the latest: the first under the latest's framework, else the one before. */
  from: GradedEvent | undefined;
  /** >0 rose, <0 fell, 0 the same. */
  diff: number;
}

function change(data: Dataset, slug: string): Change {
  const name = data.authorities.get(slug)?.name ?? slug;
  const h = gradedHistory(data, slug);
  const latest = h[h.length - 1];
  if (!latest || h.length === 1) return { name, history: h, latest, from: undefined, diff: 0 };
  const family = frameworkFamily(latest.inspection.framework);
  const same = h.filter((e) => family !== 'other' && frameworkFamily(e.inspection.framework) === family);
  const from = (same.length >= 2 ? same[0] : h[h.length - 2]) as GradedEvent;
  const diff =
    latest.grade === from.grade ? 0 : GRADE_ORDER.indexOf(from.grade) - GRADE_ORDER.indexOf(latest.grade);
  return { name, history: h, latest, from, diff };
}

const year = (e: GradedEvent) => yearOf(e.date);
const words = (e: GradedEvent) => gradeWords(e.grade, e.inspection.scale);

/** The title: what happened, in a line. */
export function trajectoryTitle(data: Dataset, slug: string, since: number): string {
  const c = change(data, slug);
  const { latest, from, diff } = c;
  const a = data.authorities.get(slug);
  const name = a ? titleName(a) : c.name;
  if (!latest) return `${name}: no graded Ofsted inspection since ${since}`;
  if (!from) return `${name} rated ${words(latest)} at its only graded inspection, in ${year(latest)}`;
  if (diff > 0)
    return `${name} rose from ${words(from)} to ${words(latest)}, ${year(from)} to ${year(latest)}`;
  if (diff < 0)
    return `${name} fell from ${words(from)} to ${words(latest)}, ${year(from)} to ${year(latest)}`;
  return `${name} rated ${words(from)} in ${year(from)} and again in ${year(latest)}`;
}

/** The finding, in one or two sentences. */
export function trajectoryAlt(data: Dataset, slug: string): string {
  const { name, history: h, latest, from, diff } = change(data, slug);
  if (!latest) {
    const since = earliestEventDate(data);
    return `Ofsted has published no graded inspection of ${possessive(name)} children's services${since ? ` since ${yearOf(since)}` : ''}.`;
  }
  if (!from) {
    return `${name} has had one graded inspection: ${words(latest)} in ${year(latest)} (${FRAMEWORK[latest.inspection.framework].chartName}).`;
  }
  let lead: string;
  if (diff > 0)
    lead = `${possessive(name)} rating rose from ${words(from)} in ${year(from)} to ${words(latest)} in ${year(latest)}.`;
  else if (diff < 0)
    lead = `${possessive(name)} rating fell from ${words(from)} in ${year(from)} to ${words(latest)} in ${year(latest)}.`;
  else
    lead = `${name} was rated ${words(from)} in ${year(from)} and ${words(latest)} again in ${year(latest)}.`;
  const all = h
    .map((e) => `${year(e)} ${words(e)} (${FRAMEWORK[e.inspection.framework].chartShort})`)
    .join(', ');
  return `${lead} Graded inspections: ${all}.`;
}

/** A name for the middle of a sentence: "ILACS standard inspection", "monitoring visit". */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** "The ringed inspection is the ILACS standard inspection published 16 February 2024 (inadequate)." */
export function highlightSentence(i: Inspection): string {
  const slac = SLAC_JUDGEMENTS.flatMap(([k, words]) => {
    const g = i.judgements[k];
    return isOverallGrade(g) ? [`${words} ${gradeWords(g, i.scale)}`] : [];
  });
  const grade = isOverallGrade(i.overall)
    ? ` (${gradeWords(i.overall, i.scale)})`
    : slac.length
      ? ` (${listJoin(slac)})`
      : i.scale === 'ungraded'
        ? ' (not graded)'
        : '';
  return `The ringed inspection is the ${inSentence(FRAMEWORK[i.framework].name)} published ${formatDate(eventDate(i))}${grade}.`;
}
