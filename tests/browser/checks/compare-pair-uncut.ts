/**
 * The two-council comparison ("Compare any two", public/compare-any.js) shown whole: no cell of
 * its table reaches past the screen's edges, none is cut inside its own box (its text wider than
 * the cell), and the table needs no sideways scroll to be read. Run on a page where the pair is
 * shown (#compare-any-result holds its table); returns one problem string per cut cell.
 */
import type { Page } from 'playwright-core';

export async function comparePairUncut(page: Page, url: string, width: number): Promise<string[]> {
  const found = await page.evaluate(() => {
    const table = document.querySelector('#compare-any-result table');
    if (!table) return ['no side-by-side table is shown'];
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    const name = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    for (let box = table.parentElement; box && box !== document.body; box = box.parentElement)
      if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible')
        out.push(`the table scrolls sideways in its box (${box.scrollWidth} px in ${box.clientWidth} px)`);
    for (const cell of table.querySelectorAll('th, td')) {
      const r = cell.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // A stacked table's heading row is hidden (each figure is labelled by its council instead).
      const head = cell.closest('thead');
      if (head && getComputedStyle(head).position === 'absolute') continue;
      if (r.left < -0.5 || r.right > vw + 0.5)
        out.push(
          `"${name(cell)}" reaches past the screen (${Math.round(r.left)} to ${Math.round(r.right)} px)`,
        );
      if (cell.scrollWidth > cell.clientWidth + 1)
        out.push(`"${name(cell)}" is cut: ${cell.scrollWidth} px of text in ${cell.clientWidth} px`);
      for (const child of cell.querySelectorAll('*')) {
        const c = child.getBoundingClientRect();
        if (c.width > 0 && (c.right > r.right + 0.5 || c.left < r.left - 0.5))
          out.push(`"${name(child)}" sticks out of its cell "${name(cell)}"`);
      }
    }
    return out;
  });
  return found.map((p) => `${url} at ${width}px: ${p}`);
}
