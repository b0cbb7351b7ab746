/** How grades are written for readers. */
import type { Grade, GradeScale, JudgementKey } from './types';

/** Each sub-judgement as readers see it. */
export const JUDGEMENT_LABEL: Record<JudgementKey, string> = {
  overall: 'Overall effectiveness',
  safeguarding: 'Safeguarding',
  'looked-after-children': 'Looked after children',
  'help-and-protection': 'Children who need help and protection',
  'looked-after-and-permanence': 'Children looked after and achieving permanence',
  adoption: 'Adoption performance',
  'care-leavers': 'Care leavers',
  leadership: 'Leadership',
  lscb: 'Local Safeguarding Children Board',
  'children-in-care-and-care-leavers': 'Children in care and care leavers',
  'children-in-care': 'Children in care',
};

export const GRADE_LABEL: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  'not-judged': 'Not judged',
};

/**
 * The grade as awarded. On the pre-2013 scale Ofsted's data shows "Adequate" as "Requires
 * improvement to be good": we say "Adequate" and keep the note.
 */
export function gradeLabel(grade: Grade, scale: GradeScale): string {
  if (scale === 'adequate-scale' && grade === 'requires-improvement') return 'Adequate';
  return GRADE_LABEL[grade];
}

export const ADEQUATE_NOTE =
  'Graded on the pre-2013 scale (outstanding, good, adequate, inadequate); Ofsted’s data shows “adequate” as “requires improvement to be good”.';

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
  return g === 'adequate' ? 'Adequate' : GRADE_LABEL[g];
}
