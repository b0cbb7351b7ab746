/**
 * What the inspection pages (`/inspections/<id>/`) ask of the dataset: the page of each
 * inspection, the comparable inspection before it and what changed, the grades councils held at
 * the time, and the council's figures for the year. The lists and feeds are in
 * `inspection-lists.ts`. Pure functions of the Dataset (memoised per Dataset object).
 */
import { eventDateText as eventDate } from './event-date-text';
import { formatDate, formatMonth } from './format';
import { inspectionPageIds } from './inspection-ids';
import {
  FRAMEWORK,
  JUDGEMENT,
  gradeLabel,
  gradeRank,
  isOverallGrade,
  type Framework,
  type Grade,
  type GradeScale,
  type JudgementKey,
} from './vocabulary';
import { GRADE_NOT_IN_DATA } from './reader-words';
import { CURRENT_FRAMEWORKS_FROM, existsOn, ratingAt, type RatingAt } from './ratings-at';
import type { CareLeaverRow, Dataset, Inspection, WorkforceRow } from './types';

// --- Pages ------------------------------------------------------------------------------------

interface PageIndex {
  /** Data id -> page id. */
  pageId: Map<string, string>;
  /** Page id -> inspection. */
  byPageId: Map<string, Inspection>;
  /** Every inspection, newest first (date, then data id). */
  newestFirst: Inspection[];
  /** Per council, oldest first. */
  byAuthority: Map<string, Inspection[]>;
}

const memo = new WeakMap<Dataset, PageIndex>();

const chronological = (a: Inspection, b: Inspection) =>
  eventDate(a).localeCompare(eventDate(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function pageIndex(data: Dataset): PageIndex {
  const hit = memo.get(data);
  if (hit) return hit;
  const pageId = inspectionPageIds(data.inspections);
  const byPageId = new Map<string, Inspection>();
  for (const i of data.inspections) byPageId.set(pageId.get(i.id) ?? '', i);
  const oldestFirst = [...data.inspections].sort(chronological);
  const byAuthority = new Map<string, Inspection[]>();
  for (const i of oldestFirst) {
    let list = byAuthority.get(i.authority);
    if (!list) byAuthority.set(i.authority, (list = []));
    list.push(i);
  }
  const ix = { pageId, byPageId, newestFirst: oldestFirst.reverse(), byAuthority };
  memo.set(data, ix);
  return ix;
}

/** The page id of an inspection (`havering-2024-ilacs`). */
export function pageIdOf(data: Dataset, i: Inspection): string {
  const id = pageIndex(data).pageId.get(i.id);
  if (id === undefined) throw new Error(`inspection "${i.id}" is not in the dataset`);
  return id;
}

/** The site path of an inspection's page. */
export function inspectionPath(data: Dataset, i: Inspection): string {
  return `/inspections/${pageIdOf(data, i)}/`;
}

export function inspectionByPageId(data: Dataset, id: string): Inspection | undefined {
  return pageIndex(data).byPageId.get(id);
}

/** Every page id, in the order of the newest-first list. */
export function inspectionPageIdList(data: Dataset): string[] {
  return pageIndex(data).newestFirst.map((i) => pageIdOf(data, i));
}

/** Every inspection and visit, newest first. */
export function inspectionsNewestFirst(data: Dataset): readonly Inspection[] {
  return pageIndex(data).newestFirst;
}

/** A council's inspections and visits, oldest first. */
export function councilInspections(data: Dataset, slug: string): readonly Inspection[] {
  return pageIndex(data).byAuthority.get(slug) ?? [];
}

/** The council's inspection or visit just before and just after this one (any framework). */
export function adjacentInspections(
  data: Dataset,
  i: Inspection,
): { previous: Inspection | null; next: Inspection | null } {
  const list = councilInspections(data, i.authority);
  const at = list.indexOf(i);
  return { previous: list[at - 1] ?? null, next: list[at + 1] ?? null };
}

// --- Words ------------------------------------------------------------------------------------

export function councilName(data: Dataset, slug: string): string {
  return data.authorities.get(slug)?.name ?? slug;
}

/** The inspection's title: "Havering: ILACS standard inspection, February 2024". */
export function inspectionTitle(data: Dataset, i: Inspection): string {
  return `${councilName(data, i.authority)}: ${FRAMEWORK[i.framework].name}, ${formatMonth(eventDate(i))}`;
}

/** "11 to 22 December 2023", "12 January 2026", or null when the data has no inspection dates. */
export function onSiteDates(i: Inspection): string | null {
  const { startDate: s, endDate: e } = i;
  if (s && e && s !== e) {
    const [fs, fe] = [formatDate(s), formatDate(e)];
    if (s.slice(0, 7) === e.slice(0, 7)) return `${fs.replace(/ .*/, '')} to ${fe}`;
    if (s.slice(0, 4) === e.slice(0, 4)) return `${fs.replace(/ \d{4}$/, '')} to ${fe}`;
    return `${fs} to ${fe}`;
  }
  return s || e ? `from ${formatDate(s ?? e)}` : null;
}

/** The grade in words, on the scale it was given ("requires improvement", "adequate"). */
export function gradeWords(g: Grade, scale: GradeScale): string {
  return gradeLabel(g, scale).toLowerCase();
}

// --- Comparable inspections -------------------------------------------------------------------

/**
 * Which inspections can be set side by side: the ONE definition of comparability. Two
 * inspections are comparable when their frameworks are in the same family here and they were
 * graded on the same scale:
 * - `sif-ilacs`: the single inspection framework (from November 2013), its re-inspections, and
 *   ILACS standard and short inspections (from 2018), all on the four-point scale with
 *   "requires improvement to be good" and an overall effectiveness grade;
 * - `slac`: safeguarding and looked after children inspections and their re-inspections
 *   (2009-2012: two headline judgements, no overall grade);
 * - `cpi`: child protection inspections and re-inspections; `jar` and `tlac` each on their own.
 * Visits and progress reports carry no grade and are compared with nothing.
 * Sub-judgements are compared only where both inspections made the same judgement.
 */
export const COMPARABLE_FAMILY: Record<Framework, string | null> = {
  jar: 'jar',
  'progress-report': null,
  slac: 'slac',
  'slac-reinspection': 'slac',
  cpi: 'cpi',
  cpri: 'cpi',
  tlac: 'tlac',
  sif: 'sif-ilacs',
  'sif-reinspection': 'sif-ilacs',
  'ilacs-standard': 'sif-ilacs',
  'ilacs-short': 'sif-ilacs',
  'focused-visit': null,
  'monitoring-visit': null,
};

/** What a family's inspections are called in sentences ("SIF and ILACS inspections"). */
export const FAMILY_WORDS: Record<string, string> = {
  'sif-ilacs': 'single inspection (SIF) or ILACS inspection',
  slac: 'safeguarding and looked after children inspection',
  cpi: 'child protection inspection',
  jar: 'joint area review',
  tlac: 'looked after children inspection',
};

export function comparable(a: Inspection, b: Inspection): boolean {
  const family = COMPARABLE_FAMILY[a.framework];
  return (
    family !== null &&
    family === COMPARABLE_FAMILY[b.framework] &&
    a.scale === b.scale &&
    a.scale !== 'ungraded'
  );
}

/** The council's latest comparable inspection before this one, if any. */
export function previousComparable(data: Dataset, i: Inspection): Inspection | null {
  const list = councilInspections(data, i.authority);
  for (let k = list.indexOf(i) - 1; k >= 0; k--) {
    const p = list[k] as Inspection;
    if (comparable(i, p)) return p;
  }
  return null;
}

/**
 * `missing`: the framework gives an overall grade, but the data does not hold this one yet (it
 * is never filled from an older grade).
 */
type Change = 'up' | 'down' | 'same' | 'only-now' | 'only-before' | 'not-graded' | 'missing';

export interface JudgementChange {
  key: JudgementKey;
  label: string;
  now: Grade | null;
  before: Grade | null;
  change: Change;
}

const JUDGEMENT_ORDER = Object.keys(JUDGEMENT) as JudgementKey[];

function gradeOf(i: Inspection, k: JudgementKey): Grade | null {
  return k === 'overall' ? i.overall : (i.judgements[k] ?? null);
}

/**
 * Each judgement of `now` beside the same judgement of `before` (overall first, then Ofsted's
 * order). Without a previous inspection every row is `only-now`.
 */
export function compareJudgements(now: Inspection, before: Inspection | null): JudgementChange[] {
  const out: JudgementChange[] = [];
  for (const key of JUDGEMENT_ORDER) {
    const a = gradeOf(now, key);
    const b = before ? gradeOf(before, key) : null;
    if (a === null && b === null) continue;
    let change: Change;
    if (a === null && key === 'overall' && COMPARABLE_FAMILY[now.framework] === 'sif-ilacs')
      change = 'missing';
    else if (a === null) change = 'only-before';
    else if (b === null) change = 'only-now';
    else {
      const [ra, rb] = [isOverallGrade(a) ? gradeRank(a) : null, isOverallGrade(b) ? gradeRank(b) : null];
      change = ra === null || rb === null ? 'not-graded' : ra > rb ? 'up' : ra < rb ? 'down' : 'same';
    }
    out.push({ key, label: JUDGEMENT[key].name, now: a, before: b, change });
  }
  return out;
}

/** A judgement the inspection did not make, where the one before it did. */
export const NOT_JUDGED_THIS_TIME = `${gradeLabel('not-judged')} this time`;

/** What changed, in words: "Down from good to inadequate". */
export function changeWords(c: JudgementChange, scale: GradeScale): string {
  const w = (g: Grade | null) => (g ? gradeWords(g, scale) : '');
  switch (c.change) {
    case 'up':
      return `Up from ${w(c.before)} to ${w(c.now)}`;
    case 'down':
      return `Down from ${w(c.before)} to ${w(c.now)}`;
    case 'same':
      return `Same: ${w(c.now)} both times`;
    case 'only-now':
      return `${gradeLabel('not-judged')} at the previous inspection`;
    case 'only-before':
      return NOT_JUDGED_THIS_TIME;
    case 'not-graded':
      return `Not comparable: one of the two was ${gradeWords('not-judged', scale)}`;
    case 'missing':
      return `Not comparable: overall ${GRADE_NOT_IN_DATA}`;
  }
}

/** "Havering's", "St Helens'". */
function possessive(n: string): string {
  return n.endsWith('s') ? `${n}’` : `${n}’s`;
}

/**
 * The inspection in one or two sentences, from the data: what, when, the overall grade and how
 * it compares with the previous comparable inspection. The page's lede and the feeds' text.
 */
export function inspectionSummary(data: Dataset, i: Inspection): string {
  const name = councilName(data, i.authority);
  const fw = FRAMEWORK[i.framework].name;
  const published = formatDate(eventDate(i));
  const dates = onSiteDates(i);
  const visited = dates ? ` ${dates.startsWith('from') ? dates : `from ${dates}`}` : '';
  if (i.scale === 'ungraded') {
    const report = i.framework === 'progress-report';
    const what = report ? 'progress report on' : `${fw.replace(/^ILACS f/, 'f').toLowerCase()} to`;
    const theme = i.theme ? ` looked at ${i.theme.charAt(0).toLowerCase()}${i.theme.slice(1)}` : '';
    return `Ofsted’s ${what} ${possessive(name)} children’s services${visited}${theme}; ${report ? 'it was' : 'its findings were'} published on ${published}. ${report ? 'Progress reports' : 'Visits'} are not graded.`;
  }
  const family = COMPARABLE_FAMILY[i.framework];
  const familyWords = family ? (FAMILY_WORDS[family] ?? fw) : fw;
  if (isCounted(i.overall)) {
    const before = previousComparable(data, i);
    const overall = compareJudgements(i, before).find((r) => r.key === 'overall');
    let change = '';
    if (before && overall && before.overall && (overall.change === 'up' || overall.change === 'down'))
      change = ` That is ${overall.change} from ${gradeWords(before.overall, before.scale)} at its previous ${familyWords}, in ${eventDate(before).slice(0, 4)}.`;
    else if (before && overall?.change === 'same')
      change = ` That is the same grade as at its previous ${familyWords}, in ${eventDate(before).slice(0, 4)}.`;
    else if (!before) change = ` It is ${possessive(name)} first ${familyWords} in our data.`;
    // A joint area review's grade is its headline judgement (on safeguarding), not an overall grade.
    const graded =
      i.framework === 'jar'
        ? `Its headline judgement was ${gradeWords(i.overall, i.scale)}.`
        : `It graded them ${gradeWords(i.overall, i.scale)} overall.`;
    return `Ofsted inspected ${possessive(name)} children’s services${visited} and published its report on ${published}. ${graded}${change}`;
  }
  if (family === 'slac')
    return `Ofsted’s safeguarding and looked after children inspection of ${name}, published on ${published}, gave two headline judgements and no overall grade.`;
  return `Ofsted inspected ${possessive(name)} children’s services${visited}; the report was published on ${published} (overall ${GRADE_NOT_IN_DATA}).`;
}

// --- Where it sits ----------------------------------------------------------------------------

export type CountedGrade = 'outstanding' | 'good' | 'requires-improvement' | 'inadequate';
export const COUNTED_GRADE_LIST: readonly CountedGrade[] = [
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
];

export function isCounted(g: Grade | null): g is CountedGrade {
  return g === 'outstanding' || g === 'good' || g === 'requires-improvement' || g === 'inadequate';
}

export interface CountsAt {
  date: string;
  era: 'earlier' | 'current';
  counts: Record<CountedGrade, number>;
  /** Councils with no grade on the date (none yet from the era's frameworks, or none in the data). */
  noGrade: number;
  total: number;
  /** Each existing council's standing on the date (null: none yet). */
  standing: Map<string, RatingAt | null>;
}

/**
 * How many councils held each overall grade when a report came out on `date` (ISO): the site's
 * one counting rule (src/data/ratings-at.ts: SIF and ILACS grades from 2014, the earlier
 * frameworks' before; a missing grade stays missing; councils counted while they exist), with
 * only the reports published by that day.
 */
export function gradeCountsAt(data: Dataset, date: string): CountsAt {
  const counts: Record<CountedGrade, number> = {
    outstanding: 0,
    good: 0,
    'requires-improvement': 0,
    inadequate: 0,
  };
  const standing = new Map<string, RatingAt | null>();
  const cutoff = { publishedBy: date, alsoCounted: new Set<string>() };
  let noGrade = 0;
  let total = 0;
  for (const a of data.authorities.values()) {
    if (!existsOn(data, a, date)) continue;
    total++;
    const r = ratingAt(data, a.slug, date, cutoff);
    standing.set(a.slug, r);
    if (r?.grade) counts[r.grade]++;
    else noGrade++;
  }
  return {
    date,
    era: date < CURRENT_FRAMEWORKS_FROM ? 'earlier' : 'current',
    counts,
    noGrade,
    total,
    standing,
  };
}

// --- The council's figures for the year -------------------------------------------------------

/** The day the inspection's year is taken from: the first day on site, else publication. */
export function inspectionDay(i: Inspection): string {
  return i.startDate ?? eventDate(i);
}

/** The DfE's care-leaver year (ending 31 March) that contains `date`. */
export function careLeaverYearOf(date: string): number {
  const y = Number(date.slice(0, 4));
  return date.slice(5) <= '03-31' ? y : y + 1;
}

/** The social work workforce year (to 30 September) that contains `date`. */
export function workforceYearOf(date: string): number {
  const y = Number(date.slice(0, 4));
  return date.slice(5) <= '09-30' ? y : y + 1;
}

export interface YearFigures<T> {
  /** The year the inspection falls in. */
  wanted: number;
  /** The year shown: `wanted`, or the latest published when `wanted` is not out yet. */
  year: number;
  council: T[];
  region: T[];
  england: T[];
}

/**
 * Figures for the year that contains the inspection; when that year is not yet published, the
 * latest year; null when the council's series starts after it (or the council has none).
 */
function yearFigures<T extends { year: number; level: string }>(
  rows: readonly T[],
  isCouncil: (r: T) => boolean,
  isRegion: (r: T) => boolean,
  wanted: number,
): YearFigures<T> | null {
  const years = [...new Set(rows.filter(isCouncil).map((r) => r.year))].sort((a, b) => a - b);
  const last = years.at(-1);
  if (last === undefined || wanted < (years[0] ?? wanted)) return null;
  const year = years.includes(wanted) ? wanted : wanted > last ? last : null;
  if (year === null) return null;
  const inYear = rows.filter((r) => r.year === year);
  return {
    wanted,
    year,
    council: inYear.filter(isCouncil),
    region: inYear.filter((r) => r.level === 'regional' && isRegion(r)),
    england: inYear.filter((r) => r.level === 'national'),
  };
}

export function careLeaverFigures(data: Dataset, i: Inspection): YearFigures<CareLeaverRow> | null {
  const a = data.authorities.get(i.authority);
  if (!a) return null;
  return yearFigures(
    data.careLeavers,
    (r) => r.authority === a.slug,
    (r) => r.areaName === a.region,
    careLeaverYearOf(inspectionDay(i)),
  );
}

export function workforceFigures(data: Dataset, i: Inspection): YearFigures<WorkforceRow> | null {
  const a = data.authorities.get(i.authority);
  if (!a) return null;
  return yearFigures(
    data.workforce,
    (r) => r.level === 'authority' && r.authorities.includes(a.slug),
    (r) => r.region === a.region,
    workforceYearOf(inspectionDay(i)),
  );
}

// --- Glossary ---------------------------------------------------------------------------------

/** The glossary entry (`/glossary/#<anchor>`) that explains a framework. */
export function glossaryAnchor(f: Framework): string {
  if (f === 'slac-reinspection') return 'slac';
  if (f === 'cpri') return 'cpi';
  if (f === 'sif-reinspection') return 'sif';
  return f;
}
