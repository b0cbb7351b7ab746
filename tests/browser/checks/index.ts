/**
 * The checks the per-page pass (tests/browser/visit.ts) runs on every page at every width, in
 * this order, in one visit. Add a check: write it in its own file here as a `PageCheck`
 * (page-check.ts) and add it to the list; one that changes the page (opens sections, adds
 * styles) goes after those that need the page as loaded.
 */
import { axe } from './axe';
import { compareNamesVisible } from './compare-names-visible';
import { embedPageProblems } from './embed-page';
import { hexTargetProblems } from './hex-targets';
import { chartText, fitsTheViewport } from './layout';
import type { PageCheck } from './page-check';
import { headingRows, scrollRegions, textSpacing } from './reflow';

export const PAGE_CHECKS: readonly PageCheck[] = [
  // The page as loaded.
  axe,
  fitsTheViewport,
  chartText,
  embedPageProblems,
  hexTargetProblems,
  // Checks that change the page, last.
  compareNamesVisible,
  scrollRegions,
  headingRows,
  textSpacing,
];
