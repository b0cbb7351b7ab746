/**
 * The vocabulary of Inspected, defined once: grades and how they are written, grade scales,
 * inspection frameworks and their names, sub-judgements, regions, how an event is dated, and what
 * the publishers' missing-value symbols mean. The loader validates against these lists, the
 * importers write their codes, and charts, pages and Markdown plugins take every label from here.
 * A test (tests/data/vocabulary-literals.test.ts) fails if a grade label or framework name is
 * written as a string literal anywhere else in src/ or scripts/.
 */
import type { Inspection } from './types';

// ---- Grades --------------------------------------------------------------------------------------

/** The four Ofsted grades, as stored (kebab-case), plus 'not-judged'. */
export const GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-judged'] as const;
export type Grade = (typeof GRADES)[number];

/** Ofsted's four grades, best first (top of an ordinal axis, order of lists and filters). */
export const GRADE_ORDER = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export type OverallGrade = (typeof GRADE_ORDER)[number];

export function isOverallGrade(g: Grade | null | undefined): g is OverallGrade {
  return (GRADE_ORDER as readonly (string | null | undefined)[]).includes(g);
}

/** 4 = outstanding ... 1 = inadequate. */
export function gradeRank(g: OverallGrade): number {
  return 4 - GRADE_ORDER.indexOf(g);
}

/**
 * The grade scale in force when a grade was given.
 * - `adequate-scale`: Outstanding / Good / Adequate / Inadequate (JAR, SLAC, CPI, TLAC; before the
 *   SIF of November 2013). Ofsted's own data shows "Adequate" as "Requires improvement to be good",
 *   so a stored `requires-improvement` on this scale was awarded as "adequate".
 * - `ri-scale`: Outstanding / Good / Requires improvement to be good / Inadequate (SIF, ILACS).
 * - `ungraded`: the event carries no grade (visits, progress reports).
 */
export const SCALES = ['adequate-scale', 'ri-scale', 'ungraded'] as const;
export type GradeScale = (typeof SCALES)[number];

/** When each scale applies, for the data dictionary. */
export const SCALE_MEANING: Record<GradeScale, string> = {
  'adequate-scale': 'before November 2013; requires-improvement on this scale was awarded as "adequate"',
  'ri-scale': 'SIF and ILACS',
  ungraded: 'visits and reports that carry no grade',
};

/** How each grade is written for readers (current scale). */
export const GRADE_LABEL: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  'not-judged': 'Not judged',
};

/** The third grade on the pre-2013 scale, as it was awarded. */
const ADEQUATE_LABEL = 'Adequate';

/** True when a stored `requires-improvement` was awarded as "adequate" (before the SIF). */
export function isAdequate(g: Grade | null | undefined, scale: GradeScale): boolean {
  return g === 'requires-improvement' && scale === 'adequate-scale';
}

/**
 * The grade as awarded: "Good", "Requires improvement", or "Adequate" for the third grade on the
 * pre-2013 scale (Ofsted's data shows it as "Requires improvement to be good").
 */
export function gradeLabel(g: Grade, scale: GradeScale = 'ri-scale'): string {
  return isAdequate(g, scale) ? ADEQUATE_LABEL : GRADE_LABEL[g];
}

/** What a grade badge shows: its words and its style (`badge--<cls>`); `missing` (default "No grade") for none. */
export function gradeBadge(
  g: Grade | null,
  scale: GradeScale,
  missing = 'No grade',
): { label: string; cls: string } {
  return {
    label: g ? gradeLabel(g, scale) : missing,
    cls: g ? (isAdequate(g, scale) ? 'adequate' : g) : 'none',
  };
}

/** Lower-case for sentences: "requires improvement", "adequate". */
export function gradeWords(g: Grade, scale: GradeScale = 'ri-scale'): string {
  return gradeLabel(g, scale).toLowerCase();
}

/** One- or two-letter code drawn in grid cells: O, G, RI, A (adequate), I. */
export function gradeCode(g: OverallGrade, scale: GradeScale = 'ri-scale'): string {
  if (isAdequate(g, scale)) return 'A';
  return { outstanding: 'O', good: 'G', 'requires-improvement': 'RI', inadequate: 'I' }[g];
}

/** The key to the codes, for subtitles and notes. */
export const GRADE_CODE_KEY =
  'O outstanding, G good, RI requires improvement, A adequate (before November 2013), I inadequate';

/** The fill colour, as a CSS custom property reference (light and dark values in charts.css). */
export function gradeColor(g: OverallGrade): string {
  return `var(--grade-${g})`;
}

/** Text colour for a label drawn on a cell filled with `gradeColor(g)`. */
export function gradeTextColor(g: OverallGrade): string {
  return `var(--grade-${g}-text)`;
}

/** A distinct Plot symbol per grade, so shape also tells grades apart. */
export function gradeSymbol(g: OverallGrade): string {
  return { outstanding: 'star', good: 'circle', 'requires-improvement': 'diamond', inadequate: 'square' }[g];
}

/** Grades an editor may put in a badge: the four grades and the pre-2013 "adequate". */
export const BADGE_GRADES = [
  'outstanding',
  'good',
  'requires-improvement',
  'adequate',
  'inadequate',
] as const;
export type BadgeGrade = (typeof BADGE_GRADES)[number];

export function badgeLabel(g: BadgeGrade): string {
  return g === 'adequate' ? ADEQUATE_LABEL : GRADE_LABEL[g];
}

/** Footnote under a table of inspections that has grades on the pre-2013 scale. */
export const ADEQUATE_NOTE =
  'Graded on the pre-2013 scale (outstanding, good, adequate, inadequate); Ofsted’s data shows “adequate” as “requires improvement to be good”.';

/** The same, where a grade badge is marked with an asterisk. */
export const ADEQUATE_BADGE_NOTE =
  'Ofsted’s data shows the pre-2013 grade “adequate” as “requires improvement to be good”';

/** The same, in a chart's notes. */
export const ADEQUATE_CHART_NOTE = `Before November 2013 the third grade was "adequate"; Ofsted's data shows it as "requires improvement". It is drawn here as an open symbol and labelled "adequate".`;

// ---- Frameworks ----------------------------------------------------------------------------------

/** Inspection frameworks and visit types, oldest first. */
export const FRAMEWORK_CODES = [
  'jar',
  'progress-report',
  'slac',
  'slac-reinspection',
  'cpi',
  'cpri',
  'tlac',
  'sif',
  'sif-reinspection',
  'ilacs-standard',
  'ilacs-short',
  'focused-visit',
  'monitoring-visit',
] as const;
export type Framework = (typeof FRAMEWORK_CODES)[number];

export interface FrameworkInfo {
  /** Plain-English name in tables and on pages. */
  name: string;
  /** Short form in lists of councils and stories. */
  short: string;
  /** Name in charts' tables, notes and strips (no abbreviation in brackets). */
  chartName: string;
  /** Label beside a point on a chart, where room is tight. */
  chartShort: string;
  /** The scale its grades are given on. */
  scale: GradeScale;
  /** Frameworks whose overall grades are compared with each other. */
  family: 'sif' | 'ilacs' | 'other';
}

export const FRAMEWORK: Record<Framework, FrameworkInfo> = {
  jar: {
    name: 'Joint area review',
    short: 'JAR',
    chartName: 'Joint area review',
    chartShort: 'JAR',
    scale: 'adequate-scale',
    family: 'other',
  },
  'progress-report': {
    name: 'Progress report',
    short: 'Progress report',
    chartName: 'Progress report',
    chartShort: 'Progress report',
    scale: 'ungraded',
    family: 'other',
  },
  slac: {
    name: 'Safeguarding and looked after children inspection (SLAC)',
    short: 'SLAC',
    chartName: 'Safeguarding and looked after children inspection',
    chartShort: 'SLAC',
    scale: 'adequate-scale',
    family: 'other',
  },
  'slac-reinspection': {
    name: 'SLAC re-inspection',
    short: 'SLAC re-inspection',
    chartName: 'SLAC re-inspection',
    chartShort: 'SLAC re-insp.',
    scale: 'adequate-scale',
    family: 'other',
  },
  cpi: {
    name: 'Child protection inspection',
    short: 'CPI',
    chartName: 'Child protection inspection',
    chartShort: 'CPI',
    scale: 'adequate-scale',
    family: 'other',
  },
  cpri: {
    name: 'Child protection re-inspection',
    short: 'CPRI',
    chartName: 'Child protection re-inspection',
    chartShort: 'CPRI',
    scale: 'adequate-scale',
    family: 'other',
  },
  tlac: {
    name: 'Targeted looked after children inspection',
    short: 'TLAC',
    chartName: 'Looked after children inspection',
    chartShort: 'TLAC',
    scale: 'adequate-scale',
    family: 'other',
  },
  sif: {
    name: 'Single inspection (SIF)',
    short: 'SIF',
    chartName: 'Single inspection framework',
    chartShort: 'SIF',
    scale: 'ri-scale',
    family: 'sif',
  },
  'sif-reinspection': {
    name: 'SIF re-inspection',
    short: 'SIF re-inspection',
    chartName: 'SIF re-inspection',
    chartShort: 'SIF re-insp.',
    scale: 'ri-scale',
    family: 'sif',
  },
  'ilacs-standard': {
    name: 'ILACS standard inspection',
    short: 'ILACS standard',
    chartName: 'ILACS standard inspection',
    chartShort: 'ILACS',
    scale: 'ri-scale',
    family: 'ilacs',
  },
  'ilacs-short': {
    name: 'ILACS short inspection',
    short: 'ILACS short',
    chartName: 'ILACS short inspection',
    chartShort: 'ILACS short',
    scale: 'ri-scale',
    family: 'ilacs',
  },
  'focused-visit': {
    name: 'ILACS focused visit',
    short: 'Focused visit',
    chartName: 'Focused visit',
    chartShort: 'Focused visit',
    scale: 'ungraded',
    family: 'other',
  },
  'monitoring-visit': {
    name: 'Monitoring visit',
    short: 'Monitoring visit',
    chartName: 'Monitoring visit',
    chartShort: 'Monitoring visit',
    scale: 'ungraded',
    family: 'other',
  },
};

/** Framework families whose overall grades are on the current (requires improvement) scale. */
export function frameworkFamily(f: Framework): FrameworkInfo['family'] {
  return FRAMEWORK[f].family;
}

/**
 * Whether two frameworks' overall grades can be joined by a line on a chart: the same framework,
 * or both on the current four-point scale (SIF and ILACS, which the DfE's outcome tables set side
 * by side). Grades before November 2013 came from inspections of different scope (a joint area
 * review's safeguarding judgement, a SLAC's two judgements) and stand alone.
 */
export function comparableFrameworks(a: Framework, b: Framework): boolean {
  return a === b || (FRAMEWORK[a].scale === 'ri-scale' && FRAMEWORK[b].scale === 'ri-scale');
}

/** The trajectory chart's note on where its line is broken. */
export const TRAJECTORY_LINE_NOTE =
  'A line joins two grades only where they come from comparable inspections (the single inspection framework and ILACS) with no other judgement between them; other grades stand alone.';

/** Framework changes marked on time axes. */
export const FRAMEWORK_CHANGES = [
  { date: '2013-11-01', label: 'SIF', long: 'Single inspection framework from November 2013' },
  { date: '2018-01-01', label: 'ILACS', long: 'ILACS from January 2018' },
] as const;

export const FRAMEWORK_CHANGE_NOTE = `Ofsted changed its inspection framework in November 2013 (the single inspection framework, SIF) and in January 2018 (inspections of local authority children's services, ILACS); grades from different frameworks are not strictly comparable.`;

/** Frameworks that never give an overall grade: two headline judgements instead (2009 to 2012). */
export const NO_OVERALL_FRAMEWORKS: readonly Framework[] = ['slac', 'slac-reinspection'];

export const SLAC_NOTE = `Safeguarding and looked after children (SLAC) inspections, 2009 to 2012, gave two headline judgements (safeguarding; looked after children) and no overall grade.`;

// ---- Sub-judgements ------------------------------------------------------------------------------

export interface JudgementInfo {
  /** The column of inspections.csv that holds it. */
  column: string;
  /** Its name for readers. */
  name: string;
  /** Which frameworks give it, and what it judges (data dictionary). */
  description: string;
}

/** Every judgement across frameworks, in the column order of inspections.csv. */
export const JUDGEMENT = {
  overall: { column: 'overall', name: 'Overall effectiveness', description: 'Overall effectiveness' },
  safeguarding: { column: 'safeguarding', name: 'Safeguarding', description: 'SLAC: safeguarding' },
  'looked-after-children': {
    column: 'looked_after_children',
    name: 'Looked after children',
    description: 'SLAC: looked after children',
  },
  'help-and-protection': {
    column: 'help_and_protection',
    name: 'Children who need help and protection',
    description: 'SIF/ILACS: children who need help and protection',
  },
  'looked-after-and-permanence': {
    column: 'looked_after_and_permanence',
    name: 'Children looked after and achieving permanence',
    description: 'SIF: children looked after and achieving permanence',
  },
  adoption: { column: 'adoption', name: 'Adoption performance', description: 'SIF: adoption performance' },
  'care-leavers': {
    column: 'care_leavers',
    name: 'Care leavers',
    description: 'SIF; ILACS from 1 January 2023: care leavers',
  },
  leadership: {
    column: 'leadership',
    name: 'Leadership',
    description: 'SIF: leadership, management and governance; ILACS: impact of leaders',
  },
  lscb: {
    column: 'lscb',
    name: 'Local Safeguarding Children Board',
    description: 'SIF: Local Safeguarding Children Board',
  },
  'children-in-care-and-care-leavers': {
    column: 'children_in_care_and_care_leavers',
    name: 'Children in care and care leavers',
    description: 'ILACS before 1 January 2023: children in care and care leavers',
  },
  'children-in-care': {
    column: 'children_in_care',
    name: 'Children in care',
    description: 'ILACS from 1 January 2023: children in care',
  },
} as const satisfies Record<string, JudgementInfo>;
export type JudgementKey = keyof typeof JUDGEMENT;

export type SubJudgementKey = Exclude<JudgementKey, 'overall'>;

/** The sub-judgements (every judgement but overall), in column order. */
export const SUB_JUDGEMENTS = (Object.keys(JUDGEMENT) as JudgementKey[]).filter(
  (k): k is SubJudgementKey => k !== 'overall',
);

/** The columns of inspections.csv that hold sub-judgements, in order. */
export type JudgementColumn = (typeof JUDGEMENT)[SubJudgementKey]['column'];
export const JUDGEMENT_COLUMNS: readonly JudgementColumn[] = SUB_JUDGEMENTS.map((k) => JUDGEMENT[k].column);

// ---- Events --------------------------------------------------------------------------------------

/**
 * The date an inspection or visit is placed at, in order and on time axes: its publication date,
 * else its last day, else its first day; null when the source gives none.
 */
export function eventDate(i: Pick<Inspection, 'published' | 'endDate' | 'startDate'>): string | null {
  return i.published ?? i.endDate ?? i.startDate;
}

// ---- Places --------------------------------------------------------------------------------------

/** England's nine regions, in the order the DfE lists them. */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
] as const;
export type Region = (typeof REGIONS)[number];

// ---- Missing values ------------------------------------------------------------------------------

export interface MissingValueWording {
  /** What the publisher's glossary calls it (as our methodology and chart notes quote it). */
  publisher: string;
  /** What a reader is told in a table cell or sentence. */
  reader: string;
}

/**
 * Every way a published figure can be missing, and what it means. `c`, `z`, `x`, `u`, `low` and
 * `k` are the DfE's suppression symbols; `-` is LAIT's, `..` and `.` the ASGLB's and `too-few` ours (a time the ASGLB withholds); the empty cell is a
 * value the source does not give. Missing values stay missing: never zero.
 */
export const MISSING_VALUES = {
  c: { publisher: 'confidential', reader: 'too few to publish' },
  z: { publisher: 'not applicable', reader: 'not applicable' },
  x: { publisher: 'unavailable', reader: 'not available' },
  low: { publisher: 'rounds to 0', reader: 'rounds to zero' },
  k: { publisher: 'rounds to 0', reader: 'rounds to zero' },
  u: { publisher: 'low reliability', reader: 'too unreliable to publish' },
  '-': { publisher: 'suppressed or not available', reader: 'not available' },
  '..': { publisher: 'not returned', reader: 'not returned by the council' },
  '.': { publisher: 'not applicable', reader: 'not applicable' },
  'too-few': {
    publisher: 'not published: 10 or fewer children adopted',
    reader: 'too few children adopted to publish',
  },
  '': { publisher: 'not given', reader: 'not given' },
} as const satisfies Record<string, MissingValueWording>;
export type MissingSymbol = keyof typeof MISSING_VALUES;

/** The DfE's suppression symbols, kept in the CSV files as published. */
export const SUPPRESSION_SYMBOLS = [
  'c',
  'z',
  'x',
  'low',
  'k',
  'u',
] as const satisfies readonly MissingSymbol[];

/** What a suppression symbol means, in the publisher's words ("not published" for an unknown one). */
export function symbolMeaning(symbol: string): string {
  return Object.hasOwn(MISSING_VALUES, symbol)
    ? MISSING_VALUES[symbol as MissingSymbol].publisher
    : 'not published';
}

/** What a missing value means, for readers ("not published" for an unknown symbol). */
export function missingWording(symbol: string): string {
  return Object.hasOwn(MISSING_VALUES, symbol)
    ? MISSING_VALUES[symbol as MissingSymbol].reader
    : 'not published';
}
