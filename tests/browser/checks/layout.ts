/**
 * Layout of every page as loaded (the sweep, tests/browser/sweep-measure.ts): nothing wider than
 * the viewport; in each chart, no visible text under 12 CSS px (at 320 px), no two texts
 * overlapping by more than 2 px in both directions, no text reaching outside its SVG.
 */
import { measureView, measureWidth } from '../sweep-measure';
import { NARROW, type PageCheck } from './page-check';

const MIN_CHART_TEXT_PX = 12;

export const fitsTheViewport: PageCheck = async function fitsTheViewport(page) {
  const v = await page.evaluate(measureWidth);
  return v.scrollWidth > v.viewportWidth
    ? [
        `${v.scrollWidth}px wide in a ${v.viewportWidth}px viewport: ${v.wideElements.join(', ') || '(no single element)'}`,
      ]
    : [];
};

export const chartText: PageCheck = async function chartText(page, _url, width) {
  const v = await page.evaluate(measureView, {
    minPx: width === NARROW ? MIN_CHART_TEXT_PX : 0,
    overlapPx: 2,
    outsidePx: 0.5,
  });
  return [
    ...v.small.map((s) => `${s.where}: text under ${MIN_CHART_TEXT_PX}px: ${s.detail}`),
    ...v.overlaps.map((s) => `${s.where}: overlapping texts: ${s.detail}`),
    ...v.outside.map((s) => `${s.where}: text outside its SVG: ${s.detail}`),
  ];
};
