/** axe (WCAG 2.0, 2.1 and 2.2, A and AA) on every page, as loaded, in the desktop layout. */
import { axeViolations } from '../axe';
import { WIDE, type PageCheck } from './page-check';

export const axe: PageCheck = async function axe(page, _url, width) {
  if (width !== WIDE) return [];
  return (await axeViolations(page, '')).map((v) => v.trim());
};
