/**
 * ILACS (inspections of local authority children's services, from 2018) as the Ofsted files give
 * it: the inspection type text to a framework, and the four sub-judgements to the judgement
 * columns of inspections.csv.
 */
import type { Framework, Grade } from '../../../src/data/types';
import type { JudgementColumn } from '../columns';

/** From this date ILACS split "children in care and care leavers" into two sub-judgements. */
const ILACS_SPLIT = '2023-01-01';

/** An ILACS row's grades as read, before they are placed in judgement columns. */
export interface IlacsGrades {
  leaders: Grade | null;
  help: Grade | null;
  inCare: Grade | null;
  careLeavers: Grade | null;
}

export const ILACS_TYPE_EXPECTED = 'expected "ILACS Standard Inspection" or "ILACS Short Inspection"';

/** "ILACS Standard Inspection" -> ilacs-standard, "ILACS Short Inspection" -> ilacs-short; else null. */
export function ilacsFramework(type: string): Framework | null {
  const t = type.toLowerCase();
  if (/\bstandard\b/.test(t)) return 'ilacs-standard';
  if (/\bshort\b/.test(t)) return 'ilacs-short';
  return null;
}

/** ILACS sub-judgements, by the split of 1 January 2023 (see data/README.md). */
export function ilacsJudgements(
  date: string | null,
  g: IlacsGrades,
): Partial<Record<JudgementColumn, Grade>> {
  const j: Partial<Record<JudgementColumn, Grade>> = {};
  if (g.leaders) j.leadership = g.leaders;
  if (g.help) j.help_and_protection = g.help;
  const split = g.careLeavers !== null || (date !== null && date >= ILACS_SPLIT);
  if (split) {
    if (g.inCare) j.children_in_care = g.inCare;
    if (g.careLeavers) j.care_leavers = g.careLeavers;
  } else if (g.inCare) j.children_in_care_and_care_leavers = g.inCare;
  return j;
}
