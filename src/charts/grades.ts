/**
 * Grades, grade scales and frameworks as the charts show them: order, labels, short codes,
 * colours (CSS custom properties from src/styles/charts.css) and symbols. Grades are never shown
 * by colour alone: every chart pairs the colour with position, a label or code, and a shape.
 */
import type { Framework, Grade, GradeScale } from '../data/types';

/** Ofsted's four grades, best first (top of an ordinal axis). */
export const GRADE_ORDER = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export type OverallGrade = (typeof GRADE_ORDER)[number];

export function isOverallGrade(g: Grade | null | undefined): g is OverallGrade {
  return g === 'outstanding' || g === 'good' || g === 'requires-improvement' || g === 'inadequate';
}

/** 4 = outstanding ... 1 = inadequate. */
export function gradeRank(g: OverallGrade): number {
  return 4 - GRADE_ORDER.indexOf(g);
}

/** True when a stored `requires-improvement` was awarded as "adequate" (before the SIF). */
export function isAdequate(g: Grade | null | undefined, scale: GradeScale): boolean {
  return g === 'requires-improvement' && scale === 'adequate-scale';
}

const LABEL: Record<OverallGrade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};

/** "Good", "Requires improvement", or "Adequate" for the third grade on the adequate scale. */
export function gradeLabel(g: OverallGrade, scale: GradeScale = 'ri-scale'): string {
  return isAdequate(g, scale) ? 'Adequate' : LABEL[g];
}

/** Lower-case for sentences: "requires improvement", "adequate". */
export function gradeWords(g: OverallGrade, scale: GradeScale = 'ri-scale'): string {
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

export interface FrameworkInfo {
  label: string;
  short: string;
}

export const FRAMEWORKS: Record<Framework, FrameworkInfo> = {
  jar: { label: 'Joint area review', short: 'JAR' },
  'progress-report': { label: 'Progress report', short: 'Progress report' },
  slac: { label: 'Safeguarding and looked after children inspection', short: 'SLAC' },
  'slac-reinspection': { label: 'SLAC re-inspection', short: 'SLAC re-insp.' },
  cpi: { label: 'Child protection inspection', short: 'CPI' },
  cpri: { label: 'Child protection re-inspection', short: 'CPRI' },
  tlac: { label: 'Looked after children inspection', short: 'TLAC' },
  sif: { label: 'Single inspection framework', short: 'SIF' },
  'sif-reinspection': { label: 'SIF re-inspection', short: 'SIF re-insp.' },
  'ilacs-standard': { label: 'ILACS standard inspection', short: 'ILACS' },
  'ilacs-short': { label: 'ILACS short inspection', short: 'ILACS short' },
  'focused-visit': { label: 'Focused visit', short: 'Focused visit' },
  'monitoring-visit': { label: 'Monitoring visit', short: 'Monitoring visit' },
};

/** Framework families whose overall grades are on the current (requires improvement) scale. */
export function frameworkFamily(f: Framework): 'sif' | 'ilacs' | 'other' {
  if (f === 'sif' || f === 'sif-reinspection') return 'sif';
  if (f === 'ilacs-standard' || f === 'ilacs-short') return 'ilacs';
  return 'other';
}

/** Framework changes marked on time axes. */
export const FRAMEWORK_CHANGES = [
  { date: '2013-11-01', label: 'SIF', long: 'Single inspection framework from November 2013' },
  { date: '2018-01-01', label: 'ILACS', long: 'ILACS from January 2018' },
] as const;

export const FRAMEWORK_CHANGE_NOTE = `Ofsted changed its inspection framework in November 2013 (the single inspection framework, SIF) and in January 2018 (inspections of local authority children's services, ILACS); grades from different frameworks are not strictly comparable.`;

export const ADEQUATE_NOTE = `Before November 2013 the third grade was "adequate"; Ofsted's data shows it as "requires improvement". It is drawn here as an open symbol and labelled "adequate".`;

export const SLAC_NOTE = `Safeguarding and looked after children (SLAC) inspections, 2009 to 2012, gave two headline judgements (safeguarding; looked after children) and no overall grade.`;
