/**
 * WCAG 1.4.10 Reflow and 1.4.12 Text spacing at 320 CSS px, and what opening a page's closed
 * sections shows. These checks change the page (they open every <details>, then add the reader's
 * text-spacing overrides), so they come last in the pass's list, in this order.
 * - scrollRegions: table boxes that scroll sideways inside the page are named, focusable regions,
 *   and boxes that do not scroll take no tab stop (public/scroll-regions.js), before and after
 *   every <details> (a chart's data table) is opened;
 * - headingRows: with the data tables open, no table heading row over 7 lines (long headings
 *   wrapped a word to a line);
 * - textSpacing: with line height 1.5, paragraph spacing 2em, letter spacing 0.12em and word
 *   spacing 0.16em, the page still does not scroll sideways.
 */
import { measureHeadings } from '../sweep-measure';
import { NARROW, type PageCheck } from './page-check';

const MAX_HEADING_LINES = 7;

const TEXT_SPACING = `*, *::before, *::after {
  line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;
}
p, li, dd, dt { margin-bottom: 2em !important; }`;

/** Scroll boxes whose tab stop and name do not match whether they scroll. Runs inside the page. */
function regionProblems(): Promise<{ closed: string[]; open: string[] }> {
  // Let the ResizeObserver (and the <details> toggle listener) of public/scroll-regions.js run.
  const frames = () =>
    new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const problems = () =>
    [...document.querySelectorAll<HTMLElement>('.scroll-x')].flatMap((box) => {
      // A box in a closed <details> is not shown and cannot take focus.
      if (!box.checkVisibility()) return [];
      const scrolls = box.scrollWidth > box.clientWidth + 1;
      const cap = box.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? '(no caption)';
      const focusable = box.getAttribute('tabindex') === '0';
      const named = box.getAttribute('role') === 'region' && !!box.getAttribute('aria-label');
      if (scrolls && !(focusable && named)) return [`"${cap}" scrolls but is not a named, focusable region`];
      if (!scrolls && box.hasAttribute('tabindex')) return [`"${cap}" does not scroll but takes a tab stop`];
      return [];
    });
  return (async () => {
    await frames();
    const closed = problems();
    for (const d of document.querySelectorAll('details')) d.open = true;
    await frames();
    return { closed, open: problems() };
  })();
}

export const scrollRegions: PageCheck = async function scrollRegions(page, _url, width) {
  if (width !== NARROW) return [];
  const r = await page.evaluate(regionProblems);
  return [...r.closed, ...r.open.map((p) => `(details open) ${p}`)];
};

export const headingRows: PageCheck = async function headingRows(page, _url, width) {
  if (width !== NARROW) return [];
  return (await page.evaluate(measureHeadings, MAX_HEADING_LINES)).map((h) => `${h.where}: ${h.detail}`);
};

export const textSpacing: PageCheck = async function textSpacing(page, _url, width) {
  if (width !== NARROW) return [];
  // A constructed style sheet: the CSP (no inline styles) does not govern the CSSOM.
  const over = await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  }, TEXT_SPACING);
  return over > 0 ? [`${over}px wider than the screen with text spacing`] : [];
};
